package dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dyad.TestTexts;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The actor matcher's filter of the token stream against the expression it replaced, on real text. */
class ActorTokenizerTest {
  private static final Pattern EXPRESSION = Pattern.compile(
      "[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:[.'][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*|\\S");

  /** The tokenizer as it was, by the expression: text, offsets and key of each token. */
  static List<String> byExpression(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = EXPRESSION.matcher(s);
    int from = 0;
    while (from < s.length() && m.find(from)) {
      int end = m.end();
      String t = m.group();
      if (t.indexOf('.') > 0 && end < s.length() && s.charAt(end) == '.') {
        end++;
        t = s.substring(m.start(), end);
      }
      int apostrophe = t.length() - 2;
      if (apostrophe > 0 && t.charAt(apostrophe) == '\'' && (t.charAt(apostrophe + 1) == 's' || t.charAt(apostrophe + 1) == 'S')) {
        out.add(describe(t.substring(0, apostrophe), m.start(), m.start() + apostrophe, key(t.substring(0, apostrophe))));
        out.add(describe(t.substring(apostrophe), m.start() + apostrophe, end, key(t.substring(apostrophe))));
      } else {
        out.add(describe(t, m.start(), end, key(t)));
      }
      from = end;
    }
    return out;
  }

  private static String key(String text) {
    String d = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder();
    for (char c : d.toCharArray()) if (Character.getType(c) != Character.NON_SPACING_MARK) sb.append(c);
    String k = sb.toString().toLowerCase(Locale.ROOT);
    return k.equals("el") ? "al" : k; // the Arabic article's two spellings are one key
  }

  @Test
  void theArabicArticlesSpellingsAreOneKey() {
    org.junit.jupiter.api.Assertions.assertEquals(ActorTokenizer.key("al"), ActorTokenizer.key("El"));
    org.junit.jupiter.api.Assertions.assertEquals("elysee", ActorTokenizer.key("Élysée"));
  }

  private static String describe(String text, int start, int end, String key) {
    return text + "@" + start + "-" + end + "=" + key;
  }

  @Test
  void theFilterGivesTheTokensAndKeysOfTheExpressionOnRealText() {
    int tokens = 0;
    for (String t : TestTexts.sample()) {
      List<String> now = new ArrayList<>();
      for (ActorTokenizer.Token k : ActorTokenizer.tokens(t)) now.add(describe(k.text(), k.start(), k.end(), k.key()));
      assertEquals(byExpression(t), now, t.length() > 200 ? t.substring(0, 200) : t);
      tokens += now.size();
    }
    org.junit.jupiter.api.Assertions.assertTrue(tokens > 100_000, "compared " + tokens + " tokens");
  }

  @Test
  void namesAbbreviationsAndPossessives() {
    List<String> texts = new ArrayList<>();
    for (ActorTokenizer.Token k : ActorTokenizer.tokens("The U.S.'s envoy met d'Orsay staff; China's role, Élysée.")) texts.add(k.text());
    assertEquals(List.of("The", "U.S.", "'", "s", "envoy", "met", "d'Orsay", "staff", ";", "China", "'s", "role", ",", "Élysée", "."),
        texts);
    assertEquals("elysee", ActorTokenizer.tokens("Élysée").get(0).key());
  }
}
