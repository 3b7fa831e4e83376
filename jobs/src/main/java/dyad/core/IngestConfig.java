package dyad.core;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Parameters of the ingest stage. Each is declared once here, with its doc and default. */
public class IngestConfig implements Serializable {
  private static final long serialVersionUID = 1L;

  @JsonPropertyDescription("Input format: auto (by each file's extension: .txt/.text/other -> text, "
      + ".jsonl/.ndjson/.json -> jsonl, .csv -> csv, .parquet -> parquet; .gz allowed), text, jsonl, csv or parquet.")
  public String format = "auto";

  @JsonPropertyDescription("Field names to read from JSON, CSV and Parquet records: for each of id, date, "
      + "title, text, url and source, a list of candidate names tried in order, case-insensitively.")
  public Columns columns = new Columns();

  @JsonPropertyDescription("Keep only articles dated on or after this day (YYYY-MM-DD); undated articles are kept.")
  public String from;

  @JsonPropertyDescription("Keep only articles dated on or before this day (YYYY-MM-DD); undated articles are kept.")
  public String to;

  @JsonPropertyDescription("Articles with fewer words than this after cleaning are rejected as too_short.")
  public int minWords = 10;

  @JsonPropertyDescription("Records (a text file, a JSON line, a CSV row) larger than this many bytes are rejected as too_large.")
  public long maxRecordBytes = 8L * 1024 * 1024;

  @JsonPropertyDescription("Largest byte range of one uncompressed JSON Lines file that one task reads. Larger files "
      + "are split so that every core reads; smaller ones are split into two ranges per core when over 1 MiB.")
  public long splitBytes = 64L * 1024 * 1024;

  @JsonPropertyDescription("Near-duplicate detection across the corpus.")
  public Dedup dedup = new Dedup();

  /** Candidate field names for each article field. */
  public static class Columns implements Serializable {
    private static final long serialVersionUID = 1L;
    public List<String> id = new ArrayList<>(List.of("id", "article_id", "doc_id", "newid", "uid"));
    public List<String> date = new ArrayList<>(List.of("date", "published", "published_at", "publish_date", "pubdate", "datetime", "timestamp", "time"));
    public List<String> title = new ArrayList<>(List.of("title", "headline", "heading"));
    public List<String> text = new ArrayList<>(List.of("text", "body", "content", "article", "story", "maintext"));
    public List<String> url = new ArrayList<>(List.of("url", "link", "uri"));
    public List<String> source = new ArrayList<>(List.of("source", "publisher", "outlet", "site", "source_name", "domain"));
  }

  /** MinHash LSH settings. */
  public static class Dedup implements Serializable {
    private static final long serialVersionUID = 1L;

    @JsonPropertyDescription("Jaccard similarity of word shingles at or above which two articles are near-duplicates (0..1].")
    public double threshold = 0.8;

    @JsonPropertyDescription("Words per shingle.")
    public int shingleWords = 5;

    @JsonPropertyDescription("LSH bands: articles that agree on all rows of any band are compared. "
        + "With 20 bands of 5 rows a pair at Jaccard 0.8 is found with probability 0.9996, one at 0.3 compared with 0.047.")
    public int bands = 20;

    @JsonPropertyDescription("MinHash values per LSH band; bands x rows values make the signature.")
    public int rows = 5;

    @JsonPropertyDescription("Seed of the MinHash functions (fixed, so runs are reproducible).")
    public long seed = 20210419L;

    @JsonPropertyDescription("Set to false to detect exact duplicates only.")
    public boolean near = true;
  }
}
