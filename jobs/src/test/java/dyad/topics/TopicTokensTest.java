package dyad.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicTokensTest {
  @Test
  void issuesNotFillerNorTheSkippedNames() {
    String s = "China's ministry said on Monday that new tariffs on steel imports would hurt the talks.";
    int at = s.indexOf("China's");
    assertEquals(List.of("ministry", "tariff", "steel", "import", "hurt", "talk"),
        TopicTokens.of(MentionMask.apply(s, List.of(new MentionMask.Span(at, at + 5, "CHN")), "remove")));
    assertEquals(List.of("china", "ministry", "tariff", "steel", "import", "hurt", "talk"), TopicTokens.of(s));
    assertEquals("policy", TopicTokens.singular("policies"));
    assertEquals("crisis", TopicTokens.singular("crisis"));
    assertEquals("news", TopicTokens.singular("news"));
    assertEquals("tax", TopicTokens.singular("taxes"));
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
