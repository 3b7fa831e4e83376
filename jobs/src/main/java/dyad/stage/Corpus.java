package dyad.stage;

import static dyad.schema.Tables.BATCH;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import dyad.article.AnalysedArticle;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * The results of the per-article pass, as the stages read them: one row per input record
 * ({@link dyad.schema.Rows.AnalysedRow}, read back from where the pass wrote it), and views of it:
 * the articles (duplicates marked), the rejects, and the per-article parts of the articles that are
 * not duplicates (mentions, tone, records, topic tokens). The corpus-wide stages read these columns,
 * never the text again where they do not need it. Immutable: marking duplicates gives a new corpus.
 */
public final class Corpus {
  private final Dataset<Row> analysed;

  /** @param analysed the pass's rows; those without a batch column are all of batch 1 */
  public Corpus(Dataset<Row> analysed) {
    this.analysed = java.util.List.of(analysed.columns()).contains(BATCH) ? analysed : analysed.withColumn(BATCH, lit(1));
  }

  /** Every record, as the pass left it. */
  public Dataset<Row> analysed() {
    return analysed;
  }

  /**
   * This corpus with duplicates marked: {@code repeats} (article_id, batch, position, first_batch) are
   * records whose id appeared earlier in the same file or in an earlier batch, which become rejects;
   * {@code duplicates} (article_id, duplicate_of, duplicate_kind) are copies of a kept article. Both
   * are small: they are broadcast.
   */
  public Corpus withDuplicates(Dataset<Row> repeats, Dataset<Row> duplicates, String repeatReason) {
    Column id = col("article.articleId");
    Dataset<Row> r = repeats.toDF("_rid", "_rbatch", "_rpos", "_rfirst").withColumn("_repeat", lit(true));
    Dataset<Row> a = analysed
        .join(functions.broadcast(r), id.equalTo(col("_rid")).and(col(BATCH).equalTo(col("_rbatch")))
            .and(col("position").equalTo(col("_rpos"))), "left")
        .drop("_rid", "_rbatch", "_rpos");
    Column repeat = coalesce(col("_repeat"), lit(false));
    Column source = when(col("article.recordId").isNotNull(), concat(col("path"), lit("#"), col("article.recordId")))
        .otherwise(col("path"));
    // Fields in the order of the bean's struct (by name): a struct's type includes its field order.
    Column where = when(col("_rfirst").equalTo(col(BATCH)), lit("' appears earlier in the same file"))
        .otherwise(concat(lit("' of the same file is in the output already (batch "), col("_rfirst").cast("string"), lit(")")));
    Column repeatReject = struct(concat(lit("record id '"), col("article.recordId"), where)
        .as("detail"), col("locator").as("locator"), lit(repeatReason).as("reason"), source.as("source"));
    a = a.withColumn("kind", when(repeat, lit(AnalysedArticle.REJECT)).otherwise(col("kind")))
        .withColumn("reject", when(repeat, repeatReject).otherwise(col("reject")))
        .drop("_repeat", "_rfirst");
    Dataset<Row> d = duplicates.toDF("_id", "_of", "_dup_kind");
    a = a.join(functions.broadcast(d), id.equalTo(col("_id")).and(col("kind").equalTo(AnalysedArticle.ARTICLE)), "left")
        .withColumn("article", col("article").withField("duplicateOf", col("_of")).withField("duplicateKind", col("_dup_kind")))
        .drop("_id", "_of", "_dup_kind");
    return new Corpus(a);
  }

  /** The articles, duplicates included and marked: the articles table's rows (camelCase columns). */
  public Dataset<Row> articles() {
    return analysed.filter(col("kind").equalTo(AnalysedArticle.ARTICLE)).select("article.*", BATCH);
  }

  /** The rejects table's rows. */
  public Dataset<Row> rejects() {
    return analysed.filter(col("kind").equalTo(AnalysedArticle.REJECT)).select("reject.*", BATCH);
  }

  /** The articles that are not duplicates, every part of them: what the aggregations count. */
  public Dataset<Row> kept() {
    return analysed.filter(col("kind").equalTo(AnalysedArticle.ARTICLE).and(col("article.duplicateOf").isNull()));
  }

  /** The mentions of the kept articles (mentions table rows, with each actor's display name). */
  public Dataset<Row> mentions() {
    return kept().select(explode(col("mentions")).as("m"), col(BATCH)).select("m.*", BATCH);
  }

  /** The directed sentence records of the kept articles, each with its article's date. */
  public Dataset<Row> records() {
    return kept().select(col("article.date").as("date"), explode(col("records")).as("r"), col(BATCH)).select("r.*", "date", BATCH);
  }

  /** The coded events of the kept articles, each with its article's date. */
  public Dataset<Row> events() {
    return kept().select(col("article.date").as("date"), explode(col("events")).as("e"), col(BATCH)).select("e.*", "date", BATCH);
  }

  /** The tone of each kept article. */
  public Dataset<Row> tone() {
    return kept().filter(col("tone").isNotNull()).select("tone.*", BATCH);
  }
}
