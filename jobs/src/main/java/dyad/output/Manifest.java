package dyad.output;

import com.fasterxml.jackson.databind.JsonNode;
import dyad.core.DyadConfig;
import dyad.core.OutputConfig.TableFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * An output's {@code _manifest.json} as a later run reads it: how its tables are stored, which
 * version of each Delta table is the committed one, and the batches appended so far. Immutable.
 */
public final class Manifest {
  private final String dir;
  private final JsonNode root;

  private Manifest(String dir, JsonNode root) {
    this.dir = dir;
    this.root = root;
  }

  /** The manifest of the output {@code dir}, or null when it has none. */
  public static Manifest read(Configuration conf, String dir) {
    Path p = new Path(dir, RunOutput.MANIFEST);
    try {
      FileSystem fs = p.getFileSystem(conf);
      if (!fs.exists(p)) return null;
      try (InputStream in = fs.open(p)) {
        return new Manifest(dir, DyadConfig.mapper().readTree(in));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
    }
  }

  public String dir() {
    return dir;
  }

  /** The tables' format; outputs written before formats existed are Parquet. */
  public TableFormat tableFormat() {
    JsonNode f = root.get("table_format");
    return f == null || f.isNull() ? TableFormat.PARQUET : TableFormat.of(f.asText());
  }

  public List<String> stages() {
    List<String> out = new ArrayList<>();
    root.path("stages").forEach(n -> out.add(n.asText()));
    return out;
  }

  /** Whether the output keeps its per-article pass (the {@code _corpus} directory), so batches can be appended. */
  public boolean appendable() {
    return root.path("corpus").path("batches").asInt(0) > 0;
  }

  /** Batches in the output: 1 after the first run. */
  public int batches() {
    return root.path("corpus").path("batches").asInt(0);
  }

  /** Each batch's entry, oldest first. */
  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> batchEntries() {
    List<Map<String, Object>> out = new ArrayList<>();
    root.path("batches").forEach(n -> out.add(DyadConfig.mapper().convertValue(n, LinkedHashMap.class)));
    return out;
  }

  /** The effective config of the output (that of its latest batch), as a map. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> config() {
    return DyadConfig.mapper().convertValue(root.path("config"), LinkedHashMap.class);
  }

  /** The rows the manifest counts for {@code table}, 0 when it has none. */
  public long rows(String table) {
    return root.path("tables").path(table).path("rows").asLong(0);
  }

  /** The tables the output holds. */
  public List<String> tables() {
    List<String> out = new ArrayList<>();
    root.path("tables").fieldNames().forEachRemaining(out::add);
    return out;
  }

  /** The committed version of a Delta table, or -1 (a Parquet table, or none). */
  public long version(String table) {
    return root.path("tables").path(table).path("version").asLong(-1);
  }

  /** The Parquet files of a Delta table's committed snapshot, relative to the output. */
  public List<String> files(String table) {
    List<String> out = new ArrayList<>();
    root.path("tables").path(table).path("files").forEach(n -> out.add(n.asText()));
    return out;
  }

  /** The output's totals, as its tables hold them: records, articles, duplicates and rejects. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> counts() {
    return DyadConfig.mapper().convertValue(root.path("counts"), LinkedHashMap.class);
  }
}
