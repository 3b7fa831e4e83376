package dyad.actors;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;

import dyad.core.Progress;
import dyad.output.Tables;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The actors stage: {@code articles} (duplicates excluded) to {@code mentions} and {@code actors}.
 * Today it recognises states and intergovernmental organisations (the gazetteer of
 * data/gazetteer); people with dated roles come with issue 4.
 */
public final class ActorsJob {
  public static final String STAGE = "actors";

  /** The stage's tables, conformed to {@link Tables} and persisted. */
  public record Result(Dataset<Row> mentions, Dataset<Row> actors) {}

  private ActorsJob() {}

  /** One matcher per executor JVM: the gazetteer is loaded once, not per task or per row. */
  private static final class Holder {
    static final Gazetteer GAZETTEER = Gazetteer.load();
    static final ActorMatcher MATCHER = new ActorMatcher(GAZETTEER);
  }

  /** Fails up front, naming what was expected and what came, when the input is not an articles table. */
  static void checkInput(StructType schema) {
    List<String> problems = new ArrayList<>();
    expect(schema, "article_id", DataTypes.StringType, problems);
    expect(schema, "paragraphs", DataTypes.createArrayType(DataTypes.StringType), problems);
    expect(schema, "duplicate_of", DataTypes.StringType, problems);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("the actors stage reads an articles table (article_id string, paragraphs "
          + "array<string>, duplicate_of string); " + String.join("; ", problems) + "; got " + schema.simpleString());
    }
  }

  private static void expect(StructType schema, String name, DataType type, List<String> problems) {
    if (!List.of(schema.fieldNames()).contains(name)) {
      problems.add("column " + name + " is missing");
      return;
    }
    DataType got = schema.apply(name).dataType();
    boolean ok = type instanceof ArrayType a && got instanceof ArrayType g
        ? a.elementType().equals(g.elementType()) : got.equals(type);
    if (!ok) problems.add("column " + name + " is " + got.simpleString() + ", expected " + type.simpleString());
  }

  public static Result run(SparkSession spark, Dataset<Row> articles, Progress progress) {
    checkInput(articles.schema());
    progress.say(STAGE, "matching states and organisations");
    StructType schema = Tables.MENTIONS.schema();
    Dataset<Row> mentions = articles.filter(col("duplicate_of").isNull()).select("article_id", "paragraphs")
        .flatMap((FlatMapFunction<Row, Row>) r -> {
          List<String> paragraphs = r.getList(1);
          List<Row> out = new ArrayList<>();
          if (paragraphs == null) return out.iterator();
          for (ArticleMentions.Placed p : ArticleMentions.find(Holder.MATCHER, paragraphs)) {
            ActorMatcher.Mention m = p.mention();
            out.add(RowFactory.create(r.getString(0), p.paragraph(), p.sentence(), p.start(), p.end(), m.surface(),
                m.actorId(), m.type(), "STATE".equals(m.type()) ? m.actorId() : null,
                m.kind() == ActorMatcher.Kind.NAME ? "exact" : "alias",
                m.kind().name().toLowerCase(java.util.Locale.ROOT), confidence(m)));
          }
          return out.iterator();
        }, Encoders.row(schema))
        .persist(StorageLevel.MEMORY_AND_DISK());

    List<Row> names = new ArrayList<>();
    for (Gazetteer.State s : Holder.GAZETTEER.states()) names.add(RowFactory.create(s.id(), s.name()));
    for (Gazetteer.Igo i : Holder.GAZETTEER.igos()) names.add(RowFactory.create(i.id(), i.name()));
    Dataset<Row> nameTable = spark.createDataFrame(names,
        new StructType().add("actor_id", DataTypes.StringType).add("name", DataTypes.StringType));
    Dataset<Row> actors = mentions.groupBy("actor_id", "type", "country")
        .agg(count(lit(1)).as("mentions"), countDistinct("article_id").as("articles"))
        .join(nameTable, "actor_id", "left")
        .withColumn("roles", org.apache.spark.sql.functions.array().cast(DataTypes.createArrayType(DataTypes.StringType)));
    return new Result(Tables.MENTIONS.conform(mentions), Tables.ACTORS.conform(actors).persist(StorageLevel.MEMORY_AND_DISK()));
  }

  /** Names are surest; other names, demonyms, metonyms less; a form resolved by context least. */
  static double confidence(ActorMatcher.Mention m) {
    double c = switch (m.kind()) {
      case NAME -> 1.0;
      case ALIAS -> 0.95;
      case DEMONYM -> 0.9;
      case METONYM -> 0.85;
    };
    return m.contextResolved() ? c * 0.8 : c;
  }
}
