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
    // Characters lower-cased one by one, and those that need their word: a dotted capital I (two
    // characters in lower case), a sigma, a letter beyond the BMP, a word shrinking nowhere.
    for (String t : List.of("ÉCOLE Ärger Ωmega", "İSTANBUL İzmir", "ΣΑΣ Σ", "\uD801\uDC00BC Déjà-vu", "don’t STOP")) {
      List<String> lowered = new ArrayList<>();
      for (String w : Tokens.words(t)) lowered.add(w.toLowerCase(Locale.ROOT));
      assertEquals(String.join(" ", lowered), Tokens.fingerprintForm(t), t);
      assertEquals(" " + String.join(" ", lowered) + " ", Tokens.fingerprintForm(t, TokenStream.of(t).wordSpans(), " "), t);
    }
  }

  /** The word split as it was, character by character, before the one token stream. */
  private static List<String> wordsAsBefore(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (true) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) i++;
      if (i >= n) return out;
      int start = i;
      while (i < n) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) i++;
        else if (c == '\'' && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1)) && i > start) i++;
        else break;
      }
      out.add(text.substring(start, i));
    }
  }

  @Test
  void theStreamsWordsAreTheWordsOfTheCharacterScanOnRealText() {
    int words = 0;
    for (String t : dyad.TestTexts.sample()) {
      assertEquals(wordsAsBefore(t), Tokens.words(t), t.length() > 200 ? t.substring(0, 200) : t);
      words += Tokens.countWords(t);
    }
    org.junit.jupiter.api.Assertions.assertTrue(words > 100_000, "compared " + words + " words");
  }

  private static List<String> texts() {
    List<String> out = new ArrayList<>(TEXTS);
    for (String id : List.of("000", "001", "002", "003", "004")) out.add(TestPaths.seed(id));
    return out;
  }
}
