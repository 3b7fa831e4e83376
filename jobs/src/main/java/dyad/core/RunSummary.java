package dyad.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run did, counted: records in, articles kept, duplicates, rejects by reason, rows per
 * table. Printed at the end of a run and written into the manifest.
 */
public final class RunSummary {
  public long records;
  public long articles;
  public long undated;
  public long duplicatesExact;
  public long duplicatesNear;
  public long rejects;
  public final Map<String, Long> rejectsByReason = new TreeMap<>();
  public final Map<String, Long> rowsByTable = new LinkedHashMap<>();
  public final Map<String, Long> inputFilesByFormat = new TreeMap<>();
  public String inputFingerprint;
  /** The input files and their sizes, one per line, when the run read a corpus (for the fingerprint). */
  public String inputListing;
  /** Per stage, figures beyond row counts that the manifest records (pairs pruned, settings used). */
  public final Map<String, Map<String, Object>> stageTotals = new LinkedHashMap<>();
  /**
   * In an append that changed the status of earlier batches' articles: their counts as they are now
   * (articles, undated_articles, duplicates, duplicates_exact, duplicates_near); null otherwise.
   */
  public Map<String, Long> earlierNow;
  /** Files other than tables written into the output (network.graphml). */
  public final java.util.List<String> files = new java.util.ArrayList<>();

  /** The input fingerprint: the file list, the records read and a hash of their clean content. */
  public void fingerprint(long contentHash) {
    if (inputListing != null) inputFingerprint = Hashing.sha256Hex(inputListing + "records=" + records + " content=" + contentHash);
  }

  public long duplicates() {
    return duplicatesExact + duplicatesNear;
  }

  /** The invariant every run keeps: each record is an article, a duplicate or a reject. */
  public boolean balanced() {
    return records == articles + duplicates() + rejects;
  }

  /**
   * Two counts maps ({@link #toMap}) added key by key: an output's totals over its batches. Nested
   * maps (rejects by reason) are added the same way.
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> sum(Map<String, Object> a, Map<String, Object> b) {
    Map<String, Object> out = new LinkedHashMap<>(a);
    b.forEach((k, v) -> {
      Object x = out.get(k);
      if (v instanceof Number n) out.put(k, (x instanceof Number m ? m.longValue() : 0L) + n.longValue());
      else if (v instanceof Map<?, ?> mv) {
        Map<String, Object> sub = new java.util.TreeMap<>(sum(x instanceof Map<?, ?> mx ? (Map<String, Object>) mx : Map.of(),
            (Map<String, Object>) mv));
        out.put(k, sub);
      } else out.put(k, v);
    });
    return out;
  }

  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("records", records);
    m.put("articles", articles);
    m.put("undated_articles", undated);
    m.put("duplicates", duplicates());
    m.put("duplicates_exact", duplicatesExact);
    m.put("duplicates_near", duplicatesNear);
    m.put("rejects", rejects);
    m.put("rejects_by_reason", rejectsByReason);
    return m;
  }
}
