package dyad.sentiment;

import dyad.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The directed sentiment records of one article: its sentences that name actors, split as the
 * actors stage split them, each scored by {@link SentimentScorer} with its mentions' offsets moved
 * from the paragraph to the sentence.
 */
public final class ArticleSentences {
  /** A mention as the mentions table has it (offsets within the paragraph). */
  public record Mention(int paragraph, int sentence, int start, int end, String actorId, String type, String country) {
    /** The state the actor stands for: a state or organisation itself, a person their country. */
    String state() {
      return dyad.actors.ActorTypes.stateOf(type, actorId, country);
    }
  }

  public record Scored(int paragraph, int sentence, String text, SentimentScorer.Record record, String sourceState,
      String targetState) {}

  private ArticleSentences() {}

  public static List<Scored> score(SentimentScorer scorer, List<String> paragraphs, List<Mention> mentions) {
    // Spark hands an article's mentions in no fixed order; in text order, every run scores alike.
    mentions = new ArrayList<>(mentions);
    mentions.sort(java.util.Comparator.comparingInt(Mention::paragraph).thenComparingInt(Mention::start)
        .thenComparingInt(Mention::end).thenComparing(Mention::actorId));
    Map<Long, List<Mention>> bySentence = new TreeMap<>();
    for (Mention m : mentions) bySentence.computeIfAbsent(((long) m.paragraph() << 32) | m.sentence(), k -> new ArrayList<>()).add(m);
    List<Scored> out = new ArrayList<>();
    List<SentenceSplitter.Span> spans = null;
    int spansOf = -1;
    for (Map.Entry<Long, List<Mention>> e : bySentence.entrySet()) {
      int p = (int) (e.getKey() >> 32);
      int s = (int) (long) e.getKey();
      if (paragraphs == null || p >= paragraphs.size()) continue;
      if (spansOf != p) {
        spans = SentenceSplitter.split(paragraphs.get(p));
        spansOf = p;
      }
      if (s >= spans.size()) continue;
      SentenceSplitter.Span span = spans.get(s);
      String text = paragraphs.get(p).substring(span.start(), span.end());
      List<SentimentScorer.Mention> local = new ArrayList<>();
      Map<String, String> stateOf = new TreeMap<>();
      for (Mention m : e.getValue()) {
        local.add(new SentimentScorer.Mention(m.actorId(), m.start() - span.start(), m.end() - span.start()));
        if (m.state() != null) stateOf.putIfAbsent(m.actorId(), m.state());
      }
      for (SentimentScorer.Record r : scorer.records(text, local)) {
        out.add(new Scored(p, s, text, r, r.source() == null ? null : stateOf.get(r.source()), stateOf.get(r.target())));
      }
    }
    return out;
  }
}
