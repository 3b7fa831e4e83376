package dyad.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dyad.article.AnalysedArticle;
import dyad.article.ArticleStep;
import dyad.core.DyadConfig;
import dyad.core.IngestConfig;
import dyad.core.RunSummary;
import dyad.core.SparkSessions;
import dyad.schema.Tables;
import dyad.stage.ArticleSource;
import dyad.stage.Corpus;
import dyad.stage.Part;
import dyad.stage.Stage;
import dyad.stage.StageContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

/**
 * The ingest stage: the input files to the {@code articles} and {@code rejects} tables. It is the
 * per-article pass's source: every file is read in the executors (a bad file becomes rejects, never
 * a failed run) and each record cleaned, dated and analysed by {@link ArticleBuilder}. Its
 * corpus-wide work is deduplication ({@link Deduplicator}, on the keys the pass computed). Every
 * record read ends up in exactly one of articles, duplicates, rejects.
 */
public final class IngestStage implements Stage {
  public static final String NAME = "ingest";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Part> adds() {
    return Set.of(Part.ARTICLE);
  }

  @Override
  public Set<Part> needs() {
    return Set.of();
  }

  @Override
  public List<Tables.Table> writes() {
    return List.of(Tables.ARTICLES, Tables.REJECTS);
  }

  /** Cleaning is the source's own work: it turns records into articles before any step. */
  @Override
  public ArticleStep step(DyadConfig cfg) {
    return null;
  }

  /** The cleaning chain's rules: compiled once per JVM, ahead of the pass in local mode. */
  @Override
  public void prepare(DyadConfig cfg) {
    dyad.text.CleaningChain.standard();
  }

  @Override
  public ArticleSource<RawRecord> source(StageContext ctx) {
    SparkSession spark = ctx.spark();
    IngestConfig cfg = ctx.config().ingest();
    RunSummary summary = ctx.summary();
    List<InputFile> files = InputLister.list(spark.sparkContext().hadoopConfiguration(), ctx.input(), cfg.format());
    for (InputFile f : files) summary.inputFilesByFormat.merge(f.format().name().toLowerCase(), 1L, Long::sum);
    StringBuilder listing = new StringBuilder();
    for (InputFile f : files) listing.append(f.relPath()).append('\t').append(f.size()).append('\n');
    summary.inputListing = listing.toString();
    ctx.progress().say(NAME, files.size() + " input files " + summary.inputFilesByFormat + " under " + ctx.input());
    if (files.isEmpty()) throw new IllegalArgumentException("no input files under " + ctx.input());
    return new Source(readRecords(spark, files, cfg), new ArticleBuilder(cfg));
  }

  /** The input's records, each cleaned and analysed by the builder on the executors. */
  private static final class Source implements ArticleSource<RawRecord> {
    private static final long serialVersionUID = 1L;
    private final transient Dataset<RawRecord> records;
    private final ArticleBuilder builder;

    Source(Dataset<RawRecord> records, ArticleBuilder builder) {
      this.records = records;
      this.builder = builder;
    }

    @Override
    public Dataset<RawRecord> records() {
      return records;
    }

    @Override
    public AnalysedArticle article(RawRecord r) {
      return builder.build(r);
    }
  }

  @Override
  public Corpus run(Corpus corpus, StageContext ctx) {
    IngestConfig cfg = ctx.config().ingest();
    RunSummary s = ctx.summary();
    ctx.progress().say(NAME, "finding duplicates (exact, and near at Jaccard >= " + cfg.dedup().threshold() + ")");
    Deduplicator.Found dups = Deduplicator.find(corpus.analysed(), cfg.dedup(), ctx.batch(), earlierDuplicates(ctx));
    if (!dups.changedEarlier().isEmpty()) {
      // Their rows change (duplicate_of) or go (a duplicate has no mentions, tone or topics): the
      // per-article tables are written whole in this append, as one run over every batch writes them.
      ctx.progress().say(NAME, dups.changedEarlier().size() + " articles of earlier batches change status (a new article "
          + "links their near-duplicate clusters): the per-article tables are written whole");
      for (Tables.Table t : Tables.PER_ARTICLE) ctx.replace(t);
      ctx.totals(NAME).put("earlier_articles_changed", dups.changedEarlier().size());
    }
    SparkSession spark = ctx.spark();
    Corpus marked = corpus.withDuplicates(dups.repeatsFrame(spark), dups.duplicatesFrame(spark), RejectReason.DUPLICATE_ID.code());

    Column kind = col("duplicate_kind"); // the metrics are over the table's rows
    // This batch's rows: all the table's rows but in an append that writes it whole (see above).
    Column mine = col(Tables.BATCH).equalTo(ctx.batch());
    Map<String, Object> a = ctx.write(Tables.ARTICLES, marked.articles(),
        sum(when(kind.isNull().and(mine), 1L).otherwise(0L)).as("kept"),
        sum(when(kind.isNull().and(col("date").isNull()).and(mine), 1L).otherwise(0L)).as("undated"),
        sum(when(kind.equalTo(Deduplicator.EXACT).and(mine), 1L).otherwise(0L)).as("exact"),
        sum(when(kind.equalTo(Deduplicator.NEAR).and(mine), 1L).otherwise(0L)).as("near"),
        sum(when(kind.isNull().and(not(mine)), 1L).otherwise(0L)).as("earlier_kept"),
        sum(when(kind.isNull().and(col("date").isNull()).and(not(mine)), 1L).otherwise(0L)).as("earlier_undated"),
        sum(when(kind.equalTo(Deduplicator.EXACT).and(not(mine)), 1L).otherwise(0L)).as("earlier_exact"),
        sum(when(kind.equalTo(Deduplicator.NEAR).and(not(mine)), 1L).otherwise(0L)).as("earlier_near"));
    s.articles = SparkSessions.count(a, "kept");
    s.undated = SparkSessions.count(a, "undated");
    s.duplicatesExact = SparkSessions.count(a, "exact");
    s.duplicatesNear = SparkSessions.count(a, "near");
    if (!dups.changedEarlier().isEmpty()) {
      // The earlier batches' articles as they are now, for the output's totals.
      s.earlierNow = new java.util.LinkedHashMap<>();
      s.earlierNow.put("articles", SparkSessions.count(a, "earlier_kept"));
      s.earlierNow.put("undated_articles", SparkSessions.count(a, "earlier_undated"));
      s.earlierNow.put("duplicates_exact", SparkSessions.count(a, "earlier_exact"));
      s.earlierNow.put("duplicates_near", SparkSessions.count(a, "earlier_near"));
      s.earlierNow.put("duplicates", SparkSessions.count(a, "earlier_exact") + SparkSessions.count(a, "earlier_near"));
    }
    List<Column> byReason = new ArrayList<>();
    for (RejectReason r : RejectReason.values()) {
      byReason.add(sum(when(col("reason").equalTo(r.code()).and(mine), 1L).otherwise(0L)).as(r.code()));
    }
    byReason.add(sum(when(mine, 1L).otherwise(0L)).as("mine"));
    Map<String, Object> rejects = ctx.write(Tables.REJECTS, marked.rejects(), byReason.toArray(new Column[0]));
    s.rejects = SparkSessions.count(rejects, "mine");
    for (RejectReason r : RejectReason.values()) {
      long n = SparkSessions.count(rejects, r.code());
      if (n > 0) s.rejectsByReason.put(r.code(), n);
    }
    ctx.progress().say(NAME, s.articles + " articles, " + s.duplicates() + " duplicates, " + s.rejects + " rejects");
    if (!s.balanced()) {
      throw new IllegalStateException("ingest lost records: " + s.records + " read but " + s.articles
          + " articles + " + s.duplicates() + " duplicates + " + s.rejects + " rejects");
    }
    return marked;
  }

  /** In an append, the duplicates the output holds: they stay as they are. Few, so collected. */
  private static Map<String, Deduplicator.Duplicate> earlierDuplicates(StageContext ctx) {
    Dataset<Row> earlier = ctx.earlier(Tables.ARTICLES);
    Map<String, Deduplicator.Duplicate> out = new HashMap<>();
    if (earlier == null) return out;
    for (Row r : earlier.filter(col("duplicate_of").isNotNull()).select("article_id", "duplicate_of", "duplicate_kind").collectAsList()) {
      out.put(r.getString(0), new Deduplicator.Duplicate(r.getString(1), r.getString(2)));
    }
    return out;
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
      List<InputSplit> splits = InputSplit.plan(jsc, byRecord, confMap, cfg.splitBytes());
      int slices = Math.max(1, Math.min(splits.size(), cores * 4));
      JavaRDD<RawRecord> rdd = jsc.parallelize(splits, slices)
          .flatMap((FlatMapFunction<InputSplit, RawRecord>) s -> RecordReaders.read(s, conf.value(), cfg));
      Dataset<RawRecord> records = spark.createDataset(rdd.rdd(), Encoders.bean(RawRecord.class));
      // A split is read by one task; when there are fewer splits than cores, spread the records out so
      // that the per-article pass (the costly part) runs on every core.
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
    FieldMapping.Resolved m = new FieldMapping(cfg.columns()).resolve(List.of(df.columns()));
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
      String file = row.getAs("_file");
      String path = rel.getOrDefault(new Path(file).toUri().getPath(), file);
      RawRecord r = RawRecord.of(path, "row", row.<Long>getAs("_row") + 1);
      r.setRecordId(row.getAs("id"));
      r.setDate(row.getAs("date"));
      r.setTitle(row.getAs("title"));
      r.setText(row.getAs("text"));
      r.setUrl(row.getAs("url"));
      r.setPublisher(row.getAs("source"));
      return r;
    }, Encoders.bean(RawRecord.class));
    return out.union(rows);
  }

}
