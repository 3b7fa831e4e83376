package dyad.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Parameters of the ingest stage, each declared once: its doc and default on the component, its
 * check in the constructor. Immutable; {@link DyadConfig#load} fills in the defaults of what a
 * config file leaves out.
 */
public record IngestConfig(
    @JsonProperty(defaultValue = "\"auto\"")
    @JsonPropertyDescription("Input format: auto (by each file's extension: .txt/.text/other -> text, "
        + ".jsonl/.ndjson/.json -> jsonl, .csv -> csv, .parquet -> parquet; .gz allowed), text, jsonl, csv or parquet.")
    Format format,

    @JsonProperty(defaultValue = "{}")
    @JsonPropertyDescription("Field names to read from JSON, CSV and Parquet records: for each of id, date, "
        + "title, text, url and source, a list of candidate names tried in order, case-insensitively.")
    Columns columns,

    @JsonPropertyDescription("Keep only articles dated on or after this day (YYYY-MM-DD); undated articles are kept.")
    String from,

    @JsonPropertyDescription("Keep only articles dated on or before this day (YYYY-MM-DD); undated articles are kept.")
    String to,

    @JsonProperty(defaultValue = "10")
    @JsonPropertyDescription("Articles with fewer words than this after cleaning are rejected as too_short.")
    int minWords,

    @JsonProperty(defaultValue = "8388608")
    @JsonPropertyDescription("Records (a text file, a JSON line, a CSV row) larger than this many bytes are rejected as too_large.")
    long maxRecordBytes,

    @JsonProperty(defaultValue = "67108864")
    @JsonPropertyDescription("Largest byte range of one uncompressed JSON Lines file that one task reads. Larger files "
        + "are split so that every core reads; smaller ones are split into two ranges per core when over 1 MiB.")
    long splitBytes,

    @JsonProperty(defaultValue = "{}")
    @JsonPropertyDescription("Near-duplicate detection across the corpus.")
    Dedup dedup) implements Serializable {

  public IngestConfig {
    LocalDate first = Checks.day("ingest.from", from);
    LocalDate last = Checks.day("ingest.to", to);
    Checks.check(first == null || last == null || !first.isAfter(last), "ingest.from (" + first + ") is after ingest.to (" + last + ")");
    Checks.check(minWords >= 0, "ingest.minWords must be >= 0, got " + minWords);
    Checks.check(maxRecordBytes > 0, "ingest.maxRecordBytes must be > 0, got " + maxRecordBytes);
    Checks.check(splitBytes > 0, "ingest.splitBytes must be > 0, got " + splitBytes);
  }

  /** The defaults: what an empty config file gives. */
  public static IngestConfig defaults() {
    return DyadConfig.defaults().ingest();
  }

  /** The first day kept, or null. */
  @JsonIgnore
  public LocalDate fromDay() {
    return Checks.day("ingest.from", from);
  }

  /** The last day kept, or null. */
  @JsonIgnore
  public LocalDate toDay() {
    return Checks.day("ingest.to", to);
  }

  /** This config with the command line's --format, --from and --to over it (null keeps the file's value). */
  public IngestConfig with(Format format, String from, String to) {
    return new IngestConfig(format != null ? format : this.format, columns, from != null ? from : this.from,
        to != null ? to : this.to, minWords, maxRecordBytes, splitBytes, dedup);
  }

  /** How the input is read: by each file's extension, or one format for every file. */
  public enum Format {
    AUTO, TEXT, JSONL, CSV, PARQUET;

    @JsonValue
    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Candidate field names for each article field. */
  public record Columns(
      @JsonProperty(defaultValue = "[\"id\", \"article_id\", \"doc_id\", \"newid\", \"uid\"]") List<String> id,
      @JsonProperty(defaultValue = "[\"date\", \"published\", \"published_at\", \"publish_date\", \"pubdate\", \"datetime\", \"timestamp\", \"time\"]")
      List<String> date,
      @JsonProperty(defaultValue = "[\"title\", \"headline\", \"heading\"]") List<String> title,
      @JsonProperty(defaultValue = "[\"text\", \"body\", \"content\", \"article\", \"story\", \"maintext\"]") List<String> text,
      @JsonProperty(defaultValue = "[\"url\", \"link\", \"uri\"]") List<String> url,
      @JsonProperty(defaultValue = "[\"source\", \"publisher\", \"outlet\", \"site\", \"source_name\", \"domain\"]") List<String> source)
      implements Serializable {
    public Columns {
      Checks.check(text != null && !text.isEmpty(), "ingest.columns.text must name at least one field");
      id = List.copyOf(id);
      date = List.copyOf(date);
      title = List.copyOf(title);
      text = List.copyOf(text);
      url = List.copyOf(url);
      source = List.copyOf(source);
    }
  }

  /** MinHash LSH settings. */
  public record Dedup(
      @JsonProperty(defaultValue = "0.8")
      @JsonPropertyDescription("Jaccard similarity of word shingles at or above which two articles are near-duplicates (0..1].")
      double threshold,

      @JsonProperty(defaultValue = "5")
      @JsonPropertyDescription("Words per shingle.")
      int shingleWords,

      @JsonProperty(defaultValue = "20")
      @JsonPropertyDescription("LSH bands: articles that agree on all rows of any band are compared. "
          + "With 20 bands of 5 rows a pair at Jaccard 0.8 is found with probability 0.9996, one at 0.3 compared with 0.047.")
      int bands,

      @JsonProperty(defaultValue = "5")
      @JsonPropertyDescription("MinHash values per LSH band; bands x rows values make the signature.")
      int rows,

      @JsonProperty(defaultValue = "20210419")
      @JsonPropertyDescription("Seed of the MinHash functions (fixed, so runs are reproducible).")
      long seed,

      @JsonProperty(defaultValue = "true")
      @JsonPropertyDescription("Set to false to detect exact duplicates only.")
      boolean near) implements Serializable {
    public Dedup {
      Checks.check(threshold > 0 && threshold <= 1, "ingest.dedup.threshold must be in (0, 1], got " + threshold);
      Checks.check(shingleWords >= 1, "ingest.dedup.shingleWords must be >= 1, got " + shingleWords);
      Checks.check(bands >= 1, "ingest.dedup.bands must be >= 1, got " + bands);
      Checks.check(rows >= 1, "ingest.dedup.rows must be >= 1, got " + rows);
    }
  }
}
