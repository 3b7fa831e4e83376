package dyad.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dyad.core.TopicsConfig.ActorNames;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicTokensTest {
  /** dyad's stop words with plurals folded (topics.folding plurals), so that folding is tested too. */
  private static final TopicTokens R = TopicTokens.DEFAULT.withFolding(dyad.core.TopicsConfig.Folding.PLURALS);
  private static final java.util.regex.Pattern EXPRESSION = java.util.regex.Pattern.compile("\\p{L}[\\p{L}'’-]*\\p{L}|\\p{L}");

  /** The words as the expression the stream's filter replaced found them, before lower-casing and folding. */
  private static List<String> byExpression(String text) {
    List<String> out = new java.util.ArrayList<>();
    java.util.regex.Matcher m = EXPRESSION.matcher(text);
    while (m.find()) out.add(m.group());
    return out;
  }

  @Test
  void theFilterFindsTheWordsOfTheExpressionOnRealText() {
    int words = 0;
    for (String t : dyad.TestTexts.sample()) {
      // The same words give the same tokens: compare the tokens of the expression's words, one word at a time.
      List<String> expected = new java.util.ArrayList<>();
      for (String w : byExpression(t)) expected.addAll(R.terms(w));
      assertEquals(expected, R.terms(t), t.length() > 200 ? t.substring(0, 200) : t);
      words += expected.size();
    }
    org.junit.jupiter.api.Assertions.assertTrue(words > 50_000, "compared " + words + " tokens");
  }

  @Test
  void issuesNotFillerNorTheSkippedNames() {
    String s = "China's ministry said on Monday that new tariffs on steel imports would hurt the talks.";
    int at = s.indexOf("China's");
    assertEquals(List.of("ministry", "tariff", "steel", "import", "hurt", "talk"),
        R.terms(MentionMask.apply(s, List.of(new MentionMask.Span(at, at + 5, "CHN")), ActorNames.REMOVE)));
    assertEquals(List.of("china", "ministry", "tariff", "steel", "import", "hurt", "talk"), R.terms(s));
    assertEquals("policy", TopicTokens.singular("policies"));
    assertEquals("crisis", TopicTokens.singular("crisis"));
    assertEquals("news", TopicTokens.singular("news"));
    assertEquals("tax", TopicTokens.singular("taxes"));
  }

  @Test
  void wordsAsWrittenTermsFolded() {
    String s = "The series of talks always ended in new policies; the Series resumed.";
    assertEquals(List.of("series", "talks", "always", "ended", "policies", "series", "resumed"), R.words(s));
    assertEquals(List.of("sery", "talk", "alway", "ended", "policy", "sery", "resumed"), R.terms(s));
    // Without folding each word is its term; other stop words are other rules.
    TopicTokens plain = TopicTokens.of(Set.of("the", "of", "in", "new"), dyad.core.TopicsConfig.Folding.NONE);
    assertEquals(plain.words(s), plain.terms(s));
    assertEquals(List.of("series", "talks", "always", "ended", "policies", "series", "resumed"), plain.terms(s));
    TopicTokens noTalk = TopicTokens.of(Set.of("the", "talk"), dyad.core.TopicsConfig.Folding.PLURALS);
    assertEquals(List.of("series", "talks", "always", "ended", "new", "policies", "series", "resumed"), noTalk.words(s));
    // "talks" is no stop word as written, but folds into one: dropped.
    assertEquals(List.of("sery", "alway", "ended", "new", "policy", "sery", "resumed"), noTalk.terms(s));
    assertThrows(IllegalArgumentException.class, () -> TopicTokens.of(Set.of("The"), dyad.core.TopicsConfig.Folding.NONE));
    assertThrows(IllegalArgumentException.class, () -> dyad.core.TopicsConfig.Folding.parse("stems"));
    assertEquals(R, TopicTokens.of(Set.copyOf(R.stopWords()), dyad.core.TopicsConfig.Folding.PLURALS));
    // dyad's default: the same stop words, each word its own term.
    assertEquals(TopicTokens.DEFAULT, R.withFolding(dyad.core.TopicsConfig.Folding.NONE));
    assertEquals(R.words(s), TopicTokens.DEFAULT.terms(s));
  }

  @Test
  void npmiOfAToyCorpusByHand() {
    // 4 documents: a and b together in 2, a alone in 1, c alone in 1.
    List<Set<String>> docs = List.of(Set.of("a", "b"), Set.of("a", "b"), Set.of("a"), Set.of("c"));
    // a-b: p(a,b) = 1/2, p(a) = 3/4, p(b) = 1/2: ln((1/2)/(3/8)) / -ln(1/2) = ln(4/3) / ln 2.
    double ab = Math.log(4.0 / 3) / Math.log(2);
    assertEquals(ab, Coherence.npmi(2, 3, 2, 4), 1e-12);
    // a-c and b-c never together: -1 each; the topic's mean over its three pairs.
    assertEquals((ab - 1 - 1) / 3, Coherence.npmi(List.of("a", "b", "c"), docs), 1e-12);
    assertEquals(1.0, Coherence.npmi(4, 4, 4, 4));
    assertEquals(0.75, Coherence.diversity(List.of(List.of("a", "b"), List.of("b", "c"))), 1e-12);
  }
}
