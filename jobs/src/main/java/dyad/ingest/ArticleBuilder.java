package dyad.ingest;

import dyad.core.DyadConfig;
import dyad.core.Hashing;
import dyad.core.IngestConfig;
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
 * Turns one raw record into an article candidate or a reject: normalise, split paragraphs, date,
 * clean, check language and length, fingerprint. Plain Java; Spark maps it over the records.
 */
public final class ArticleBuilder implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int minWords;
  private final LocalDate from;
  private final LocalDate to;
  private transient CleaningChain chain;

  public ArticleBuilder(IngestConfig cfg) {
    this.minWords = cfg.minWords;
    this.from = DyadConfig.parseDay("ingest.from", cfg.from);
    this.to = DyadConfig.parseDay("ingest.to", cfg.to);
  }

  private CleaningChain chain() {
    if (chain == null) chain = CleaningChain.standard();
    return chain;
  }

  public IngestedRecord build(RawRecord raw) {
    IngestedRecord r = new IngestedRecord();
    r.setPath(raw.getPath());
    r.setLocator(raw.getLocator() == null ? "" : raw.getLocator());
    r.setPosition(raw.getPosition());
    r.setRecordId(raw.getRecordId());
    r.setSource(sourceOf(raw));
    r.setArticleId(Hashing.shortId(r.getSource()));
    r.setUrl(blankToNull(raw.getUrl()));
    r.setPublisher(blankToNull(raw.getPublisher()));
    if (raw.getRejectReason() != null) {
      return reject(r, raw.getRejectReason(), raw.getRejectDetail());
    }
    if (raw.getText() == null) {
      return reject(r, RejectReason.MISSING_TEXT.code(), "no text field in the record");
    }

    List<String> paragraphs = ParagraphSplitter.split(UnicodeNormalizer.normalize(raw.getText()));
    DateFinder.Found dated = datedByField(raw.getDate());
    DateFinder.Found inText = DateFinder.inText(paragraphs); // also cuts a "date ..." prefix
    if (dated == null) dated = inText;
    if (dated == null) dated = DateFinder.inPath(raw.getPath());

    Draft d = new Draft(paragraphs);
    String title = blankToNull(UnicodeNormalizer.normalize(raw.getTitle()));
    if (title != null) d.setTitle(title.strip().replaceAll("\\s+", " "));
    chain().apply(d);

    String text = d.text();
    // Split once: the word count, the prose and language checks and the fingerprint all read it.
    List<String> wordList = Tokens.words(text);
    int words = wordList.size();
    r.setTitle(d.title());
    r.setText(text);
    r.setParagraphs(d.paragraphs());
    r.setWords(words);
    r.setRepeatedParagraphs(d.removedBy("repeated_paragraph"));
    int removed = 0;
    for (var e : d.removed().entrySet()) removed += e.getKey().equals("repeated_paragraph") ? 0 : e.getValue();
    r.setRemovedParagraphs(removed);
    if (dated != null) {
      r.setDate(dated.date());
      r.setDateSource(dated.source());
      r.setPeriod(dated.date().toString().substring(0, 7));
    } else {
      r.setDateSource(DateFinder.NONE);
    }

    if (words == 0) return reject(r, RejectReason.EMPTY.code(), "no words left after removing boilerplate");
    if (words < minWords) {
      return reject(r, RejectReason.TOO_SHORT.code(), words + " words after cleaning, fewer than ingest.minWords=" + minWords);
    }
    String notProse = EnglishDetector.whyNotProse(wordList);
    if (notProse != null) return reject(r, RejectReason.TABULAR.code(), notProse);
    String notEnglish = EnglishDetector.whyNotEnglish(text, wordList);
    if (notEnglish != null) return reject(r, RejectReason.NOT_ENGLISH.code(), notEnglish);
    if (r.getDate() != null && ((from != null && r.getDate().isBefore(from)) || (to != null && r.getDate().isAfter(to)))) {
      return reject(r, RejectReason.OUTSIDE_DATE_RANGE.code(), "dated " + r.getDate() + ", outside " + range());
    }
    r.setKind(IngestedRecord.ARTICLE);
    r.setFingerprint(Hashing.sha256Hex(Tokens.fingerprintForm(wordList)));
    return r;
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

  private static IngestedRecord reject(IngestedRecord r, String reason, String detail) {
    r.setKind(IngestedRecord.REJECT);
    r.setReason(reason);
    r.setDetail(detail);
    return r;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
