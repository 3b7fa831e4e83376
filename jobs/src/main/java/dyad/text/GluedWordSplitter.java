package dyad.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Re-inserts the space lost between two sentences or paragraphs during scraping or translation:
 * "Sergei LavrovThey agreed" becomes "Sergei Lavrov They agreed", "ended.The" becomes "ended. The".
 *
 * <p>A lower-to-upper case change inside a word is also how many real names are written (McDonald,
 * DeSantis, iPhone, YouTube, LaGuardia), so the change alone is not enough: the split is made only
 * when the capitalised tail is an English function word (They, The, In, But ...), which is how a
 * glued sentence start looks and how no surname ends.
 */
public final class GluedWordSplitter implements TextFilter {
  // A lower-case letter, then a capitalised run of letters that ends the token.
  private static final Pattern CASE_GLUE = Pattern.compile("(?<=\\p{Ll})(\\p{Lu}\\p{Ll}*)(?![\\p{L}\\p{N}])");
  // Sentence punctuation with a capitalised word straight after it: "ended.The", "said?They".
  private static final Pattern PUNCT_GLUE = Pattern.compile("(?<=\\p{Ll}{2}[.!?])(?=\\p{Lu}\\p{Ll}+\\b)");

  @Override
  public String name() {
    return "glued_words";
  }

  @Override
  public void apply(Draft d) {
    d.paragraphs().replaceAll(GluedWordSplitter::split);
  }

  public static String split(String text) {
    return mayBeGlued(text) ? splitByPatterns(text) : text;
  }

  /** The split itself, by the two patterns; {@link #split} skips it where they cannot match. */
  static String splitByPatterns(String text) {
    Matcher m = CASE_GLUE.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String tail = m.group(1);
      boolean glued = Tokens.FUNCTION_WORDS.contains(tail.toLowerCase(Locale.ROOT)) && startsLongEnoughWord(text, m.start());
      m.appendReplacement(sb, Matcher.quoteReplacement(glued ? " " + tail : tail));
    }
    m.appendTail(sb);
    String s = sb.toString();
    return PUNCT_GLUE.matcher(s).replaceAll(" ");
  }

  /**
   * Whether either pattern could match: a lower-case letter, or two and sentence punctuation,
   * straight before a capital. Most paragraphs have neither, and this scan is much cheaper than the
   * patterns' lookbehinds at every position. Surrogates (letters outside the BMP) go to the patterns.
   */
  static boolean mayBeGlued(String text) {
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) return true;
      if (Character.getType(c) != Character.UPPERCASE_LETTER) continue;
      char prev = text.charAt(i - 1);
      if (Character.getType(prev) == Character.LOWERCASE_LETTER) return true;
      if ((prev == '.' || prev == '!' || prev == '?') && i >= 3) return true;
    }
    return false;
  }

  /** The head before the glue must be a word of three letters or more ("Lavrov"), not "Mc" or "i". */
  private static boolean startsLongEnoughWord(String text, int glueAt) {
    int i = glueAt;
    while (i > 0 && Character.isLetter(text.charAt(i - 1))) i--;
    return glueAt - i >= 3;
  }
}
