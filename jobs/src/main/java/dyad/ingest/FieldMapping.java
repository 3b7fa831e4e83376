package dyad.ingest;

import dyad.core.IngestConfig;
import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which field of a record holds the id, date, title, text, url and source: the first configured
 * candidate name present, compared case-insensitively. Resolved once per CSV header or Parquet
 * schema, per object for JSON (whose keys may differ line to line).
 */
public final class FieldMapping implements Serializable {
  private static final long serialVersionUID = 1L;
  private final IngestConfig.Columns columns;

  public FieldMapping(IngestConfig.Columns columns) {
    this.columns = columns;
  }

  /** Field name as it appears in {@code available}, per logical field; absent when none matches. */
  public Resolved resolve(Collection<String> available) {
    Map<String, String> byLower = new HashMap<>();
    for (String a : available) byLower.putIfAbsent(a.toLowerCase(Locale.ROOT), a);
    return new Resolved(
        pick(columns.id(), byLower), pick(columns.date(), byLower), pick(columns.title(), byLower),
        pick(columns.text(), byLower), pick(columns.url(), byLower), pick(columns.source(), byLower));
  }

  private static String pick(List<String> candidates, Map<String, String> byLower) {
    if (candidates == null) return null;
    for (String c : candidates) {
      String hit = byLower.get(c.toLowerCase(Locale.ROOT));
      if (hit != null) return hit;
    }
    return null;
  }

  /** The actual field names; null where the record has none. */
  public record Resolved(String id, String date, String title, String text, String url, String source) {
    /** Copies the mapped values into a raw record; {@code get} returns a field's value or null. */
    public void fill(RawRecord r, java.util.function.Function<String, String> get) {
      r.setRecordId(get(id, get));
      r.setDate(get(date, get));
      r.setTitle(get(title, get));
      r.setText(get(text, get));
      r.setUrl(get(url, get));
      r.setPublisher(get(source, get));
    }

    private static String get(String field, java.util.function.Function<String, String> get) {
      return field == null ? null : get.apply(field);
    }
  }
}
