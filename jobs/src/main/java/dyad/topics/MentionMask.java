package dyad.topics;

import java.util.List;
import java.util.Locale;

/**
 * What becomes of the actors' names in the text a topic model reads (topics.actorNames): removed,
 * so topics are about issues and not about who is named; one token per mention, named by the actor
 * (so a multi-word name is one term and its variants are one); or kept as written.
 */
public final class MentionMask {
  /** A mention's span in its paragraph and its actor. */
  public record Span(int start, int end, String actorId) {}

  /** Starts the token of an actor in token mode; no English word does. */
  public static final String ACTOR_PREFIX = "actor-";

  private MentionMask() {}

  /** {@code text} with the spans (in any order, within the text) handled as {@code mode} says. */
  public static String apply(String text, List<Span> spans, String mode) {
    if (spans.isEmpty() || mode.equals("keep")) return text;
    List<Span> sorted = spans.stream().sorted(java.util.Comparator.comparingInt(Span::start)).toList();
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (Span s : sorted) {
      if (s.start() < at || s.end() > text.length() || s.start() >= s.end()) continue; // overlapping or stale
      out.append(text, at, s.start()).append(' ');
      // An id as one word: letters kept, the rest joined by hyphens (the tokenizer keeps inner hyphens).
      if (mode.equals("token")) out.append(ACTOR_PREFIX).append(s.actorId().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", "-")).append(' ');
      at = s.end();
    }
    return out.append(text, at, text.length()).toString();
  }
}
