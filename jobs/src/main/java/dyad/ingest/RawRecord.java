package dyad.ingest;

import java.io.Serializable;

/**
 * One input record as read, before cleaning: the fields a reader found, or the reason it could not
 * read the record. A Java bean so Spark can encode it.
 */
public class RawRecord implements Serializable {
  private static final long serialVersionUID = 1L;

  private String path; // relative to the input root
  private String locator; // where in the file: "" for a whole file, "line 12", "row 3", "item 4"
  private long position; // line, row or item number; 0 for a whole file
  private String recordId;
  private String date;
  private String title;
  private String text;
  private String url;
  private String publisher;
  private String rejectReason;
  private String rejectDetail;

  public RawRecord() {}

  public static RawRecord of(String path, String unit, long position) {
    RawRecord r = new RawRecord();
    r.path = path;
    r.position = position;
    r.locator = position == 0 ? "" : unit + " " + position;
    return r;
  }

  public static RawRecord rejected(String path, String unit, long position, RejectReason reason, String detail) {
    RawRecord r = of(path, unit, position);
    r.rejectReason = reason.code();
    r.rejectDetail = detail;
    return r;
  }

  public String getPath() { return path; }
  public void setPath(String v) { path = v; }
  public long getPosition() { return position; }
  public void setPosition(long v) { position = v; }
  public String getLocator() { return locator; }
  public void setLocator(String v) { locator = v; }
  public String getRecordId() { return recordId; }
  public void setRecordId(String v) { recordId = v; }
  public String getDate() { return date; }
  public void setDate(String v) { date = v; }
  public String getTitle() { return title; }
  public void setTitle(String v) { title = v; }
  public String getText() { return text; }
  public void setText(String v) { text = v; }
  public String getUrl() { return url; }
  public void setUrl(String v) { url = v; }
  public String getPublisher() { return publisher; }
  public void setPublisher(String v) { publisher = v; }
  public String getRejectReason() { return rejectReason; }
  public void setRejectReason(String v) { rejectReason = v; }
  public String getRejectDetail() { return rejectDetail; }
  public void setRejectDetail(String v) { rejectDetail = v; }
}
