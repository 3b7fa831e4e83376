package dyad.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MentionMaskTest {
  private static final String P = "Vladimir Putin met Xi Jinping in Moscow to deepen the partnership.";
  private static final List<MentionMask.Span> SPANS = List.of(
      new MentionMask.Span(P.indexOf("Xi"), P.indexOf("Xi") + 10, "xi-jinping"),
      new MentionMask.Span(0, 14, "vladimir-putin"),
      new MentionMask.Span(P.indexOf("Moscow"), P.indexOf("Moscow") + 6, "RUS"));

  @Test
  void removedNamesLeaveTheIssues() {
    assertEquals(List.of("met", "deepen", "partnership"), TopicTokens.of(MentionMask.apply(P, SPANS, "remove")));
  }

  @Test
  void aNameAsOneTokenOfItsActor() {
    assertEquals(List.of("actor-vladimir-putin", "met", "actor-xi-jinping", "actor-rus", "deepen", "partnership"),
        TopicTokens.of(MentionMask.apply(P, SPANS, "token")));
  }

  @Test
  void keptAsWrittenAndStaleSpansIgnored() {
    assertEquals(P, MentionMask.apply(P, SPANS, "keep"));
    // A span past the end (text changed since) or overlapping the previous one is skipped, not an error.
    assertEquals("  met Xi Jinping in Moscow to deepen the partnership.",
        MentionMask.apply(P, List.of(new MentionMask.Span(0, 14, "a"), new MentionMask.Span(5, 9, "b"),
            new MentionMask.Span(60, 99, "c")), "remove"));
  }
}
