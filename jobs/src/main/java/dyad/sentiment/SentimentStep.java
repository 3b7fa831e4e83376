package dyad.sentiment;

import dyad.article.AnalysedArticle;
import dyad.article.ArticleStep;
import dyad.article.ArticleText;
import dyad.schema.ActorType;
import dyad.schema.Rows.MentionRow;
import dyad.schema.Rows.SentenceRow;
import dyad.schema.Rows.ToneRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sentiment stage's share of the per-article pass: every sentence tokenised (from the article's
 * one token stream) and rated once, for the article's tone and for the directed records of the
 * actors it names alike.
 */
public final class SentimentStep implements ArticleStep {
  private static final long serialVersionUID = 1L;

  /** One scorer per executor JVM: the lexicons and the model are loaded once. */
  private static final class Holder {
    static final SentimentScorer SCORER = SentimentScorer.standard();

    private Holder() {}
  }

  @Override
  public void prepare() {
    Holder.SCORER.getClass();
  }

  @Override
  public AnalysedArticle apply(AnalysedArticle a) {
    Scored s = score(Holder.SCORER, a.articleId(), a.text(), a.requireMentions(SentimentStage.NAME));
    return a.withSentiment(s.tone(), s.records());
  }

  /** An article's tone and its directed records. */
  public record Scored(ToneRow tone, List<SentenceRow> records) {}

  private static final Comparator<MentionRow> TEXT_ORDER = Comparator.comparingInt(MentionRow::getParagraph)
      .thenComparingInt(MentionRow::getStart).thenComparingInt(MentionRow::getEnd).thenComparing(MentionRow::getActorId);

  public static Scored score(SentimentScorer scorer, String articleId, ArticleText text, List<MentionRow> mentions) {
    // Mentions read back from a table come in no fixed order; in text order, every run scores alike.
    Map<Long, List<MentionRow>> bySentence = new TreeMap<>();
    List<MentionRow> sorted = new ArrayList<>(mentions);
    sorted.sort(TEXT_ORDER);
    for (MentionRow m : sorted) bySentence.computeIfAbsent(((long) m.getParagraph() << 32) | m.getSentence(), k -> new ArrayList<>()).add(m);

    int pos = 0;
    int neg = 0;
    int words = 0;
    int cues = 0;
    int sentences = 0;
    double compound = 0;
    List<SentenceRow> records = new ArrayList<>();
    List<String> paragraphs = text.paragraphs();
    for (int p = 0; p < paragraphs.size(); p++) {
      for (int s = 0; s < text.sentenceCount(p); s++) {
        SentimentScorer.Sentence sentence = scorer.sentence(text.sentence(p, s), text.sentenceWords(p, s));
        SentimentScorer.Tone t = sentence.tone();
        pos += t.positiveWords();
        neg += t.negativeWords();
        words += t.words();
        cues += t.cues();
        compound += t.compound();
        sentences++;
        List<MentionRow> named = bySentence.get(((long) p << 32) | s);
        if (named != null) records.addAll(records(scorer, articleId, p, s, text, sentence, named));
      }
    }
    double w = Math.max(words, 1);
    ToneRow tone = new ToneRow();
    tone.setArticleId(articleId);
    tone.setTone(100.0 * (pos - neg) / w);
    tone.setPositive(100.0 * pos / w);
    tone.setNegative(100.0 * neg / w);
    tone.setPolarity(100.0 * (pos + neg) / w);
    tone.setActivityDensity(100.0 * cues / w);
    tone.setWords(words);
    tone.setCompound(sentences == 0 ? 0.0 : compound / sentences);
    return new Scored(tone, records);
  }

  /** The records of one sentence toward each actor it names, their mentions' offsets moved into the sentence. */
  private static List<SentenceRow> records(SentimentScorer scorer, String articleId, int p, int s, ArticleText text,
      SentimentScorer.Sentence sentence, List<MentionRow> mentions) {
    int start = text.sentenceStart(p, s);
    List<SentimentScorer.Mention> local = new ArrayList<>();
    Map<String, String> stateOf = new TreeMap<>();
    for (MentionRow m : mentions) {
      local.add(new SentimentScorer.Mention(m.getActorId(), m.getStart() - start, m.getEnd() - start));
      String state = ActorType.stateOf(m.getType(), m.getActorId(), m.getCountry());
      if (state != null) stateOf.putIfAbsent(m.getActorId(), state);
    }
    String sentenceText = text.sentence(p, s);
    List<SentenceRow> out = new ArrayList<>();
    for (SentimentScorer.Record r : scorer.records(sentence, local)) {
      SentenceRow row = new SentenceRow();
      row.setArticleId(articleId);
      row.setParagraph(p);
      row.setSentence(s);
      row.setText(sentenceText);
      row.setSourceActor(r.source());
      row.setTargetActor(r.target());
      row.setSourceState(r.source() == null ? null : stateOf.get(r.source()));
      row.setTargetState(stateOf.get(r.target()));
      row.setPolarity(r.polarity());
      row.setScore(r.score());
      row.setCooperation(r.cooperation());
      row.setCue(r.cue());
      out.add(row);
    }
    return out;
  }
}
