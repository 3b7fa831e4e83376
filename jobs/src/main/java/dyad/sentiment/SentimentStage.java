package dyad.sentiment;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import dyad.article.ArticleStep;
import dyad.core.Aggregates;
import dyad.core.Confidence;
import dyad.core.DyadConfig;
import dyad.core.Level;
import dyad.core.Period;
import dyad.core.SentimentConfig;
import dyad.schema.Tables;
import dyad.stage.Corpus;
import dyad.stage.Part;
import dyad.stage.Stage;
import dyad.stage.StageContext;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The sentiment stage: each article's tone ({@code article_tone}) and the directed records of its
 * sentences toward the actors they name ({@code sentence_sentiment}, from {@link SentimentScorer},
 * computed in the per-article pass by {@link SentimentStep}), and per directed pair, level and
 * period, with a confidence interval ({@code pair_sentiment}).
 */
public final class SentimentStage implements Stage {
  public static final String NAME = "sentiment";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Part> adds() {
    return Set.of(Part.SENTIMENT);
  }

  @Override
  public Set<Part> needs() {
    return Set.of(Part.ARTICLE, Part.MENTIONS);
  }

  @Override
  public List<Tables.Table> writes() {
    return List.of(Tables.ARTICLE_TONE, Tables.SENTENCE_SENTIMENT, Tables.PAIR_SENTIMENT);
  }

  @Override
  public ArticleStep step(DyadConfig cfg) {
    return new SentimentStep();
  }

  @Override
  public Corpus run(Corpus corpus, StageContext ctx) {
    SentimentConfig cfg = ctx.config().sentiment();
    ctx.write(Tables.ARTICLE_TONE, corpus.tone());
    Dataset<Row> records = corpus.records();
    ctx.write(Tables.SENTENCE_SENTIMENT, records);

    ctx.progress().say(NAME, "pair sentiment by " + join(cfg.levels()) + ", " + join(cfg.periods()));
    Dataset<Row> byLevel = null;
    for (Level level : cfg.levels()) {
      Column source = level == Level.ACTOR ? col("sourceActor") : col("sourceState");
      Column target = level == Level.ACTOR ? col("targetActor") : col("targetState");
      Dataset<Row> l = records.select(lit(level.toString()).as("level"), source.as("source"), target.as("target"),
              col("articleId"), col("date"), col("polarity"), col("score"), col("cooperation"))
          .filter(col("target").isNotNull().and(col("source").isNull().or(col("source").notEqual(col("target")))));
      byLevel = byLevel == null ? l : byLevel.unionByName(l);
    }
    Dataset<Row> pairs = byLevel.withColumn("period", explode(Period.labels(cfg.periods(), col("date"))))
        .filter(col("period").isNotNull())
        .groupBy("level", "period", "source", "target")
        .agg(count(lit(1)).as("records"), countDistinct("articleId").as("articles"), Aggregates.mean(col("score")).as("mean_score"),
            Aggregates.stddevSamp(col("score")).as("sd"), avg(when(col("polarity").equalTo(1), 1.0).otherwise(0.0)).as("positive_share"),
            avg(when(col("polarity").equalTo(0), 1.0).otherwise(0.0)).as("neutral_share"),
            avg(when(col("polarity").equalTo(-1), 1.0).otherwise(0.0)).as("negative_share"),
            Aggregates.mean(col("cooperation").divide(10)).multiply(10).as("mean_cooperation"),
            count("cooperation").as("cooperation_records"));
    Column half = Confidence.halfWidth(col("records"), col("sd"));
    // Clipped to -1..1, the range of the scores (so of their mean): Student's t on two or three
    // records gives half-widths above 1. greatest/least skip nulls, so the null of one record is kept apart.
    pairs = pairs.withColumn("half", half)
        .withColumn("ci_low", when(col("half").isNotNull(), greatest(lit(-1.0), col("mean_score").minus(col("half")))))
        .withColumn("ci_high", when(col("half").isNotNull(), least(lit(1.0), col("mean_score").plus(col("half")))))
        .drop("half")
        .withColumnRenamed("source", "source_actor").withColumnRenamed("target", "target_actor");
    ctx.write(Tables.PAIR_SENTIMENT, pairs);
    return corpus;
  }

  private static String join(List<?> values) {
    return String.join("/", values.stream().map(String::valueOf).toList());
  }
}
