package dyad.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Words and clause punctuation, a filter over the one token stream, as the sentence-level scorers
 * (sentiment, events) read a sentence: words from a letter through letters, marks, apostrophes and
 * hyphens ("don't", "well-known"), numbers with their separators ("1,000.5"), and the punctuation that
 * ends clauses; other characters are no tokens. (The same tokens as the expression
 * {@code \p{L}[\p{L}\p{M}'’\-]*|\d+(?:[.,]\d+)*|[!?.,;:()"—–]}.)
 */
public final class Words {
  /** The punctuation that is a token of its own: it ends clauses (and quotations, and exclamations). */
  private static final String PUNCTUATION = "!?.,;:()\"—–";

  /**
   * One token: its text (curly apostrophes made straight), lower-cased, its offsets, and whether it
   * is a word or number rather than punctuation.
   */
  public record Word(String text, String lower, int start, int end, boolean word) {}

  private Words() {}

  /** The tokens of [from, to) of a token stream, offsets relative to {@code base}. */
  public static List<Word> of(TokenStream ts, int from, int to, int base) {
    String text = ts.text();
    int n = ts.size();
    List<Word> out = new ArrayList<>();
    for (int i = ts.at(from); i < n && ts.start(i) < to; i++) {
      byte k = ts.kind(i);
      int j = i;
      if (k == TokenStream.LETTER || k == TokenStream.LETTER_SUPPLEMENTARY) {
        while (j + 1 < n && ts.start(j + 1) < to && ts.joined(j + 1) && (wordPart(ts.kind(j + 1))
            || ts.joinedChar(j + 1, '\'') || ts.joinedChar(j + 1, '’') || ts.joinedChar(j + 1, '-'))) {
          j++;
        }
      } else if (k == TokenStream.DIGIT) {
        while (j + 2 < n && ts.start(j + 2) < to && (ts.joinedChar(j + 1, '.') || ts.joinedChar(j + 1, ','))
            && ts.joined(j + 2) && ts.kind(j + 2) == TokenStream.DIGIT) {
          j += 2;
        }
      } else if (k != TokenStream.SINGLE || PUNCTUATION.indexOf(ts.first(i)) < 0) {
        continue;
      }
      String t = text.substring(ts.start(i), ts.end(j)).replace('’', '\'');
      out.add(new Word(t, t.toLowerCase(Locale.ROOT), ts.start(i) - base, ts.end(j) - base, Character.isLetterOrDigit(t.charAt(0))));
      i = j;
    }
    return out;
  }

  /** The tokens of a string. */
  public static List<Word> of(String text) {
    return of(TokenStream.of(text), 0, text.length(), 0);
  }

  private static boolean wordPart(byte k) {
    return k == TokenStream.LETTER || k == TokenStream.LETTER_SUPPLEMENTARY || k == TokenStream.MARK;
  }
}
