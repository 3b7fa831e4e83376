package dyad.text;

import java.util.List;
import java.util.Locale;

/**
 * Tells English text from other languages without a model: English prose is about 40-50 %
 * function words (the, of, and ...), other languages written in Latin script share few of them,
 * and text mostly in another script is not English. Short texts are given the benefit of the doubt.
 */
public final class EnglishDetector {
  /** Below this many words the ratio is too noisy to judge. */
  public static final int MIN_WORDS_TO_JUDGE = 20;
  public static final double MIN_FUNCTION_WORD_SHARE = 0.12;
  public static final double MIN_LATIN_LETTER_SHARE = 0.7;

  private EnglishDetector() {}

  /** Null when the text reads as English, else why not (for the reject's detail). */
  public static String whyNotEnglish(String text) {
    return whyNotEnglish(text, Tokens.words(text));
  }

  /** {@link #whyNotEnglish(String)} with the text's {@link Tokens#words} already split. */
  public static String whyNotEnglish(String text, List<String> textWords) {
    long letters = 0;
    long latin = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isLetter(cp)) {
        letters++;
        if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) latin++;
      }
      i += Character.charCount(cp);
    }
    if (letters >= 40 && latin < letters * MIN_LATIN_LETTER_SHARE) {
      return String.format(Locale.ROOT, "%.0f%% of letters are not Latin script", 100.0 * (letters - latin) / letters);
    }
    List<String> words = alphabetic(textWords);
    if (words.size() < MIN_WORDS_TO_JUDGE) return null;
    int fn = 0;
    for (String w : words) {
      if (Tokens.FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) fn++;
    }
    double share = (double) fn / words.size();
    if (share < MIN_FUNCTION_WORD_SHARE) {
      return String.format(Locale.ROOT, "only %.1f%% English function words in %d words", 100 * share, words.size());
    }
    return null;
  }

  /** Share of words that are numbers above which a text is a table (earnings, results), not prose. */
  public static final double MAX_NUMBER_SHARE = 0.3;

  /**
   * Null when a text, given as its {@link Tokens#words}, is prose, else why not. Wire services send
   * tables as news items ("Shr loss six cts vs profit 19 cts / Net loss 166,000 vs profit
   * 580,000"): English, but nothing to read.
   */
  public static String whyNotProse(List<String> words) {
    if (words.size() < MIN_WORDS_TO_JUDGE) return null;
    int numbers = words.size() - alphabetic(words).size();
    double share = (double) numbers / words.size();
    if (share > MAX_NUMBER_SHARE) {
      return String.format(Locale.ROOT, "%.0f%% of %d words are numbers", 100 * share, words.size());
    }
    return null;
  }

  private static List<String> alphabetic(List<String> words) {
    List<String> out = new java.util.ArrayList<>(words.size());
    for (String w : words) {
      if (Character.isLetter(w.charAt(0))) out.add(w);
    }
    return out;
  }
}
