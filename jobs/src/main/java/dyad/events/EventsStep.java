package dyad.events;

import dyad.article.AnalysedArticle;
import dyad.article.ArticleStep;
import dyad.article.ArticleText;
import dyad.schema.ActorType;
import dyad.schema.Rows.EventRow;
import dyad.schema.Rows.MentionRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The events stage's share of the per-article pass: each sentence that names two actors or more is
 * coded once ({@link EventCoder}), from the article's one token stream.
 */
public final class EventsStep implements ArticleStep {
  private static final long serialVersionUID = 1L;

  /** One coder per executor JVM: the dictionaries are loaded once. */
  private static final class Holder {
    static final EventCoder CODER = EventCoder.standard();

    private Holder() {}
  }

  @Override
  public void prepare() {
    Holder.CODER.getClass();
  }

  @Override
  public AnalysedArticle apply(AnalysedArticle a) {
    return a.withEvents(events(Holder.CODER, a.articleId(), a.text(), a.requireMentions(EventsStage.NAME)));
  }

  /** The events of an article's sentences, in text order. */
  public static List<EventRow> events(EventCoder coder, String articleId, ArticleText text, List<MentionRow> mentions) {
    // By sentence, in text order: every run codes alike whatever order the mentions came in.
    Map<Long, List<MentionRow>> bySentence = new TreeMap<>();
    for (MentionRow m : mentions) {
      bySentence.computeIfAbsent(((long) m.getParagraph() << 32) | m.getSentence(), k -> new ArrayList<>()).add(m);
    }
    CameoCodes codes = CameoCodes.standard();
    List<EventRow> out = new ArrayList<>();
    for (Map.Entry<Long, List<MentionRow>> e : bySentence.entrySet()) {
      // An event needs two actors: a sentence naming one actor, however often, codes none (and is not read).
      if (e.getValue().size() < 2 || e.getValue().stream().map(MentionRow::getActorId).distinct().count() < 2) continue;
      int p = (int) (e.getKey() >> 32);
      int s = (int) (long) e.getKey();
      int start = text.sentenceStart(p, s);
      List<EventCoder.Actor> actors = new ArrayList<>();
      List<MentionRow> sorted = new ArrayList<>(e.getValue());
      sorted.sort(java.util.Comparator.comparingInt(MentionRow::getStart).thenComparingInt(MentionRow::getEnd)
          .thenComparing(MentionRow::getActorId));
      for (MentionRow m : sorted) {
        actors.add(new EventCoder.Actor(m.getActorId(), ActorType.stateOf(m.getType(), m.getActorId(), m.getCountry()),
            m.getStart() - start, m.getEnd() - start, "demonym".equals(m.getForm())));
      }
      // The sentence's words as sentiment read them: one tokenisation for both.
      List<EventCoder.Event> events = coder.code(text.sentenceWords(p, s), actors);
      if (events.isEmpty()) continue;
      String sentence = text.sentence(p, s);
      for (EventCoder.Event ev : events) {
        EventRow r = new EventRow();
        r.setArticleId(articleId);
        r.setParagraph(p);
        r.setSentence(s);
        r.setText(sentence);
        r.setSourceActor(ev.source().actorId());
        r.setTargetActor(ev.target().actorId());
        r.setSourceState(ev.source().state());
        r.setTargetState(ev.target().state());
        r.setCameo(ev.cameo());
        r.setRoot(CameoCodes.root(ev.cameo()));
        r.setQuadClass(CameoCodes.quadClass(ev.cameo()));
        r.setGoldstein(codes.goldstein(ev.cameo()));
        r.setVerb(ev.verb());
        r.setNegated(ev.negated());
        r.setConfidence(ev.confidence());
        out.add(r);
      }
    }
    return out;
  }
}
