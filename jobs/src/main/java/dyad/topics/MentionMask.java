package dyad.topics;

import dyad.core.TopicsConfig.ActorNames;
import dyad.text.TokenStream;
import java.util.ArrayList;
import java.util.Comparator;
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
  public static String apply(String text, List<Span> spans, ActorNames mode) {
    if (spans.isEmpty() || mode == ActorNames.KEEP) return text;
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (Span s : usable(spans, text.length())) {
      out.append(text, at, s.start()).append(' ');
      if (mode == ActorNames.TOKEN) out.append(token(s.actorId())).append(' ');
      at = s.end();
    }
    return out.append(text, at, text.length()).toString();
  }

  /**
   * The topic words ({@link TopicTokens#words}) of characters [from, from + length) of a token stream
   * (one paragraph of an article's), with the spans (relative to {@code from}) masked as {@code mode}
   * says: the words of {@link #apply} of that text, read off the stream instead of a second tokenisation.
   */
  public static List<String> words(TokenStream ts, int from, int length, List<Span> spans, ActorNames mode, TopicTokens rules) {
    List<String> out = new ArrayList<>();
    int first = ts.at(from);
    int end = ts.at(from + length);
    if (spans.isEmpty() || mode == ActorNames.KEEP) {
      rules.words(ts, first, end, out);
      return out;
    }
    List<Span> masks = usable(spans, length);
    if (!onRunBoundaries(ts, from, masks)) {
      // A mask inside a run of the stream: mask the text and read its own tokens (never seen on real text).
      return rules.words(apply(ts.text().substring(from, from + length), spans, mode));
    }
    int run = first;
    for (Span s : masks) {
      int maskStart = ts.at(from + s.start());
      rules.words(ts, run, maskStart, out); // the mask is a space: no word runs across it
      if (mode == ActorNames.TOKEN) out.addAll(rules.words(token(s.actorId())));
      run = ts.at(from + s.end());
    }
    rules.words(ts, run, end, out);
    return out;
  }

  /** The spans in text order, less those overlapping an earlier one or lying outside the text. */
  private static List<Span> usable(List<Span> spans, int length) {
    List<Span> sorted = spans.stream().sorted(Comparator.comparingInt(Span::start)).toList();
    List<Span> out = new ArrayList<>(sorted.size());
    int at = 0;
    for (Span s : sorted) {
      if (s.start() < at || s.end() > length || s.start() >= s.end()) continue; // overlapping or stale
      out.add(s);
      at = s.end();
    }
    return out;
  }

  /** Whether each mask starts and ends where a run does (mentions are made of the stream's runs). */
  private static boolean onRunBoundaries(TokenStream ts, int from, List<Span> masks) {
    for (Span s : masks) {
      int a = ts.at(from + s.start());
      int b = ts.at(from + s.end());
      if (a > 0 && ts.end(a - 1) > from + s.start()) return false; // a run straddles the start
      if (b > 0 && ts.end(b - 1) > from + s.end()) return false; // or the end
    }
    return true;
  }

  /** An id as one word: letters kept, the rest joined by hyphens (the tokenizer keeps inner hyphens). */
  private static String token(String actorId) {
    return ACTOR_PREFIX + actorId.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", "-");
  }
}
