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
}
