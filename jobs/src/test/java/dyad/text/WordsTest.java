package dyad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.TestTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The word filter of the token stream against the expression it replaced, on real text. */
class WordsTest {
  private static final Pattern EXPRESSION = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’\\-]*|\\d+(?:[.,]\\d+)*|[!?.,;:()\"—–]");

  private static List<String> byExpression(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = EXPRESSION.matcher(s);
    while (m.find()) {
      String t = m.group().replace('’', '\'');
      out.add(t + "|" + t.toLowerCase(Locale.ROOT) + "@" + m.start() + "-" + m.end() + (Character.isLetterOrDigit(t.charAt(0)) ? "w" : ""));
    }
    return out;
  }

  private static List<String> describe(List<Words.Word> toks) {
    List<String> out = new ArrayList<>();
    for (Words.Word t : toks) out.add(t.text() + "|" + t.lower() + "@" + t.start() + "-" + t.end() + (t.word() ? "w" : ""));
    return out;
  }

  @Test
  void theFilterGivesTheTokensOfTheExpressionForWholeTextsAndForEachSentenceOfAStream() {
    int sentences = 0;
    for (String text : TestTexts.sample()) {
      TokenStream whole = TokenStream.of(text);
      assertEquals(byExpression(text), describe(Words.of(whole, 0, text.length(), 0)), text);
      // A sentence read off the text's one stream has the tokens of the sentence tokenised on its own.
      for (String p : text.split("\n")) {
        int base = text.indexOf(p);
        for (SentenceSplitter.Span s : SentenceSplitter.split(p)) {
          String sentence = p.substring(s.start(), s.end());
          assertEquals(byExpression(sentence), describe(Words.of(whole, base + s.start(), base + s.end(), base + s.start())),
              sentence);
          sentences++;
        }
      }
    }
    assertTrue(sentences > 2000, "compared " + sentences + " sentences");
  }
}
