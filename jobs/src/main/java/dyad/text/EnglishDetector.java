package dyad.text;

import java.util.Locale;

/**
 * Tells English text from other languages without a model: English prose is about 40-50 %
 * function words (the, of, and ...), other languages written in Latin script share few of them,
 * and text mostly in another script is not English. Short texts are given the benefit of the doubt.
 * The words are given as [start, end) pairs into the text ({@link TokenStream#wordSpans}): every
 * article is checked, so nothing is copied out of it.
 */
public final class EnglishDetector {
  /** Below this many words the ratio is too noisy to judge. */
  public static final int MIN_WORDS_TO_JUDGE = 20;
  public static final double MIN_FUNCTION_WORD_SHARE = 0.12;
  public static final double MIN_LATIN_LETTER_SHARE = 0.7;

  private EnglishDetector() {}

  /** Null when the text reads as English, else why not (for the reject's detail). */
  public static String whyNotEnglish(String text) {
    return whyNotEnglish(text, TokenStream.of(text).wordSpans());
  }

  /** {@link #whyNotEnglish(String)} with the text's words already found. */
  public static String whyNotEnglish(String text, int[] wordSpans) {
    long letters = 0;
    long latin = 0;
    for (int i = 0; i < text.length(); ) {
      char c = text.charAt(i);
      if (c < 0x80) { // ASCII letters are Latin script: no lookup
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
          letters++;
          latin++;
        }
        i++;
        continue;
      }
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
    int words = 0;
    int fn = 0;
    // Enough function words among all the spans are enough among the words: English prose passes
    // after a few sentences, and only other text is read to its end.
    double enough = MIN_FUNCTION_WORD_SHARE * (wordSpans.length / 2);
    for (int k = 0; k < wordSpans.length; k += 2) {
      if (!Character.isLetter(text.charAt(wordSpans[k]))) continue;
      words++;
      if (Tokens.FUNCTION.contains(text, wordSpans[k], wordSpans[k + 1]) && ++fn >= enough) return null;
    }
    if (words < MIN_WORDS_TO_JUDGE) return null;
    double share = (double) fn / words;
    if (share < MIN_FUNCTION_WORD_SHARE) {
      return String.format(Locale.ROOT, "only %.1f%% English function words in %d words", 100 * share, words);
    }
    return null;
  }

  /** Share of words that are numbers above which a text is a table (earnings, results), not prose. */
  public static final double MAX_NUMBER_SHARE = 0.3;

  /**
   * Null when a text (its words given as in {@link #whyNotEnglish(String, int[])}) is prose, else
   * why not. Wire services send tables as news items ("Shr loss six cts vs profit 19 cts / Net loss
   * 166,000 vs profit 580,000"): English, but nothing to read.
   */
  public static String whyNotProse(String text, int[] wordSpans) {
    int n = wordSpans.length / 2;
    if (n < MIN_WORDS_TO_JUDGE) return null;
    int numbers = 0;
    for (int k = 0; k < wordSpans.length; k += 2) if (!Character.isLetter(text.charAt(wordSpans[k]))) numbers++;
    double share = (double) numbers / n;
    if (share > MAX_NUMBER_SHARE) {
      return String.format(Locale.ROOT, "%.0f%% of %d words are numbers", 100 * share, n);
    }
    return null;
  }
}
