package dyad.bench;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.xxhash64;

import dyad.core.SparkSessions;
import dyad.schema.Tables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Time of the network stage against the size of {@code mentions}. Synthetic corpora of N articles
 * are resampled from a real run's output (default: Reuters): each synthetic article takes the
 * mentions (actors, paragraphs, sentences) of one real article, a date spread over three years and
 * one of 50 publishers. Generation is not timed; the stage is, with its tables computed.
 *
 * <p>Usage: NetworkBench TEMPLATE_RUN_DIR SIZES [master], e.g. out/reuters 10000,100000,1000000
 */
public final class NetworkBench {
  public static void main(String[] args) {
    Path template = Path.of(args[0]);
    String master = args.length > 2 ? args[2] : "local[*]";
    if (!Files.isDirectory(template.resolve("mentions"))) {
      throw new IllegalArgumentException(template + " is not the output of a dyad run (no mentions table)");
    }
    SparkSession spark = SparkSessions.start(master);
    int cores = spark.sparkContext().defaultParallelism();
    Dataset<Row> tMentions = spark.read().parquet(template.resolve("mentions").toString());
    Dataset<Row> actors = spark.read().parquet(template.resolve("actors").toString());
    List<String> ids = tMentions.select("article_id").distinct().orderBy("article_id").as(Encoders.STRING()).collectAsList();
    List<Row> idx = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) idx.add(org.apache.spark.sql.RowFactory.create((long) i, ids.get(i)));
    Dataset<Row> index = spark.createDataFrame(idx, new org.apache.spark.sql.types.StructType()
        .add("t", "long").add("template_id", "string"));
    System.out.printf(Locale.ROOT, "template %s: %d articles with mentions, %d mentions; %s, %d cores%n",
        template, ids.size(), tMentions.count(), master, cores);

    // Warm-up: the first stage run in a JVM pays class loading and code generation.
    run(spark, index, tMentions, actors, 2_000, ids.size());
    System.out.println("| articles | mentions | edges | metric rows | seconds | mentions/s | s per 1M mentions |");
    System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
    for (String n : args[1].split(",")) {
      long[] r = run(spark, index, tMentions, actors, Long.parseLong(n.strip()), ids.size());
      double s = r[3] / 1000.0;
      System.out.printf(Locale.ROOT, "| %,d | %,d | %,d | %,d | %.1f | %,.0f | %.1f |%n", Long.parseLong(n.strip()),
          r[0], r[1], r[2], s, r[0] / s, s / (r[0] / 1e6));
    }
    spark.stop();
  }

  /**
   * Writes a synthetic run output of {@code n} articles (no text: the stage reads only dates,
   * sources and mentions) and times `dyad network` on it.
   *
   * @return mentions, edges, metric rows, milliseconds
   */
  private static long[] run(SparkSession spark, Dataset<Row> index, Dataset<Row> tMentions, Dataset<Row> actors, long n,
      int templates) {
    Path dir;
    try {
      dir = Files.createTempDirectory("dyad-network-bench");
      Files.writeString(dir.resolve("_manifest.json"), "{}");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Dataset<Row> articles = spark.range(n).select(
        concat(lit("s"), col("id").cast("string")).as("article_id"),
        pmod(xxhash64(col("id"), lit(1)), lit((long) templates)).as("t"),
        date_add(lit(java.sql.Date.valueOf("2021-01-01")), pmod(xxhash64(col("id"), lit(2)), lit(1095L)).cast("int")).as("date"),
        concat(lit("publisher-"), pmod(xxhash64(col("id"), lit(3)), lit(50L)).cast("string")).as("publisher"))
        .withColumn("source", col("publisher")).withColumn("duplicate_of", lit(null).cast("string"))
        .withColumn("paragraphs", array().cast("array<string>"))
        .withColumn("sentences", array().cast(Tables.ARTICLES.schema().apply("sentences").dataType()));
    articles = SparkSessions.materialize(articles);
    articles.drop("t").write().parquet(dir.resolve("articles").toString());
    Dataset<Row> mentions = articles.select("article_id", "t").join(index, "t")
        .join(tMentions.withColumnRenamed("article_id", "template_id"), "template_id")
        .drop("t", "template_id");
    mentions.write().parquet(dir.resolve("mentions").toString());
    actors.write().parquet(dir.resolve("actors").toString());
    long m = spark.read().parquet(dir.resolve("mentions").toString()).count();
    Path out = dir.resolve("out");
    long t0 = System.nanoTime();
    int code = dyad.cli.Main.commandLine().execute("network", "--input", dir.toString(), "--output", out.toString());
    long ms = (System.nanoTime() - t0) / 1_000_000;
    if (code != 0) throw new IllegalStateException("dyad network exited " + code);
    long edges = spark.read().parquet(out.resolve("comention_edges").toString()).count();
    long metrics = spark.read().parquet(out.resolve("actor_metrics").toString()).count();
    return new long[] {m, edges, metrics, ms};
  }
}
