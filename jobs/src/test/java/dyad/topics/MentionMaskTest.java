package dyad.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dyad.core.TopicsConfig.ActorNames;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionMaskTest {
  private static final TopicTokens R = TopicTokens.DEFAULT;
  private static final String P = "Vladimir Putin met Xi Jinping in Moscow to deepen the partnership.";
  private static final List<MentionMask.Span> SPANS = List.of(
      new MentionMask.Span(P.indexOf("Xi"), P.indexOf("Xi") + 10, "xi-jinping"),
      new MentionMask.Span(0, 14, "vladimir-putin"),
      new MentionMask.Span(P.indexOf("Moscow"), P.indexOf("Moscow") + 6, "RUS"));

  @Test
  void removedNamesLeaveTheIssues() {
    assertEquals(List.of("met", "deepen", "partnership"), R.terms(MentionMask.apply(P, SPANS, ActorNames.REMOVE)));
  }

  @Test
  void aNameAsOneTokenOfItsActor() {
    assertEquals(List.of("actor-vladimir-putin", "met", "actor-xi-jinping", "actor-rus", "deepen", "partnership"),
        R.terms(MentionMask.apply(P, SPANS, ActorNames.TOKEN)));
  }

  /**
   * Masks read off a paragraph's stream give the words of the masked text tokenised anew: on real
   * text, with every third capitalised word masked (as mentions are, on word boundaries), and with
   * spans that cut words (the stream then falls back to the text).
   */
  @Test
  void masksOnTheStreamGiveTheTokensOfTheMaskedText() {
    int masked = 0;
    for (String t : dyad.TestTexts.sample()) {
      for (ActorNames mode : ActorNames.values()) {
        // The paragraph as part of a longer text, so offsets into the stream are not those of the paragraph.
        String text = "Lead paragraph.\n\n" + t;
        int from = "Lead paragraph.\n\n".length();
        dyad.text.TokenStream ts = dyad.text.TokenStream.of(text);
        List<MentionMask.Span> words = new java.util.ArrayList<>();
        List<MentionMask.Span> cuts = new java.util.ArrayList<>();
        int[] spans = dyad.text.TokenStream.of(t).wordSpans();
        for (int i = 0; i < spans.length; i += 2) {
          if (Character.isUpperCase(t.charAt(spans[i])) && (i / 2) % 3 == 0) words.add(new MentionMask.Span(spans[i], spans[i + 1], "ID-" + i));
          if ((i / 2) % 7 == 0 && spans[i + 1] - spans[i] > 2) cuts.add(new MentionMask.Span(spans[i] + 1, spans[i + 1], "c" + i));
        }
        for (List<MentionMask.Span> s : List.of(words, cuts)) {
          assertEquals(R.words(MentionMask.apply(t, s, mode)), MentionMask.words(ts, from, t.length(), s, mode, R));
          masked += s.size();
        }
      }
    }
    org.junit.jupiter.api.Assertions.assertTrue(masked > 10_000, "masked " + masked + " spans");
  }

  @Test
  void keptAsWrittenAndStaleSpansIgnored() {
    assertEquals(P, MentionMask.apply(P, SPANS, ActorNames.KEEP));
    // A span past the end (text changed since) or overlapping the previous one is skipped, not an error.
    assertEquals("  met Xi Jinping in Moscow to deepen the partnership.",
        MentionMask.apply(P, List.of(new MentionMask.Span(0, 14, "a"), new MentionMask.Span(5, 9, "b"),
            new MentionMask.Span(60, 99, "c")), ActorNames.REMOVE));
  }
}
