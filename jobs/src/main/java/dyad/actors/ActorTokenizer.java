package dyad.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tokens for actor matching, with their character offsets. Words keep inner apostrophes and dots
 * ("d'Orsay", "U.S."), and a final dot only when the word already has one (an abbreviation), so
 * "U.S." is one token but "China." is "China". Every other non-space character is a token of its
 * own, so that no name matches across a comma or a bracket. A possessive 's is a token of its own.
 */
public final class ActorTokenizer {
  private static final Pattern TOKEN = Pattern.compile(
      "[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:[.'][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*|\\S");

  /** A token: its text and [start, end) in the source string. */
  public record Token(String text, int start, int end) {
    /** The matching key: lower case, accents removed ("Élysée" and "Elysee" meet). */
    public String key() {
      return ActorTokenizer.key(text);
    }
  }

  private ActorTokenizer() {}

  public static List<Token> tokens(String s) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(s);
    int from = 0;
    while (from < s.length() && m.find(from)) {
      int end = m.end();
      String t = m.group();
      if (t.indexOf('.') > 0 && end < s.length() && s.charAt(end) == '.') {
        end++; // the closing dot of an abbreviation: U.S.
        t = s.substring(m.start(), end);
      }
      int apostrophe = t.length() - 2;
      if (apostrophe > 0 && t.charAt(apostrophe) == '\'' && (t.charAt(apostrophe + 1) == 's' || t.charAt(apostrophe + 1) == 'S')) {
        // The possessive is not part of the name: "China's" is China + 's.
        out.add(new Token(t.substring(0, apostrophe), m.start(), m.start() + apostrophe));
        out.add(new Token(t.substring(apostrophe), m.start() + apostrophe, end));
      } else {
        out.add(new Token(t, m.start(), end));
      }
      from = end;
    }
    return out;
  }

  static String key(String text) {
    String d = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) sb.append(c);
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
