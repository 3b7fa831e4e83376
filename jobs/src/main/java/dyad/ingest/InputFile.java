package dyad.ingest;

import java.io.Serializable;

/** One input file found under --input, with the format it will be read as. */
public record InputFile(String uri, String relPath, long size, Format format) implements Serializable {

  /** How a file is read. */
  public enum Format {
    TEXT, JSONL, CSV, PARQUET;

    public static Format of(String name) {
      return valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }

    /** The format a file's extension names; anything unknown is read as text (and rejected if binary). */
    public static Format byExtension(String fileName) {
      String n = fileName.toLowerCase(java.util.Locale.ROOT);
      if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
      if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) return JSONL;
      if (n.endsWith(".csv")) return CSV;
      if (n.endsWith(".parquet")) return PARQUET;
      return TEXT;
    }
  }
}
