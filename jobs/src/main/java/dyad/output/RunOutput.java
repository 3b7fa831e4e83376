package dyad.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.core.DyadConfig;
import dyad.schema.Tables;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Writes a run's tables atomically: everything goes to a hidden sibling directory first, and only
 * when every table and the manifest are written is it renamed into place. A failed or killed run
 * leaves the previous output as it was; an existing output is replaced only when asked to.
 */
public final class RunOutput implements AutoCloseable {
  public static final String MANIFEST = "_manifest.json";
  private static final String SCRATCH = "_scratch";

  private final FileSystem fs;
  private final Path target;
  private final Path staging;
  private final java.util.Set<String> written = new java.util.HashSet<>();
  /** Files per table of aggregates, from the size of the corpus: one up to 250,000 articles. */
  private int aggregateFiles = 1;
  private boolean committed;

  private RunOutput(FileSystem fs, Path target, Path staging) {
    this.fs = fs;
    this.target = target;
    this.staging = staging;
  }

  /**
   * Checks up front that the output may be written (so a long run never fails at its end for it),
   * and opens a staging directory beside it.
   */
  public static RunOutput open(SparkSession spark, String output, String input, boolean overwrite) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    try {
      Path target = new Path(output);
      FileSystem fs = target.getFileSystem(conf);
      target = fs.makeQualified(target);
      if (input != null) {
        Path in = fs.makeQualified(new Path(input));
        if (isSameOrAncestor(target, in)) {
          throw new IllegalArgumentException("--output " + output + " contains the input " + input + "; choose another output directory");
        }
      }
      if (fs.exists(target)) {
        FileStatus st = fs.getFileStatus(target);
        boolean empty = st.isDirectory() && fs.listStatus(target).length == 0;
        if (!st.isDirectory()) throw new IllegalArgumentException("--output " + output + " exists and is a file, not a directory");
        if (!empty && !overwrite) {
          throw new IllegalArgumentException("--output " + output + " already exists; pass --overwrite to replace it");
        }
      }
      Path parent = target.getParent();
      if (parent != null) fs.mkdirs(parent);
      Path staging = new Path(parent, "." + target.getName() + ".dyad-tmp-" + UUID.randomUUID());
      fs.mkdirs(staging);
      return new RunOutput(fs, target, staging);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare output " + output + ": " + e.getMessage(), e);
    }
  }

  private static boolean isSameOrAncestor(Path a, Path b) {
    for (Path p = b; p != null; p = p.getParent()) {
      if (p.equals(a)) return true;
    }
    return false;
  }

  /**
   * Conforms {@code df} to the table's schema and writes it, counting its rows as it writes (and any
   * further aggregate {@code metrics}, in the same pass): returns "rows" and each metric by name.
   * A table of aggregates is sorted by its key (one shuffle, into files sized by {@link #expect});
   * a per-article table is written as the pass left it, so no article's text is shuffled.
   */
  public Map<String, Object> write(Tables.Table table, Dataset<?> df, Column... metrics) {
    Dataset<Row> conformed = table.conform(df);
    Observation counted = new Observation(table.name());
    Column[] more = java.util.Arrays.copyOf(metrics, metrics.length);
    Dataset<Row> observed = conformed.observe(counted, functions.count(functions.lit(1)).as("rows"), more);
    Column[] key = table.sortKey().stream().map(functions::col).toArray(Column[]::new);
    Dataset<Row> laid = Tables.PER_ARTICLE.contains(table) ? observed
        : observed.repartition(aggregateFiles, key).sortWithinPartitions(key);
    laid.write().mode(SaveMode.ErrorIfExists).parquet(new Path(staging, table.name()).toString());
    written.add(table.name());
    return dyad.core.SparkSessions.observed(counted);
  }

  /** Sizes the files of the tables of aggregates for a corpus of {@code articles}. */
  public void expect(long articles) {
    aggregateFiles = (int) Math.max(1, Math.min(200, (articles + ARTICLES_PER_FILE - 1) / ARTICLES_PER_FILE));
  }

  static final long ARTICLES_PER_FILE = 250_000;

  /** A table this run has written, read back; null when it has not written it. */
  public Dataset<Row> written(SparkSession spark, Tables.Table table) {
    return written.contains(table.name()) ? spark.read().schema(table.schema()).parquet(new Path(staging, table.name()).toString()) : null;
  }

  /** Saves a fitted Spark ML model (the topic model) into the output, as {@code MLWritable.save} does. */
  public void writeModel(String name, org.apache.spark.ml.util.MLWritable model) {
    try {
      model.save(new Path(staging, name).toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + name + ": " + e.getMessage(), e);
    }
  }

  /** A table of a previous run's output, for a stage run alone or a report; a clear error when it is missing. */
  public static Dataset<Row> read(SparkSession spark, String dir, Tables.Table table) {
    Path path = new Path(dir, table.name());
    boolean exists;
    try {
      exists = path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
    if (!exists) {
      throw new IllegalArgumentException("--input " + dir + " has no " + table.name()
          + " table: give the output directory of a run (or of the stage that writes " + table.name() + ")");
    }
    return spark.read().parquet(path.toString());
  }

  /** Where the per-article pass and the stages keep intermediate results: inside the scratch directory. */
  public String scratch(String name) {
    return new Path(scratch(), name).toString();
  }

  /** Writes a file other than a table (a GraphML export) into the output. */
  public void writeFile(String name, String content) {
    try (OutputStream out = fs.create(new Path(staging, name), false)) {
      out.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + name + ": " + e.getMessage(), e);
    }
  }

  public void writeManifest(Map<String, Object> manifest) {
    try (OutputStream out = fs.create(new Path(staging, MANIFEST), false)) {
      ObjectMapper m = DyadConfig.mapper();
      m.writeValue(out, manifest);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the manifest: " + e.getMessage(), e);
    }
  }

  /**
   * A scratch directory inside the staging directory, on the output's file system (so it works on a
   * cluster as well as locally), for Spark's checkpoints; removed at commit.
   */
  public String scratch() {
    return new Path(staging, SCRATCH).toString();
  }

  /** Moves the staged output into place, replacing a previous one. */
  public void commit() {
    try {
      fs.delete(new Path(staging, SCRATCH), true);
      Path old = null;
      if (fs.exists(target)) {
        old = new Path(target.getParent(), "." + target.getName() + ".dyad-old-" + UUID.randomUUID());
        if (!fs.rename(target, old)) throw new IOException("could not move the previous output aside to " + old);
      }
      if (!fs.rename(staging, target)) {
        if (old != null) fs.rename(old, target);
        throw new IOException("could not rename " + staging + " to " + target);
      }
      committed = true;
      if (old != null) fs.delete(old, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit output " + target + ": " + e.getMessage(), e);
    }
  }

  public String path() {
    return target.toString();
  }

  /** Without a commit, the staged files are removed and the previous output is untouched. */
  @Override
  public void close() {
    if (committed) return;
    try {
      fs.delete(staging, true);
    } catch (IOException e) {
      // the staging directory is hidden; a later run is not affected by it
    }
  }
}
