package dyad.events;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dyad.article.ArticleStep;
import dyad.core.Aggregates;
import dyad.core.Confidence;
import dyad.core.DyadConfig;
import dyad.core.EventsConfig;
import dyad.core.Level;
import dyad.core.Period;
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
 * The events stage: the CAMEO-coded events of each article's sentences ({@code events}, from
 * {@link EventCoder}, computed in the per-article pass by {@link EventsStep}), and per directed pair,
 * level and period, counts by quad class and the Goldstein sum and mean with a confidence interval
 * ({@code pair_events}), as GDELT's and ICEWS's dyadic aggregates.
 */
public final class EventsStage implements Stage {
  public static final String NAME = "events";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Part> adds() {
    return Set.of(Part.EVENTS);
  }

  @Override
  public Set<Part> needs() {
    return Set.of(Part.ARTICLE, Part.MENTIONS);
  }

  @Override
  public List<Tables.Table> writes() {
    return List.of(Tables.EVENTS, Tables.PAIR_EVENTS);
  }

  @Override
  public ArticleStep step(DyadConfig cfg) {
    return new EventsStep();
  }

  @Override
  public Corpus run(Corpus corpus, StageContext ctx) {
    EventsConfig cfg = ctx.config().events();
    Dataset<Row> events = corpus.events();
    ctx.write(Tables.EVENTS, events);
    ctx.progress().say(NAME, "pair events by " + cfg.levels() + ", " + cfg.periods());
    // A negated event keeps its row, but only a CAMEO reading of it (a refusal, 120) is an event of the pair.
    Dataset<Row> counted = events.filter(col("negated").equalTo(false).or(col("cameo").startsWith("12"))
        .and(col("confidence").geq(cfg.minConfidence())));
    Dataset<Row> byLevel = null;
    for (Level level : cfg.levels()) {
      Column source = level == Level.ACTOR ? col("sourceActor") : col("sourceState");
      Column target = level == Level.ACTOR ? col("targetActor") : col("targetState");
      Dataset<Row> l = counted.select(lit(level.toString()).as("level"), source.as("source"), target.as("target"),
              col("articleId"), col("date"), col("quadClass"), col("goldstein"))
          .filter(col("source").isNotNull().and(col("target").isNotNull()).and(col("source").notEqual(col("target"))));
      byLevel = byLevel == null ? l : byLevel.unionByName(l);
    }
    Dataset<Row> pairs = byLevel.withColumn("period", explode(Period.labels(cfg.periods(), col("date"))))
        .filter(col("period").isNotNull())
        .groupBy("level", "period", "source", "target")
        .agg(count(lit(1)).as("events"), countDistinct("articleId").as("articles"),
            quad(1).as("verbal_cooperation"), quad(2).as("material_cooperation"), quad(3).as("verbal_conflict"),
            // Weights of -10..10 scaled to the fixed-point sums' -1..1: the same rows in other partitions give the same figures.
            // Rounded after the scaling back, which would show a weight of 3.4 as 3.4000000000000004.
            quad(4).as("material_conflict"), round(Aggregates.exactSum(col("goldstein").divide(10)).multiply(10), DIGITS).as("goldstein_sum"),
            round(Aggregates.mean(col("goldstein").divide(10)).multiply(10), DIGITS).as("goldstein_mean"),
            Aggregates.stddevSamp(col("goldstein").divide(10)).multiply(10).as("sd"));
    // Clipped to the scale's -10..10: Student's t on two or three events gives wider intervals.
    pairs = pairs.withColumn("half", Confidence.halfWidth(col("events"), col("sd")))
        .withColumn("ci_low", when(col("half").isNotNull(), round(greatest(lit(-10.0), col("goldstein_mean").minus(col("half"))), DIGITS)))
        .withColumn("ci_high", when(col("half").isNotNull(), round(least(lit(10.0), col("goldstein_mean").plus(col("half"))), DIGITS)))
        .drop("half", "sd")
        .withColumnRenamed("source", "source_actor").withColumnRenamed("target", "target_actor");
    ctx.write(Tables.PAIR_EVENTS, pairs);
    return corpus;
  }

  /** Decimal places of pair_events' Goldstein figures: far below the weights' one decimal, above the scaling's rounding. */
  private static final int DIGITS = 10;

  private static Column quad(int q) {
    return sum(when(col("quadClass").equalTo(q), 1L).otherwise(0L));
  }
}
