package dyad.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SurfaceFormsTest {
  @Test
  void theCommonestWordTiesToTheFirstWhateverTheOrder() {
    SurfaceForms a = new SurfaceForms();
    a.add("sery", "series", 3);
    a.add("talk", "talks", 2);
    a.add("talk", "talk", 2);
    a.add("sery", "sery", 1);
    SurfaceForms b = new SurfaceForms();
    b.add("talk", "talk", 1);
    b.add("sery", "sery", 1);
    b.add("talk", "talks", 2);
    b.add("sery", "series", 3);
    b.add("talk", "talk", 1);
    Map<String, String> expected = Map.of("sery", "series", "talk", "talk");
    assertEquals(expected, a.forms());
    assertEquals(expected, b.forms());
  }

  @Test
  void onBbcNewsEveryFoldedTermIsShownAsAWordOfTheCorpus() throws java.io.IOException {
    // Every term plurals folding counts, over BBC News train.csv (research-only, read from ../shared).
    java.nio.file.Path bbc = dyad.TestPaths.shared().resolve("corpus/bbc/train.csv");
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isRegularFile(bbc), "../shared/corpus/bbc is at hand");
    String text = java.nio.file.Files.readString(bbc);
    TopicTokens plurals = TopicTokens.DEFAULT.withFolding(dyad.core.TopicsConfig.Folding.PLURALS);
    SurfaceForms forms = new SurfaceForms();
    for (String w : plurals.words(text)) {
      String t = plurals.fold(w);
      if (t != null) forms.add(t, w, 1);
    }
    java.util.Set<String> words = dyad.TestTexts.words(text.toLowerCase(java.util.Locale.ROOT));
    Map<String, String> shown = forms.forms();
    assertTrue(shown.size() > 10_000, shown.size() + " terms");
    int folded = 0;
    for (Map.Entry<String, String> e : shown.entrySet()) {
      assertTrue(words.contains(e.getValue()), e.getValue() + " (for " + e.getKey() + ") is not a word of BBC News");
      assertEquals(e.getKey(), plurals.fold(e.getValue()));
      if (!e.getKey().equals(e.getValue())) folded++;
    }
    assertTrue(folded > 1_000, folded + " terms shown as another word than the one counted");
    assertEquals("series", shown.get("sery"));
    assertEquals("always", shown.get("alway"));
  }
}
