package dyad.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import dyad.core.FaultInjection;
import dyad.core.Hashing;
import dyad.core.IngestConfig;
import dyad.core.Progress;
import dyad.core.RunSummary;
import dyad.core.SparkSessions;
import dyad.output.Tables;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;

/**
 * The ingest stage: input files to the {@code articles} and {@code rejects} tables. Reads every file
 * in the executors (a bad file becomes rejects, never a failed run), cleans and dates each record
 * with {@link ArticleBuilder}, rejects repeated record ids, and marks duplicates with
 * {@link Deduplicator}. Every record read ends up in exactly one of articles, duplicates, rejects.
 */
public final class IngestJob {
  public static final String STAGE = "ingest";

  /** The stage's two tables, conformed to {@link Tables} and persisted; counts go to the RunSummary. */
  public record Result(Dataset<Row> articles, Dataset<Row> rejects) {}

  private IngestJob() {}

  public static Result run(SparkSession spark, String input, IngestConfig cfg, Progress progress, RunSummary summary) {
    Configuration hadoopConf = spark.sparkContext().hadoopConfiguration();
    List<InputFile> files = InputLister.list(hadoopConf, input, cfg.format);
    for (InputFile f : files) summary.inputFilesByFormat.merge(f.format().name().toLowerCase(), 1L, Long::sum);
    progress.say(STAGE, files.size() + " input files " + summary.inputFilesByFormat + " under " + input);
    if (files.isEmpty()) throw new IllegalArgumentException("no input files under " + input);

    Dataset<RawRecord> raw = readRecords(spark, files, cfg);
    ArticleBuilder builder = new ArticleBuilder(cfg);
    Dataset<Row> built = snakeCase(raw.map((MapFunction<RawRecord, IngestedRecord>) builder::build, Encoders.bean(IngestedRecord.class)).toDF())
        .persist(StorageLevel.MEMORY_AND_DISK());

    progress.say(STAGE, "reading, cleaning and dating records");
    // A record id used twice in one file would give two articles one article_id: keep the first.
    Dataset<Row> numbered = built.filter(col("kind").equalTo(IngestedRecord.ARTICLE))
        .withColumn("id_rank", row_number().over(Window.partitionBy("article_id").orderBy("position")));
    Dataset<Row> candidates = numbered.filter(col("id_rank").equalTo(1)).drop("id_rank");
    Dataset<Row> idRejects = numbered.filter(col("id_rank").gt(1))
        .withColumn("reason", lit(RejectReason.DUPLICATE_ID.code()))
        .withColumn("detail", concat(lit("record id '"), col("record_id"), lit("' appears earlier in the same file")));

    progress.say(STAGE, "finding duplicates (exact, and near at Jaccard >= " + cfg.dedup.threshold + ")");
    Dataset<Row> dups = Deduplicator.find(spark, candidates, cfg.dedup);

    Dataset<Row> articles = SparkSessions.materialize(Tables.ARTICLES.conform(candidates.join(dups, "article_id", "left")));

    Column rejectSource = when(col("record_id").isNotNull(), concat(col("path"), lit("#"), col("record_id"))).otherwise(col("path"));
    Dataset<Row> rejects = SparkSessions.materialize(Tables.REJECTS.conform(built.filter(col("kind").equalTo(IngestedRecord.REJECT))
            .select(rejectSource.as("source"), col("locator"), col("reason"), col("detail"))
            .unionByName(idRejects.select(rejectSource.as("source"), col("locator"), col("reason"), col("detail")))));

    count(built, articles, rejects, files, summary);
    built.unpersist();
    progress.say(STAGE, summary.articles + " articles, " + summary.duplicates() + " duplicates, " + summary.rejects + " rejects");
    if (!summary.balanced()) {
      throw new IllegalStateException("ingest lost records: " + summary.records + " read but " + summary.articles
          + " articles + " + summary.duplicates() + " duplicates + " + summary.rejects + " rejects");
    }
    return new Result(articles, rejects);
  }

  /** Bean properties are camelCase; table columns are snake_case. */
  static Dataset<Row> snakeCase(Dataset<Row> df) {
    Column[] cols = java.util.Arrays.stream(df.columns())
        .map(c -> col(c).as(c.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT)))
        .toArray(Column[]::new);
    return df.select(cols);
  }

  /** Text, JSON Lines and CSV files are read record by record in the executors; Parquet by Spark. */
  static Dataset<RawRecord> readRecords(SparkSession spark, List<InputFile> files, IngestConfig cfg) {
    List<InputFile> byRecord = files.stream().filter(f -> f.format() != InputFile.Format.PARQUET).collect(Collectors.toList());
    List<InputFile> parquet = files.stream().filter(f -> f.format() == InputFile.Format.PARQUET).collect(Collectors.toList());
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Map<String, String> confMap = new HashMap<>();
    spark.sparkContext().hadoopConfiguration().forEach(e -> confMap.put(e.getKey(), e.getValue()));
    Broadcast<Map<String, String>> conf = jsc.broadcast(confMap);

    Dataset<RawRecord> out = spark.emptyDataset(Encoders.bean(RawRecord.class));
    if (!byRecord.isEmpty()) {
      int cores = jsc.defaultParallelism();
      List<InputSplit> splits = InputSplit.plan(jsc, byRecord, confMap, cfg.splitBytes);
      int slices = Math.max(1, Math.min(splits.size(), cores * 4));
      JavaRDD<RawRecord> rdd = jsc.parallelize(splits, slices)
          .flatMap((FlatMapFunction<InputSplit, RawRecord>) s -> {
            FaultInjection.maybeFail(STAGE);
            return RecordReaders.read(s, conf.value(), cfg);
          });
      Dataset<RawRecord> records = spark.createDataset(rdd.rdd(), Encoders.bean(RawRecord.class));
      // A split is read by one task; when there are fewer splits than cores, spread the records out so
      // that cleaning (the costly part) runs on every core.
      if (splits.size() < cores) records = records.repartition(cores * 2);
      out = out.union(records);
    }
    if (!parquet.isEmpty()) out = out.union(readParquet(spark, parquet, cfg));
    return out;
  }

  /** Parquet files whose footer cannot be read are rejected whole; the rest are read by Spark. */
  static Dataset<RawRecord> readParquet(SparkSession spark, List<InputFile> files, IngestConfig cfg) {
    Configuration hc = spark.sparkContext().hadoopConfiguration();
    List<RawRecord> unreadable = new ArrayList<>();
    Map<String, String> relByPath = new HashMap<>();
    List<String> readable = new ArrayList<>();
    for (InputFile f : files) {
      try (ParquetFileReader r = ParquetFileReader.open(HadoopInputFile.fromPath(new Path(f.uri()), hc))) {
        r.getFooter();
        readable.add(f.uri());
        relByPath.put(new Path(f.uri()).toUri().getPath(), f.relPath());
      } catch (IOException | RuntimeException e) {
        unreadable.add(RawRecord.rejected(f.relPath(), "file", 0, RejectReason.UNREADABLE, RecordReaders.describe(e)));
      }
    }
    Dataset<RawRecord> out = spark.createDataset(unreadable, Encoders.bean(RawRecord.class));
    if (readable.isEmpty()) return out;
    Dataset<Row> df = spark.read().option("mergeSchema", "true").parquet(readable.toArray(new String[0]));
    FieldMapping.Resolved m = new FieldMapping(cfg.columns).resolve(List.of(df.columns()));
    String[] logical = {"id", "date", "title", "text", "url", "source"};
    String[] actual = {m.id(), m.date(), m.title(), m.text(), m.url(), m.source()};
    List<Column> cols = new ArrayList<>();
    for (int i = 0; i < logical.length; i++) {
      cols.add(actual[i] == null ? lit(null).cast("string").as(logical[i]) : col("`" + actual[i] + "`").cast("string").as(logical[i]));
    }
    cols.add(expr("_metadata.file_path").as("_file"));
    cols.add(expr("_metadata.row_index").as("_row"));
    Map<String, String> rel = relByPath;
    Dataset<RawRecord> rows = df.select(cols.toArray(new Column[0])).map((MapFunction<Row, RawRecord>) row -> {
      String path = rel.getOrDefault(new Path(row.getString(6)).toUri().getPath(), row.getString(6));
      RawRecord r = RawRecord.of(path, "row", row.getLong(7) + 1);
      r.setRecordId(row.getString(0));
      r.setDate(row.getString(1));
      r.setTitle(row.getString(2));
      r.setText(row.getString(3));
      r.setUrl(row.getString(4));
      r.setPublisher(row.getString(5));
      return r;
    }, Encoders.bean(RawRecord.class));
    return out.union(rows);
  }

  private static void count(Dataset<Row> built, Dataset<Row> articles, Dataset<Row> rejects, List<InputFile> files, RunSummary s) {
    s.records = built.count();
    for (Row r : articles.groupBy(col("duplicate_kind"), col("date").isNull().as("undated")).count().collectAsList()) {
      String kind = r.getString(0);
      long n = r.getLong(2);
      if (kind == null) {
        s.articles += n;
        if (r.getBoolean(1)) s.undated += n;
      } else if (kind.equals("exact")) {
        s.duplicatesExact += n;
      } else {
        s.duplicatesNear += n;
      }
    }
    for (Row r : rejects.groupBy("reason").count().collectAsList()) {
      s.rejectsByReason.put(r.getString(0), r.getLong(1));
      s.rejects += r.getLong(1);
    }
    // What was read, by content: the file list and a hash of every record's clean form.
    Row h = built.selectExpr("bit_xor(xxhash64(kind, article_id, locator, text, reason, cast(date as string)))").first();
    long contentHash = h.isNullAt(0) ? 0 : h.getLong(0);
    StringBuilder sb = new StringBuilder();
    for (InputFile f : files) sb.append(f.relPath()).append('\t').append(f.size()).append('\n');
    s.inputFingerprint = Hashing.sha256Hex(sb + "records=" + s.records + " content=" + contentHash);
  }
}
