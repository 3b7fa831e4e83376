package dyad.article;

import dyad.schema.Rows.AnalysedRow;
import dyad.schema.Rows.ArticleRow;
import dyad.schema.Rows.EventRow;
import dyad.schema.Rows.MentionRow;
import dyad.schema.Rows.RejectRow;
import dyad.schema.Rows.SentenceRow;
import dyad.schema.Rows.ToneRow;
import java.util.List;

/**
 * One input record after the per-article pass, as plain Java: where it came from, the article (or
 * the reason it was rejected), its analysed text, its duplicate keys, and each stage's per-article
 * result, null where that stage has not run. The steps of the pass ({@link ArticleStep}) each add
 * their part to a new value; the rows inside are never changed once built.
 *
 * @param path the input file, relative to --input
 * @param locator where in the file: empty for a whole file, "line 12", "row 3"
 * @param position the line, row or item number (0 for a whole file): a repeated record id keeps the first
 * @param article the article's row; for a reject, what cleaning found before rejecting it (its id, maybe its text)
 * @param reject null for an article
 * @param text the analysed text; null for a reject
 * @param fingerprint SHA-256 of the clean words, for exact duplicates; null for a reject
 * @param signature the MinHash signature, for near duplicates; null below one shingle
 * @param events the coded events of its sentences (events stage)
 */
public record AnalysedArticle(String path, String locator, long position, ArticleRow article, RejectRow reject,
    ArticleText text, String fingerprint, int[] signature, List<MentionRow> mentions, ToneRow tone,
    List<SentenceRow> records, List<EventRow> events, List<List<String>> topicTokens) {

  public static final String ARTICLE = "article";
  public static final String REJECT = "reject";

  /** An article that cleaning kept, before the other stages' steps. */
  public static AnalysedArticle article(String path, String locator, long position, ArticleRow article, ArticleText text,
      String fingerprint, int[] signature) {
    return new AnalysedArticle(path, locator, position, article, null, text, fingerprint, signature, null, null, null, null, null);
  }

  /** A record that is not an article. */
  public static AnalysedArticle rejected(String path, String locator, long position, ArticleRow asFarAsCleaned, RejectRow reject) {
    return new AnalysedArticle(path, locator, position, asFarAsCleaned, reject, null, null, null, null, null, null, null, null);
  }

  /**
   * An article of an earlier run, as its articles table (and, when given, its mentions table) holds
   * it, for a stage run on its own: the stored sentences, not new ones.
   */
  public static AnalysedArticle stored(ArticleRow article, List<MentionRow> mentions) {
    List<String> paragraphs = article.getParagraphs() == null ? List.of() : article.getParagraphs();
    return new AnalysedArticle(null, "", 0, article, null, ArticleText.of(paragraphs, article.getSentences()), null, null,
        mentions, null, null, null, null);
  }

  public boolean isArticle() {
    return reject == null;
  }

  public String articleId() {
    return article.getArticleId();
  }

  public java.time.LocalDate date() {
    return article.getDate();
  }

  public AnalysedArticle withMentions(List<MentionRow> m) {
    return new AnalysedArticle(path, locator, position, article, reject, text, fingerprint, signature, List.copyOf(m), tone,
        records, events, topicTokens);
  }

  public AnalysedArticle withSentiment(ToneRow t, List<SentenceRow> r) {
    return new AnalysedArticle(path, locator, position, article, reject, text, fingerprint, signature, mentions, t,
        List.copyOf(r), events, topicTokens);
  }

  public AnalysedArticle withTopicTokens(List<List<String>> tokens) {
    return new AnalysedArticle(path, locator, position, article, reject, text, fingerprint, signature, mentions, tone,
        records, events, List.copyOf(tokens));
  }

  public AnalysedArticle withEvents(List<EventRow> e) {
    return new AnalysedArticle(path, locator, position, article, reject, text, fingerprint, signature, mentions, tone,
        records, List.copyOf(e), topicTokens);
  }

  /** The mentions, or an error naming the step that must run first. */
  public List<MentionRow> requireMentions(String who) {
    if (mentions == null) throw new IllegalStateException(who + " needs the article's mentions: the actors step runs first");
    return mentions;
  }

  /** The row the pass writes: every part as the stages read it back. */
  public AnalysedRow toRow() {
    AnalysedRow r = new AnalysedRow();
    r.setKind(isArticle() ? ARTICLE : REJECT);
    r.setPath(path);
    r.setLocator(locator);
    r.setPosition(position);
    r.setArticle(article);
    r.setReject(reject);
    r.setFingerprint(fingerprint);
    r.setSignature(signature);
    r.setMentions(mentions);
    r.setTone(tone);
    r.setRecords(records);
    r.setEvents(events);
    r.setTopicTokens(topicTokens);
    return r;
  }
}
