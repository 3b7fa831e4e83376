package dyad.actors;

import dyad.text.TokenStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The actor matcher's tokens, a filter over the one token stream ({@link TokenStream}): words keep
 * inner apostrophes and dots ("d'Orsay", "U.S."), and a final dot only when the word already has
 * one (an abbreviation), so "U.S." is one token but "China." is "China". Every other visible
 * character is a token of its own, so that no name matches across a comma or a bracket. A
 * possessive 's is a token of its own. (The same tokens as the expression
 * {@code [\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[.'][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|\S}.)
 */
public final class ActorTokenizer {
  /** A token: its text, [start, end) in the source string, and its matching key. */
  public record Token(String text, int start, int end, String key) {
    Token(String text, int start, int end) {
      this(text, start, end, ActorTokenizer.key(text));
    }
  }

  private ActorTokenizer() {}

  public static List<Token> tokens(String s) {
    return tokens(TokenStream.of(s));
  }

  public static List<Token> tokens(TokenStream ts) {
    String s = ts.text();
    int n = ts.size();
    List<Token> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      byte k = ts.kind(i);
      if (startsWord(k)) {
        int j = wordEnd(ts, i);
        while (j + 2 < n && (ts.joinedChar(j + 1, '.') || ts.joinedChar(j + 1, '\'')) && ts.joined(j + 2)
            && startsWord(ts.kind(j + 2))) {
          j = wordEnd(ts, j + 2);
        }
        int start = ts.start(i);
        int end = ts.end(j);
        String t = s.substring(start, end);
        if (t.indexOf('.') > 0 && ts.joinedChar(j + 1, '.')) {
          end++; // the closing dot of an abbreviation: U.S.
          j++;
          t = s.substring(start, end);
        }
        int apostrophe = t.length() - 2;
        if (apostrophe > 0 && t.charAt(apostrophe) == '\'' && (t.charAt(apostrophe + 1) == 's' || t.charAt(apostrophe + 1) == 'S')) {
          // The possessive is not part of the name: "China's" is China + 's.
          out.add(new Token(t.substring(0, apostrophe), start, start + apostrophe));
          out.add(new Token(t.substring(apostrophe), start + apostrophe, end));
        } else {
          out.add(new Token(t, start, end));
        }
        i = j;
      } else {
        // A mark with no word before it, or any other character: one token per code point.
        for (int c = ts.start(i); c < ts.end(i); ) {
          int w = Character.charCount(s.codePointAt(c));
          out.add(new Token(s.substring(c, c + w), c, c + w));
          c += w;
        }
      }
    }
    return out;
  }

  /** Letters and numbers start a word; marks only continue one. */
  private static boolean startsWord(byte k) {
    return k != TokenStream.MARK && k != TokenStream.SINGLE;
  }

  /** The last run of the word of letters, marks and numbers starting at run {@code i}. */
  private static int wordEnd(TokenStream ts, int i) {
    int j = i;
    while (j + 1 < ts.size() && ts.joined(j + 1) && ts.kind(j + 1) != TokenStream.SINGLE) j++;
    return j;
  }

  /**
   * The matching key: lower case, accents removed ("Élysée" and "Elysee" meet), and the Arabic
   * article's two spellings one ("Zine el Abidine" and "Zine al-Abidine" meet).
   */
  static String key(String text) {
    boolean ascii = true;
    for (int i = 0; i < text.length() && ascii; i++) ascii = text.charAt(i) < 0x80;
    if (ascii) {
      String k = text.toLowerCase(Locale.ROOT);
      return k.equals("el") ? "al" : k;
    }
    String d = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) sb.append(c);
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
