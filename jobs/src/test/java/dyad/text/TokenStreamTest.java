package dyad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dyad.TestTexts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenStreamTest {
  /** Streams of paragraphs joined give the runs of the joined text, character classes at the seams included. */
  @Test
  void joinedStreamsAreTheStreamOfTheJoinedText() {
    List<String> sample = TestTexts.sample();
    for (int i = 0; i + 2 < sample.size(); i += 3) {
      List<String> parts = List.of(sample.get(i), sample.get(i + 1), sample.get(i + 2));
      String text = String.join("\n\n", parts);
      List<TokenStream> streams = new ArrayList<>();
      for (String p : parts) streams.add(TokenStream.of(p));
      assertSameRuns(TokenStream.of(text), TokenStream.join(streams, "\n\n", text));
    }
    String text = "Russia's\n\n\u0301mark and \ud835\udc00";
    assertSameRuns(TokenStream.of(text),
        TokenStream.join(List.of(TokenStream.of("Russia's"), TokenStream.of("\u0301mark and \ud835\udc00")), "\n\n", text));
  }

  @Test
  void joiningRefusesPartsThatDoNotMakeTheText() {
    List<TokenStream> parts = List.of(TokenStream.of("a b"), TokenStream.of("c"));
    assertThrows(IllegalArgumentException.class, () -> TokenStream.join(parts, "\n\n", "a b\n\nd"));
    assertThrows(IllegalArgumentException.class, () -> TokenStream.join(parts, "\n\n", "a b\n\nc and more"));
    assertThrows(IllegalArgumentException.class, () -> TokenStream.join(parts, "-", "a b-c"));
  }

  private static void assertSameRuns(TokenStream expected, TokenStream actual) {
    assertEquals(expected.size(), actual.size(), expected.text());
    for (int r = 0; r < expected.size(); r++) {
      String where = "run " + r + " of " + expected.text();
      assertEquals(expected.start(r), actual.start(r), where);
      assertEquals(expected.end(r), actual.end(r), where);
      assertEquals(expected.kind(r), actual.kind(r), where);
      assertEquals(expected.joined(r), actual.joined(r), where);
    }
  }
}
