package dyad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphSplitterTest {
  @Test
  void scrapedTextHasOneParagraphPerLine() {
    String text = "First paragraph is long enough to be a real one, and it ends here.\n"
        + "Second one follows on the next line.\n\n\nThird after blank lines.";
    assertEquals(List.of("First paragraph is long enough to be a real one, and it ends here.",
        "Second one follows on the next line.", "Third after blank lines."), ParagraphSplitter.split(text));
  }

  @Test
  void hardWrappedWireCopyIsRejoinedAtIndents() {
    String text = "The central bank said on Monday that it had\n"
        + "provided the money market with further assistance of\n"
        + "about 120 mln stg in the morning session today.\n"
        + "    Dealers said the shortage was largely due to bills\n"
        + "maturing in official hands and the take-up of treasury\n"
        + "bills, partly offset by bank balances above target.\n";
    assertEquals(List.of(
        "The central bank said on Monday that it had provided the money market with further assistance of about 120 mln stg in the morning session today.",
        "Dealers said the shortage was largely due to bills maturing in official hands and the take-up of treasury bills, partly offset by bank balances above target."),
        ParagraphSplitter.split(text));
  }

  @Test
  void realReutersItemBecomesWholeParagraphs() throws Exception {
    Path reuters = TestPaths.shared().resolve("corpus/reuters/reuters21578-part-a.jsonl");
    assumeTrue(Files.exists(reuters), "../shared is not beside the repository");
    String first = Files.lines(reuters).findFirst().orElseThrow();
    String text = new ObjectMapper().readTree(first).get("text").asText();
    List<String> ps = ParagraphSplitter.split(UnicodeNormalizer.normalize(text));
    // Each indented line of the wire copy starts a paragraph; no paragraph keeps a line break.
    long indents = text.lines().filter(l -> l.startsWith("    ")).count();
    assertEquals(indents + 1, ps.size());
    for (String p : ps) assertEquals(-1, p.indexOf('\n'));
  }
}
