package dyad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private static List<String> sentences(String p) {
    return SentenceSplitter.split(p).stream().map(s -> p.substring(s.start(), s.end())).toList();
  }

  @Test
  void splitsAtSentenceEndsButNotAtAbbreviationsOrInitials() {
    assertEquals(List.of("Mr. Blinken met Gen. Austin in the U.S. capital on Feb. 3.",
            "George W. Bush was not there.", "\"Why?\" he asked.", "It ended."),
        sentences("Mr. Blinken met Gen. Austin in the U.S. capital on Feb. 3. George W. Bush was not there. "
            + "\"Why?\" he asked. It ended."));
  }

  @Test
  void realSeedParagraph() {
    String p = "China is also courting its economically dependent neighbors. Wang has welcomed foreign ministers "
        + "from Indonesia, Malaysia, the Philippines, Singapore and South Korea to Fujian Province in southeast China in recent weeks.";
    assertEquals(2, sentences(p).size());
    assertEquals(List.of("a lower-case start does not begin a sentence. so this is one"),
        sentences("a lower-case start does not begin a sentence. so this is one"));
  }
}
