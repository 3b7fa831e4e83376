package dyad.sentiment;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import dyad.core.FaultInjection;
import dyad.core.InputSchema;
import dyad.core.Aggregates;
import dyad.core.Periods;
import dyad.core.Progress;
import dyad.core.SentimentConfig;
import dyad.core.SparkSessions;
import dyad.output.Tables;
import dyad.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The sentiment stage: {@code articles} and {@code mentions} to {@code article_tone},
 * {@code sentence_sentiment} (directed records per sentence, from {@link SentimentScorer}) and
 * {@code pair_sentiment} (per directed pair, level and period, with a confidence interval).
 */
public final class SentimentJob {
  public static final String STAGE = "sentiment";

  public record Result(Dataset<Row> tone, Dataset<Row> sentences, Dataset<Row> pairs) {}

  static final InputSchema ARTICLES = InputSchema.of(STAGE, Tables.ARTICLES,
      "article_id", "paragraphs", "date", "duplicate_of");

  static final InputSchema MENTIONS = InputSchema.of(STAGE, Tables.MENTIONS,
      "article_id", "paragraph", "sentence", "start", "end", "actor_id", "type", "country");

  private SentimentJob() {}

  /** One scorer per executor JVM: the lexicons are loaded once. */
  private static final class Holder {
    static final SentimentScorer SCORER = SentimentScorer.standard();
  }

  public static Result run(Dataset<Row> articles, Dataset<Row> mentions, SentimentConfig cfg, Progress progress) {
    ARTICLES.check(articles.schema());
    MENTIONS.check(mentions.schema());
    Dataset<Row> kept = articles.filter(col("duplicate_of").isNull()).select("article_id", "paragraphs", "date");

    progress.say(STAGE, "article tone");
    StructType toneSchema = new StructType().add("article_id", DataTypes.StringType).add("tone", DataTypes.DoubleType)
        .add("positive", DataTypes.DoubleType).add("negative", DataTypes.DoubleType).add("polarity", DataTypes.DoubleType)
        .add("activity_density", DataTypes.DoubleType).add("words", DataTypes.IntegerType).add("compound", DataTypes.DoubleType);
    Dataset<Row> tone = SparkSessions.materialize(kept.map((MapFunction<Row, Row>) r -> {
      List<String> paragraphs = r.getList(1);
      int pos = 0, neg = 0, words = 0, cues = 0, sentences = 0;
      double compound = 0;
      for (String p : paragraphs == null ? List.<String>of() : paragraphs) {
        for (SentenceSplitter.Span s : SentenceSplitter.split(p)) {
          SentimentScorer.Tone t = Holder.SCORER.tone(p.substring(s.start(), s.end()));
          pos += t.positiveWords();
          neg += t.negativeWords();
          words += t.words();
          cues += t.cues();
          compound += t.compound();
          sentences++;
        }
      }
      double w = Math.max(words, 1);
      return RowFactory.create(r.getString(0), 100.0 * (pos - neg) / w, 100.0 * pos / w, 100.0 * neg / w,
          100.0 * (pos + neg) / w, 100.0 * cues / w, words, sentences == 0 ? 0.0 : compound / sentences);
    }, Encoders.row(toneSchema)));

    progress.say(STAGE, "sentiment toward each actor named, by sentence");
    Dataset<Row> byArticle = mentions.groupBy("article_id")
        .agg(collect_list(struct("paragraph", "sentence", "start", "end", "actor_id", "type", "country")).as("ms"))
        .join(kept, "article_id");
    StructType wide = Tables.SENTENCE_SENTIMENT.schema().add("date", DataTypes.DateType);
    Dataset<Row> sentences = SparkSessions.materialize(byArticle.flatMap((FlatMapFunction<Row, Row>) r -> {
      FaultInjection.maybeFail(STAGE);
      List<String> paragraphs = r.getList(r.fieldIndex("paragraphs"));
      List<Row> ms = r.getList(r.fieldIndex("ms"));
      List<Row> out = new ArrayList<>();
      for (ArticleSentences.Scored s : ArticleSentences.score(Holder.SCORER, paragraphs, toMentions(ms))) {
        SentimentScorer.Record x = s.record();
        out.add(RowFactory.create(r.getAs("article_id"), s.paragraph(), s.sentence(), s.text(), x.source(), x.target(),
            s.sourceState(), s.targetState(), x.polarity(), x.score(), x.cooperation(), x.cue(), r.getAs("date")));
      }
      return out.iterator();
    }, Encoders.row(wide)));

    progress.say(STAGE, "pair sentiment by " + String.join("/", cfg.levels) + ", " + String.join("/", cfg.periods));
    Column periods = array(cfg.periods.stream().map(u -> Periods.label(u, col("date"))).toArray(Column[]::new));
    Dataset<Row> byLevel = null;
    for (String level : cfg.levels) {
      Column source = level.equals("actor") ? col("source_actor") : col("source_state");
      Column target = level.equals("actor") ? col("target_actor") : col("target_state");
      Dataset<Row> l = sentences.select(lit(level).as("level"), source.as("source"), target.as("target"), col("article_id"),
              col("date"), col("polarity"), col("score"), col("cooperation"))
          .filter(col("target").isNotNull().and(col("source").isNull().or(col("source").notEqual(col("target")))));
      byLevel = byLevel == null ? l : byLevel.unionByName(l);
    }
    Dataset<Row> pairs = byLevel.withColumn("period", explode(periods)).filter(col("period").isNotNull())
        .groupBy("level", "period", "source", "target")
        .agg(count(lit(1)).as("records"), countDistinct("article_id").as("articles"), Aggregates.mean(col("score")).as("mean_score"),
            Aggregates.stddevSamp(col("score")).as("sd"), avg(when(col("polarity").equalTo(1), 1.0).otherwise(0.0)).as("positive_share"),
            avg(when(col("polarity").equalTo(0), 1.0).otherwise(0.0)).as("neutral_share"),
            avg(when(col("polarity").equalTo(-1), 1.0).otherwise(0.0)).as("negative_share"),
            Aggregates.mean(col("cooperation").divide(10)).multiply(10).as("mean_cooperation"), count("cooperation").as("cooperation_records"));
    Column half = Confidence.halfWidth(col("records"), col("sd"));
    pairs = pairs.withColumn("ci_low", col("mean_score").minus(half)).withColumn("ci_high", col("mean_score").plus(half))
        .withColumnRenamed("source", "source_actor").withColumnRenamed("target", "target_actor");
    return new Result(Tables.ARTICLE_TONE.conform(tone), Tables.SENTENCE_SENTIMENT.conform(sentences),
        SparkSessions.materialize(Tables.PAIR_SENTIMENT.conform(pairs)));
  }

  private static List<ArticleSentences.Mention> toMentions(List<Row> ms) {
    List<ArticleSentences.Mention> out = new ArrayList<>(ms.size());
    for (Row m : ms) {
      out.add(new ArticleSentences.Mention(m.getInt(0), m.getInt(1), m.getInt(2), m.getInt(3), m.getString(4),
          m.getString(5), m.getString(6)));
    }
    return out;
  }
}
