package dyad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.TestPaths;
import org.junit.jupiter.api.Test;

class GluedWordSplitterTest {
  @Test
  void splitsTheGlueInTheSeedArticle() {
    String seed = TestPaths.seed("002");
    assertTrue(seed.contains("Sergei LavrovThey"), "the seed still has its glued words");
    String out = GluedWordSplitter.split(seed);
    assertTrue(out.contains("Wang Yi and Sergei Lavrov They agreed"), out);
  }

  @Test
  void splitsSentencesGluedAcrossPunctuationAndCase() {
    assertEquals("the talks ended. The ministers left", GluedWordSplitter.split("the talks ended.The ministers left"));
    assertEquals("met Blinken In Beijing", GluedWordSplitter.split("met BlinkenIn Beijing"));
  }

  @Test
  void leavesNamesWithInnerCapitalsAlone() {
    String names = "McDonald, MacArthur, DeSantis, LaGuardia, iPhone, YouTube, WhatsApp, JPMorgan, "
        + "McCain, DiCaprio, O'Neill, BioNTech, PlayStation, U.S. officials, e.g. Moscow, TikTok";
    assertEquals(names, GluedWordSplitter.split(names));
  }

  /** The cheap scans that skip most paragraphs must never skip one the patterns would change. */
  @Test
  void theScanSkipsOnlyWhatThePatternsLeaveAlone() {
    java.util.List<String> texts = new java.util.ArrayList<>();
    for (String t : dyad.TestTexts.sample()) texts.addAll(java.util.List.of(t.split("\n")));
    texts.addAll(java.util.List.of("ended.The", "a.B", "xx!Then", "no glue here", "ÉtéLes", "déjàThe",
        "\uD801\uDC28\uD801\uDC00bc", "LavrovThey", "end?Yes", "LavrovThe\u0301", "rayIn2", "kisWith", "")); // Deseret letters are outside the BMP
    int skipped = 0;
    for (String t : texts) {
      // Both patterns everywhere: what the split was before the scans.
      String byPatterns = GluedWordSplitter.PUNCT_GLUE.matcher(GluedWordSplitter.splitByCase(t)).replaceAll(" ");
      assertEquals(byPatterns, GluedWordSplitter.split(t), t);
      if (!GluedWordSplitter.caseGlued(t) && !GluedWordSplitter.punctuationGlued(t)) skipped++;
    }
    assertTrue(skipped > texts.size() / 3, "most lines need no pattern: " + skipped + " of " + texts.size());
  }
}
