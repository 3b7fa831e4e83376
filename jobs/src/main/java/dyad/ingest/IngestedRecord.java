package dyad.ingest;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A record after cleaning: an article candidate (kind "article") or a reject (kind "reject") with
 * its reason. A Java bean so Spark can encode it; the job selects the public table columns from it.
 */
public class IngestedRecord implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final String ARTICLE = "article";
  public static final String REJECT = "reject";

  private String kind;
  private String articleId;
  private String source;
  private String path;
  private String locator;
  private long position; // line, row or item number; 0 for a whole file
  private String recordId;
  private String url;
  private String publisher;
  private LocalDate date;
  private String dateSource;
  private String period;
  private String title;
  private String text;
  private List<String> paragraphs;
  private int words;
  private int repeatedParagraphs;
  private int removedParagraphs;
  private String fingerprint;
  private String reason;
  private String detail;

  public IngestedRecord() {}

  public String getKind() { return kind; }
  public void setKind(String v) { kind = v; }
  public String getArticleId() { return articleId; }
  public void setArticleId(String v) { articleId = v; }
  public String getSource() { return source; }
  public void setSource(String v) { source = v; }
  public String getPath() { return path; }
  public void setPath(String v) { path = v; }
  public long getPosition() { return position; }
  public void setPosition(long v) { position = v; }
  public String getLocator() { return locator; }
  public void setLocator(String v) { locator = v; }
  public String getRecordId() { return recordId; }
  public void setRecordId(String v) { recordId = v; }
  public String getUrl() { return url; }
  public void setUrl(String v) { url = v; }
  public String getPublisher() { return publisher; }
  public void setPublisher(String v) { publisher = v; }
  public LocalDate getDate() { return date; }
  public void setDate(LocalDate v) { date = v; }
  public String getDateSource() { return dateSource; }
  public void setDateSource(String v) { dateSource = v; }
  public String getPeriod() { return period; }
  public void setPeriod(String v) { period = v; }
  public String getTitle() { return title; }
  public void setTitle(String v) { title = v; }
  public String getText() { return text; }
  public void setText(String v) { text = v; }
  public List<String> getParagraphs() { return paragraphs; }
  public void setParagraphs(List<String> v) { paragraphs = v; }
  public int getWords() { return words; }
  public void setWords(int v) { words = v; }
  public int getRepeatedParagraphs() { return repeatedParagraphs; }
  public void setRepeatedParagraphs(int v) { repeatedParagraphs = v; }
  public int getRemovedParagraphs() { return removedParagraphs; }
  public void setRemovedParagraphs(int v) { removedParagraphs = v; }
  public String getFingerprint() { return fingerprint; }
  public void setFingerprint(String v) { fingerprint = v; }
  public String getReason() { return reason; }
  public void setReason(String v) { reason = v; }
  public String getDetail() { return detail; }
  public void setDetail(String v) { detail = v; }
}
