package dyad.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.core.DyadConfig;
import dyad.core.OutputConfig.TableFormat;
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
 *
 * <p>It also keeps the per-article pass's rows ({@code _corpus/batch=N}), so that a later run can
 * append a batch ({@link #append}): only the new records go through the pass, and the per-article
 * tables of earlier batches are not rewritten. With Parquet tables the earlier files are hard-linked
 * into the staging directory (copied where the file system has no links) and the whole output is
 * renamed into place as for a first run. With Delta tables each table takes one commit in place
 * (appended rows, or an aggregate overwritten) and the manifest, written last, names the committed
 * version of each: a reader that goes by the manifest sees the previous batch until it is replaced,
 * and the next append first restores any table a killed append left ahead of it.
 */
public final class RunOutput implements AutoCloseable {
  public static final String MANIFEST = "_manifest.json";
  /** The per-article pass's rows of every batch, for appends: {@code _corpus/batch=N}. */
  public static final String CORPUS = "_corpus";
  private static final String BATCH = Tables.BATCH;
  private static final String SCRATCH = "_scratch";

  private final FileSystem fs;
  private final Path target;
  private final Path staging;
  private final TableFormat format;
  /** The output as it was before this run, when this run appends to it; else null. */
  private final Manifest previous;
  private final int batch;
  private final java.util.Set<String> written = new java.util.HashSet<>();
  /** Per-article tables this run rewrites whole in an append (their earlier rows changed). */
  private final java.util.Set<String> replaced = new java.util.HashSet<>();
  /** Each table's committed Delta version and snapshot files, for the manifest. */
  private final Map<String, Map<String, Object>> stored = new java.util.LinkedHashMap<>();
  /** Files per table of aggregates, from the size of the corpus: one up to 250,000 articles. */
  private int aggregateFiles = 1;
  private boolean committed;

  private RunOutput(FileSystem fs, Path target, Path staging, TableFormat format, Manifest previous) {
    this.fs = fs;
    this.target = target;
    this.staging = staging;
    this.format = format;
    this.previous = previous;
    this.batch = previous == null ? 1 : previous.batches() + 1;
  }

  /**
   * Checks up front that the output may be written (so a long run never fails at its end for it),
   * and opens a staging directory beside it.
   */
  public static RunOutput open(SparkSession spark, String output, String input, boolean overwrite, TableFormat format) {
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
      return new RunOutput(fs, target, staging, format, null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare output " + output + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens the output {@code previous} describes for appending a batch to it. Parquet: the earlier
   * batches' per-article files are linked into a staging directory that replaces the output at the
   * commit. Delta: any table a killed append left past its committed version is restored to it first.
   */
  public static RunOutput append(SparkSession spark, Manifest previous, String input) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    try {
      Path target = new Path(previous.dir());
      FileSystem fs = target.getFileSystem(conf);
      target = fs.makeQualified(target);
      if (input != null && isSameOrAncestor(target, fs.makeQualified(new Path(input)))) {
        throw new IllegalArgumentException("--output " + previous.dir() + " contains the input " + input + "; choose another input");
      }
      Path staging = new Path(target.getParent(), "." + target.getName() + ".dyad-tmp-" + UUID.randomUUID());
      fs.mkdirs(staging);
      RunOutput o = new RunOutput(fs, target, staging, previous.tableFormat(), previous);
      if (o.format == TableFormat.PARQUET) {
        for (String t : previous.tables()) {
          Tables.Table table = Tables.ALL.get(t);
          if (table != null && Tables.PER_ARTICLE.contains(table)) o.link(new Path(target, t), new Path(staging, t));
        }
        for (int b = 1; b < o.batch; b++) o.link(o.batchDir(target, b), o.batchDir(staging, b));
      } else {
        o.restoreCommitted(spark);
        Path orphan = o.batchDir(target, o.batch);
        if (fs.exists(orphan)) fs.delete(orphan, true); // a killed append's pass
      }
      return o;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare output " + previous.dir() + " for an append: " + e.getMessage(), e);
    }
  }

  /** Delta: a table whose latest version is past the manifest's (a killed append) is restored to the committed one. */
  private void restoreCommitted(SparkSession spark) {
    for (String t : previous.tables()) {
      long committed = previous.version(t);
      if (committed < 0) continue;
      String path = new Path(target, t).toString();
      long latest;
      try {
        latest = DeltaLogFiles.latestVersion(fs, new Path(target, t));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the log of " + path + ": " + e.getMessage(), e);
      }
      if (latest > committed) {
        spark.sql("RESTORE TABLE delta.`" + path.replace("`", "``") + "` TO VERSION AS OF " + committed);
      }
    }
  }

  /** The files of directory {@code from} (not its hidden ones), hard-linked into {@code to}, or copied. */
  private void link(Path from, Path to) throws IOException {
    if (!fs.exists(from)) return;
    fs.mkdirs(to);
    for (FileStatus f : fs.listStatus(from)) {
      String name = f.getPath().getName();
      if (name.startsWith("_") || name.startsWith(".")) continue;
      Path dest = new Path(to, name);
      if (f.isDirectory()) {
        link(f.getPath(), dest);
      } else if (local()) {
        java.nio.file.Files.createLink(java.nio.file.Paths.get(dest.toUri()), java.nio.file.Paths.get(f.getPath().toUri()));
      } else if (!org.apache.hadoop.fs.FileUtil.copy(fs, f.getPath(), fs, dest, false, fs.getConf())) {
        throw new IOException("could not copy " + f.getPath() + " to " + dest);
      }
    }
  }

  private Path batchDir(Path root, int b) {
    return new Path(new Path(root, CORPUS), BATCH + "=" + b);
  }

  /** This run's batch: 1 for a first run. */
  public int batch() {
    return batch;
  }

  /** Whether this run appends a batch to an existing output. */
  public boolean appending() {
    return previous != null;
  }

  /**
   * Where this run writes its tables and pass: in place for a Delta append (each table commits on
   * its own), else the staging directory renamed into place at the commit.
   */
  private Path root() {
    return appending() && format == TableFormat.DELTA ? target : staging;
  }

  /** Whether the output is on the local file system, which has hard links and atomic replacing renames. */
  private boolean local() {
    return fs instanceof org.apache.hadoop.fs.LocalFileSystem || fs instanceof org.apache.hadoop.fs.RawLocalFileSystem;
  }

  /** Where the per-article pass writes this batch's rows. */
  public String corpusBatch() {
    return batchDir(root(), batch).toString();
  }

  /** The pass's rows of every batch, this one included, each with its {@link #BATCH}. */
  public Dataset<Row> corpus(SparkSession spark, org.apache.spark.sql.types.StructType schema) {
    Path root = root();
    String[] dirs = new String[batch];
    for (int b = 1; b <= batch; b++) dirs[b - 1] = batchDir(root, b).toString();
    return spark.read().schema(schema.add(BATCH, org.apache.spark.sql.types.DataTypes.IntegerType))
        .option("basePath", new Path(root, CORPUS).toString()).parquet(dirs);
  }

  /**
   * In an append, a per-article table's earlier rows are kept as they are and only this batch's are
   * written; a stage whose earlier rows changed (topics refitted) rewrites the table whole.
   */
  public void replace(Tables.Table table) {
    if (appending()) replaced.add(table.name());
  }

  /** Whether this run adds rows to {@code table} rather than writing it whole. */
  private boolean adds(Tables.Table table) {
    return appending() && Tables.PER_ARTICLE.contains(table) && !replaced.contains(table.name());
  }

  /** The rows {@code table} holds after this run, given those it wrote. */
  public long rows(Tables.Table table, long written) {
    return adds(table) ? previous.rows(table.name()) + written : written;
  }

  /** Each table's committed Delta version and snapshot files, for the manifest (empty for Parquet). */
  public Map<String, Object> stored(String table) {
    return stored.getOrDefault(table, Map.of());
  }

  /**
   * Repairs what a run killed inside {@link #commit} can leave: the previous output moved aside and
   * the new one not yet in its place (it is moved back), or both in place (the aside copy is
   * removed). Returns what it did, or null when nothing needed doing.
   */
  public static String recover(Configuration conf, String output) {
    try {
      Path target = new Path(output);
      FileSystem fs = target.getFileSystem(conf);
      target = fs.makeQualified(target);
      Path parent = target.getParent();
      if (parent == null || !fs.exists(parent)) return null;
      FileStatus[] aside = fs.globStatus(new Path(parent, "." + target.getName() + ".dyad-old-*"));
      if (aside == null || aside.length == 0) return null;
      if (!fs.exists(target) && aside.length == 1) {
        if (!fs.rename(aside[0].getPath(), target)) throw new IOException("could not move " + aside[0].getPath() + " back");
        return "a run was killed while it replaced " + output + ": the previous output is back in place";
      }
      if (fs.exists(target)) {
        for (FileStatus a : aside) fs.delete(a.getPath(), true);
        return "removed the previous copy of " + output + " that a run killed after its commit left";
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot check " + output + ": " + e.getMessage(), e);
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
    try {
      return writeTable(table, df, metrics);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + table.name() + ": " + e.getMessage(), e);
    }
  }

  private Map<String, Object> writeTable(Tables.Table table, Dataset<?> df, Column... metrics) throws IOException {
    if (adds(table)) {
      if (!java.util.List.of(df.columns()).contains(BATCH)) {
        throw new IllegalStateException("table " + table.name() + ": an append needs the " + BATCH + " column of its rows");
      }
      df = df.toDF().filter(functions.col(BATCH).equalTo(batch));
    }
    // The metrics may read the batch of each row (a table written whole counts this batch's part too).
    boolean batched = java.util.List.of(df.columns()).contains(BATCH);
    Dataset<Row> conformed = batched ? table.conform(df, BATCH) : table.conform(df);
    Observation counted = new Observation(table.name());
    Column[] more = java.util.Arrays.copyOf(metrics, metrics.length);
    Dataset<Row> observed = conformed.observe(counted, functions.count(functions.lit(1)).as("rows"), more);
    if (batched) observed = observed.drop(BATCH);
    Column[] key = table.sortKey().stream().map(functions::col).toArray(Column[]::new);
    Dataset<Row> laid = Tables.PER_ARTICLE.contains(table) ? observed
        : observed.repartition(aggregateFiles, key).sortWithinPartitions(key);
    if (format == TableFormat.PARQUET) {
      // A per-article table written whole in an append: its earlier files were linked in at the start.
      if (appending() && replaced.contains(table.name())) fs.delete(new Path(staging, table.name()), true);
      laid.write().mode(adds(table) ? SaveMode.Append : SaveMode.ErrorIfExists).parquet(new Path(staging, table.name()).toString());
    } else {
      Path dir = new Path(root(), table.name());
      laid.write().format("delta").mode(!appending() ? SaveMode.ErrorIfExists : adds(table) ? SaveMode.Append : SaveMode.Overwrite)
          .save(dir.toString());
      storedSnapshot(table.name(), dir);
    }
    written.add(table.name());
    return dyad.core.SparkSessions.observed(counted);
  }

  /**
   * A Delta table's version just written and its snapshot's files, relative to the output, for the
   * manifest: the files of the previous committed version with each later commit applied.
   */
  private void storedSnapshot(String name, Path dir) throws IOException {
    long version = DeltaLogFiles.latestVersion(fs, dir);
    long from = appending() ? previous.version(name) : -1;
    java.util.List<String> before = new java.util.ArrayList<>();
    if (from >= 0) for (String f : previous.files(name)) before.add(f.substring(name.length() + 1));
    java.util.List<String> files = new java.util.ArrayList<>();
    for (String f : DeltaLogFiles.files(fs, dir, from, before, version)) files.add(name + "/" + f);
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("version", version);
    m.put("files", files);
    stored.put(name, m);
  }

  /** Sizes the files of the tables of aggregates for a corpus of {@code articles}. */
  public void expect(long articles) {
    aggregateFiles = (int) Math.max(1, Math.min(200, (articles + ARTICLES_PER_FILE - 1) / ARTICLES_PER_FILE));
  }

  static final long ARTICLES_PER_FILE = 250_000;

  /** A table this run has written, read back; null when it has not written it. */
  public Dataset<Row> written(SparkSession spark, Tables.Table table) {
    if (!written.contains(table.name())) return null;
    if (format == TableFormat.PARQUET) return spark.read().schema(table.schema()).parquet(new Path(staging, table.name()).toString());
    return spark.read().format("delta").option("versionAsOf", (Long) stored.get(table.name()).get("version"))
        .load(new Path(root(), table.name()).toString());
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
    Manifest m = Manifest.read(spark.sparkContext().hadoopConfiguration(), dir);
    if (m != null && m.tableFormat() == TableFormat.DELTA && m.version(table.name()) >= 0) {
      // The committed version, not the latest: a killed append may have left a table past it.
      return spark.read().format("delta").option("versionAsOf", m.version(table.name())).load(new Path(dir, table.name()).toString());
    }
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
    manifest.put("table_format", format.toString());
    // Locally without Hadoop's checksum file: an append replaces the manifest by one rename, which
    // would leave the previous manifest's checksum beside the new one.
    FileSystem raw = fs instanceof org.apache.hadoop.fs.LocalFileSystem l ? l.getRaw() : fs;
    try (OutputStream out = raw.create(new Path(staging, MANIFEST), false)) {
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
    if (appending() && format == TableFormat.DELTA) {
      commitInPlace();
      return;
    }
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

  /**
   * A Delta append: the tables are committed already; the files and the model written to staging
   * replace their previous copies, and the manifest, replaced last and in one rename, makes the batch
   * the output's.
   */
  private void commitInPlace() {
    try {
      fs.delete(new Path(staging, SCRATCH), true);
      for (FileStatus f : fs.listStatus(staging)) {
        String name = f.getPath().getName();
        if (name.equals(MANIFEST)) continue;
        Path dest = new Path(target, name);
        Path old = new Path(staging, ".old-" + name);
        if (fs.exists(dest) && !fs.rename(dest, old)) throw new IOException("could not move " + dest + " aside");
        if (!fs.rename(f.getPath(), dest)) throw new IOException("could not move " + f.getPath() + " to " + dest);
      }
      Path manifest = new Path(target, MANIFEST);
      if (local()) {
        // A checksum an older dyad wrote would no longer match (a missing one is not checked).
        java.nio.file.Files.deleteIfExists(java.nio.file.Paths.get(new Path(target, "." + MANIFEST + ".crc").toUri()));
        java.nio.file.Files.move(java.nio.file.Paths.get(new Path(staging, MANIFEST).toUri()), java.nio.file.Paths.get(manifest.toUri()),
            java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      } else {
        org.apache.hadoop.fs.FileContext.getFileContext(fs.getUri(), fs.getConf())
            .rename(new Path(staging, MANIFEST), manifest, org.apache.hadoop.fs.Options.Rename.OVERWRITE);
      }
      committed = true;
      fs.delete(staging, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the append to " + target + ": " + e.getMessage(), e);
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
