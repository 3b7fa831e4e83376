package dyad.stage;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import dyad.article.AnalysedArticle;
import dyad.article.ArticleAnalyzer;
import dyad.core.FaultInjection;
import dyad.core.SparkSessions;
import dyad.schema.Rows.AnalysedRow;
import java.util.Iterator;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The per-article pass: every record of a source through every stage's step, in one typed
 * {@code mapPartitions}, written once (Parquet, in the output's scratch directory) and read back as
 * the {@link Corpus} the stages work on. One Spark job reads, cleans, matches and scores the whole
 * corpus; the per-article tables are projections of what it wrote, and the aggregations read its
 * compact columns. Also counts what it read in the same job: records, and a hash of their content.
 */
public final class ArticlePass {
  /** The fault-injection site of the pass (tests only). */
  public static final String SITE = "pass";
  private static final Encoder<AnalysedRow> ENCODER = Encoders.bean(AnalysedRow.class);
  /** The schema of what the pass writes. */
  public static final StructType SCHEMA = ENCODER.schema();

  /** What the pass counted as it ran. */
  public record Counts(long records, long contentHash) {}

  private ArticlePass() {}

  /**
   * Runs the pass over {@code source} into {@code dir}; returns the corpus read back from there and
   * its counts.
   */
  public static <T> Map.Entry<Corpus, Counts> run(SparkSession spark, ArticleSource<T> source, ArticleAnalyzer analyzer,
      String dir) {
    Dataset<AnalysedRow> analysed = source.records().mapPartitions((MapPartitionsFunction<T, AnalysedRow>) records -> {
      FaultInjection.maybeFail(SITE);
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return records.hasNext();
        }

        @Override
        public AnalysedRow next() {
          return analyzer.analyse(source.article(records.next())).toRow();
        }
      };
    }, ENCODER);
    Observation counts = new Observation("pass");
    // What was read, by content: a hash of every record's clean form (the manifest's input fingerprint).
    analysed.observe(counts, count(lit(1)).as("records"),
            expr("bit_xor(xxhash64(kind, article.articleId, locator, article.text, reject.reason, cast(article.date as string)))")
                .as("content"))
        .write().mode(SaveMode.ErrorIfExists).parquet(dir);
    Map<String, Object> c = SparkSessions.observed(counts);
    Counts n = new Counts(SparkSessions.count(c, "records"), SparkSessions.count(c, "content"));
    return Map.entry(new Corpus(spark.read().schema(SCHEMA).parquet(dir)), n);
  }

}
