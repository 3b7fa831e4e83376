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
  static final Pattern PUNCT_GLUE = Pattern.compile("(?<=\\p{Ll}{2}[.!?])(?=\\p{Lu}\\p{Ll}+\\b)");

  @Override
  public String name() {
    return "glued_words";
  }

  @Override
  public void apply(Draft d) {
    d.paragraphs().replaceAll(GluedWordSplitter::split);
  }

  public static String split(String text) {
    String s = caseGlued(text) ? splitByCase(text) : text;
    return punctuationGlued(s) ? PUNCT_GLUE.matcher(s).replaceAll(" ") : s;
  }

  /** The split of glued sentence starts after a lower-case letter, by {@link #CASE_GLUE}. */
  static String splitByCase(String text) {
    Matcher m = CASE_GLUE.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String tail = m.group(1);
      boolean glued = Tokens.FUNCTION_WORDS.contains(tail.toLowerCase(Locale.ROOT)) && startsLongEnoughWord(text, m.start());
      m.appendReplacement(sb, Matcher.quoteReplacement(glued ? " " + tail : tail));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /**
   * Whether {@link #CASE_GLUE} would split anything: a capitalised run straight after a lower-case
   * letter and ending the word, that is a function word after a head of three letters or more
   * ("LavrovThey", not "McDonald"). Most paragraphs have none, and this scan is much cheaper than the
   * pattern's lookbehind at every position. Letters outside the BMP go to the pattern.
   */
  static boolean caseGlued(String text) {
    int n = text.length();
    for (int i = 1; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80 ? c < 'A' || c > 'Z' : !Character.isSurrogate(c) && Character.getType(c) != Character.UPPERCASE_LETTER) continue;
      char prev = text.charAt(i - 1);
      if (Character.isSurrogate(c) || Character.isSurrogate(prev)) return true;
      if (Character.getType(prev) != Character.LOWERCASE_LETTER) continue;
      int j = i + 1;
      while (j < n && Character.getType(text.charAt(j)) == Character.LOWERCASE_LETTER) j++;
      if (j < n) {
        char next = text.charAt(j);
        if (Character.isSurrogate(next)) return true;
        if (Character.isLetter(next) || isNumber(next)) continue; // the pattern's lookahead: the word goes on
      }
      if (Tokens.FUNCTION.contains(text, i, j) && startsLongEnoughWord(text, i)) return true;
    }
    return false;
  }

  /**
   * Whether {@link #PUNCT_GLUE} could match: two lower-case letters and sentence punctuation
   * straight before a capital and a lower-case letter ("ended.The"; not "U.S.").
   */
  static boolean punctuationGlued(String text) {
    for (int i = 3; i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80 ? c < 'A' || c > 'Z' : !Character.isSurrogate(c) && Character.getType(c) != Character.UPPERCASE_LETTER) continue;
      char p = text.charAt(i - 1);
      if (p != '.' && p != '!' && p != '?') continue;
      if (lowerOrSurrogate(text.charAt(i - 2)) && lowerOrSurrogate(text.charAt(i - 3)) && lowerOrSurrogate(text.charAt(i + 1))) return true;
    }
    return false;
  }

  private static boolean lowerOrSurrogate(char c) {
    return Character.isSurrogate(c) || Character.getType(c) == Character.LOWERCASE_LETTER;
  }

  /** {@code \p{N}}: decimal digits, letter numbers and other numbers. */
  private static boolean isNumber(char c) {
    int t = Character.getType(c);
    return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
  }

  /** The head before the glue must be a word of three letters or more ("Lavrov"), not "Mc" or "i". */
  private static boolean startsLongEnoughWord(String text, int glueAt) {
    int i = glueAt;
    while (i > 0 && Character.isLetter(text.charAt(i - 1))) i--;
    return glueAt - i >= 3;
  }
}
