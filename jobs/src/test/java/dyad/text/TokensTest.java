package dyad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dyad.TestPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TokensTest {
  private static final List<String> TEXTS = List.of("China's and Russia's talks don't end", "'quoted' words, 2023 and 3.5%",
      "ΟΔΥΣΣΕΥΣ ΣΟΦΟΣ", "İstanbul and IRAN", "", "   ", "a'b' 'c", "Москва и Пекин");

  @Test
  void countsTheWordsItSplits() {
    for (String t : texts()) assertEquals(Tokens.words(t).size(), Tokens.countWords(t), t);
    assertEquals(List.of("China's", "and", "Russia's", "talks", "don't", "end"), Tokens.words(TEXTS.get(0)));
  }

  /** Lower-casing the joined words once must equal lower-casing word by word, final sigma included. */
  @Test
  void fingerprintFormLowersTheJoinedWordsAsOneByOne() {
    for (String t : texts()) {
      List<String> lowered = new ArrayList<>();
      for (String w : Tokens.words(t)) lowered.add(w.toLowerCase(Locale.ROOT));
      assertEquals(String.join(" ", lowered), Tokens.fingerprintForm(t), t);
    }
    assertEquals("οδυσσευς σοφος", Tokens.fingerprintForm("ΟΔΥΣΣΕΥΣ ΣΟΦΟΣ"));
  }

  private static List<String> texts() {
    List<String> out = new ArrayList<>(TEXTS);
    for (String id : List.of("000", "001", "002", "003", "004")) out.add(TestPaths.seed(id));
    return out;
  }
}
