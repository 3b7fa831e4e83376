package dyad.ingest;

import dyad.article.AnalysedArticle;
import dyad.article.ArticleText;
import dyad.core.Hashing;
import dyad.core.IngestConfig;
import dyad.schema.Rows.ArticleRow;
import dyad.schema.Rows.RejectRow;
import dyad.text.CleaningChain;
import dyad.text.Draft;
import dyad.text.EnglishDetector;
import dyad.text.ParagraphSplitter;
import dyad.text.Tokens;
import dyad.text.UnicodeNormalizer;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Ingest's share of the per-article pass: one raw record to an analysed article or a reject.
 * Normalise, split paragraphs, date, clean, split sentences and tokenise once ({@link ArticleText}),
 * check language and length, and compute the duplicate keys (fingerprint, MinHash signature) from
 * the same words. Plain Java; the pass maps it over the records.
 */
public final class ArticleBuilder implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int minWords;
  private final LocalDate from;
  private final LocalDate to;
  /** Null when near-duplicates are not looked for. */
  private final MinHasher minHasher;
  private transient CleaningChain chain;

  public ArticleBuilder(IngestConfig cfg) {
    this.minWords = cfg.minWords();
    this.from = cfg.fromDay();
    this.to = cfg.toDay();
    IngestConfig.Dedup d = cfg.dedup();
    this.minHasher = d.near() ? new MinHasher(d.shingleWords(), d.bands(), d.rows(), d.seed()) : null;
  }

  private CleaningChain chain() {
    if (chain == null) chain = CleaningChain.standard();
    return chain;
  }

  public AnalysedArticle build(RawRecord raw) {
    String locator = raw.getLocator() == null ? "" : raw.getLocator();
    ArticleRow a = new ArticleRow();
    a.setSource(sourceOf(raw));
    a.setArticleId(Hashing.shortId(a.getSource()));
    a.setRecordId(raw.getRecordId());
    a.setUrl(blankToNull(raw.getUrl()));
    a.setPublisher(blankToNull(raw.getPublisher()));
    if (raw.getRejectReason() != null) return reject(raw, locator, a, raw.getRejectReason(), raw.getRejectDetail());
    if (raw.getText() == null) return reject(raw, locator, a, RejectReason.MISSING_TEXT.code(), "no text field in the record");

    List<String> paragraphs = ParagraphSplitter.split(UnicodeNormalizer.normalize(raw.getText()));
    DateFinder.Found dated = datedByField(raw.getDate());
    DateFinder.Found inText = DateFinder.inText(paragraphs); // also cuts a "date ..." prefix
    if (dated == null) dated = inText;
    if (dated == null) dated = DateFinder.inPath(raw.getPath());

    Draft d = new Draft(paragraphs);
    String title = blankToNull(UnicodeNormalizer.normalize(raw.getTitle()));
    if (title != null) d.setTitle(title.strip().replaceAll("\\s+", " "));
    chain().apply(d);

    // Split into sentences and tokenised once: the checks, the duplicate keys and every later stage read these.
    ArticleText text = ArticleText.tokenised(d.paragraphs(), d::tokens);
    int[] wordSpans = text.tokens().wordSpans();
    int words = wordSpans.length / 2;
    a.setTitle(d.title());
    a.setText(text.text());
    a.setParagraphs(text.paragraphs());
    a.setSentences(text.sentenceRows());
    a.setWords(words);
    a.setRepeatedParagraphs(d.removedBy("repeated_paragraph"));
    int removed = 0;
    for (var e : d.removed().entrySet()) removed += e.getKey().equals("repeated_paragraph") ? 0 : e.getValue();
    a.setRemovedParagraphs(removed);
    if (dated != null) {
      a.setDate(dated.date());
      a.setDateSource(dated.source());
      a.setPeriod(dated.date().toString().substring(0, 7));
    } else {
      a.setDateSource(DateFinder.NONE);
    }

    if (words == 0) return reject(raw, locator, a, RejectReason.EMPTY.code(), "no words left after removing boilerplate");
    if (words < minWords) {
      return reject(raw, locator, a, RejectReason.TOO_SHORT.code(),
          words + " words after cleaning, fewer than ingest.minWords=" + minWords);
    }
    String notProse = EnglishDetector.whyNotProse(text.text(), wordSpans);
    if (notProse != null) return reject(raw, locator, a, RejectReason.TABULAR.code(), notProse);
    String notEnglish = EnglishDetector.whyNotEnglish(text.text(), wordSpans);
    if (notEnglish != null) return reject(raw, locator, a, RejectReason.NOT_ENGLISH.code(), notEnglish);
    if (a.getDate() != null && ((from != null && a.getDate().isBefore(from)) || (to != null && a.getDate().isAfter(to)))) {
      return reject(raw, locator, a, RejectReason.OUTSIDE_DATE_RANGE.code(), "dated " + a.getDate() + ", outside " + range());
    }
    String fingerprint = Hashing.sha256Hex(Tokens.fingerprintForm(text.text(), wordSpans));
    int[] signature = minHasher == null ? null : minHasher.signature(text.text(), wordSpans);
    return AnalysedArticle.article(raw.getPath(), locator, raw.getPosition(), a, text, fingerprint, signature);
  }

  /** The source column: the file, and for files of many records the record's id or position. */
  static String sourceOf(RawRecord raw) {
    String id = blankToNull(raw.getRecordId());
    if (id != null) return raw.getPath() + "#" + id;
    String loc = raw.getLocator();
    return loc == null || loc.isEmpty() ? raw.getPath() : raw.getPath() + ":" + loc;
  }

  private static DateFinder.Found datedByField(String value) {
    LocalDate d = DateParser.parseField(value);
    return d == null ? null : new DateFinder.Found(d, DateFinder.FIELD);
  }

  private String range() {
    return (from == null ? "" : from.toString()) + ".." + (to == null ? "" : to.toString());
  }

  /** A reject: the rejects table names the file, and the record's own id when it has one. */
  private static AnalysedArticle reject(RawRecord raw, String locator, ArticleRow asFarAsCleaned, String reason, String detail) {
    RejectRow r = new RejectRow();
    r.setSource(raw.getRecordId() != null ? raw.getPath() + "#" + raw.getRecordId() : raw.getPath());
    r.setLocator(locator);
    r.setReason(reason);
    r.setDetail(detail);
    return AnalysedArticle.rejected(raw.getPath(), locator, raw.getPosition(), asFarAsCleaned, r);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
