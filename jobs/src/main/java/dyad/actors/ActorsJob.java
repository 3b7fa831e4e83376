package dyad.actors;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.mode;
import static org.apache.spark.sql.functions.when;

import dyad.core.FaultInjection;
import dyad.core.InputSchema;
import dyad.core.Progress;
import dyad.core.SparkSessions;
import dyad.output.Tables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The actors stage: {@code articles} (duplicates excluded) to {@code mentions} and {@code actors}.
 * It recognises states, intergovernmental organisations and people with dated roles (the
 * gazetteer of data/gazetteer), and people the gazetteer lacks by their titles.
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

  /** The columns the stage reads: an articles table. */
  static final InputSchema INPUT = new InputSchema("the actors stage reads an articles table")
      .col("article_id", DataTypes.StringType)
      .col("paragraphs", DataTypes.createArrayType(DataTypes.StringType))
      .col("duplicate_of", DataTypes.StringType)
      .col("date", DataTypes.DateType);

  /** The gazetteer's name of an actor (state, organisation or person), null for one it lacks; on executors. */
  public static String nameOf(String actorId) {
    Person p = Holder.GAZETTEER.person(actorId);
    return p != null ? p.name() : Holder.MATCHER.nameOf(actorId);
  }

  public static Result run(SparkSession spark, Dataset<Row> articles, Progress progress) {
    INPUT.check(articles.schema());
    progress.say(STAGE, "matching states, organisations and people");
    // The table's columns plus the actor's display name, which the actors table needs for people
    // the gazetteer lacks.
    StructType wide = Tables.MENTIONS.schema().add("name", DataTypes.StringType);
    Dataset<Row> found = articles.filter(col("duplicate_of").isNull()).select("article_id", "paragraphs", "date")
        .flatMap((FlatMapFunction<Row, Row>) r -> {
          FaultInjection.maybeFail(STAGE);
          List<String> paragraphs = r.getList(1);
          List<Row> out = new ArrayList<>();
          if (paragraphs == null) return out.iterator();
          LocalDate date = r.isNullAt(2) ? null : ((java.sql.Date) r.get(2)).toLocalDate();
          for (ArticleMentions.Placed p : ArticleMentions.find(Holder.MATCHER, paragraphs, date)) {
            ActorMatcher.Mention m = p.mention();
            out.add(RowFactory.create(r.getString(0), p.paragraph(), p.sentence(), p.start(), p.end(), m.surface(),
                m.actorId(), m.type(), m.country(), lower(m.match()), lower(m.kind()), m.role(), confidence(m),
                m.name()));
          }
          return out.iterator();
        }, Encoders.row(wide));
    found = SparkSessions.materialize(found);

    Column roleText = concat_ws(" ", col("country"), col("role"));
    Dataset<Row> counted = found.groupBy("actor_id", "type")
        .agg(count(lit(1)).as("mentions"), countDistinct("article_id").as("articles"),
            max("name").as("found_name"), mode(col("country"), true).as("found_country"),
            array_sort(collect_set(when(col("type").equalTo("PERSON").and(col("role").isNotNull()), roleText)))
                .as("found_roles"));
    Dataset<Row> actors = withReference(counted)
        .withColumn("name", coalesce(col("ref_name"), col("found_name")))
        .withColumn("country", when(col("type").equalTo("STATE"), col("actor_id"))
            .when(col("type").isin("PERSON", "INSTITUTION"), coalesce(col("ref_country"), col("found_country"))))
        .withColumn("roles", when(col("type").isin("PERSON", "INSTITUTION"), coalesce(col("ref_roles"), col("found_roles")))
            .otherwise(array().cast(DataTypes.createArrayType(DataTypes.StringType))));
    return new Result(Tables.MENTIONS.conform(found), SparkSessions.materialize(Tables.ACTORS.conform(actors)));
  }

  /**
   * Adds the gazetteer's name, home country and dated roles of each actor found (null for people
   * the gazetteer lacks). Looked up on the executors, where the gazetteer is loaded anyway, rather
   * than shipping its 18,000 people to every task.
   */
  private static Dataset<Row> withReference(Dataset<Row> counted) {
    StructType schema = counted.schema().add("ref_name", DataTypes.StringType).add("ref_country", DataTypes.StringType)
        .add("ref_roles", DataTypes.createArrayType(DataTypes.StringType));
    int id = counted.schema().fieldIndex("actor_id");
    return counted.map((MapFunction<Row, Row>) r -> {
      Object[] v = new Object[r.length() + 3];
      for (int i = 0; i < r.length(); i++) v[i] = r.get(i);
      String actor = r.getString(id);
      Person p = Holder.GAZETTEER.person(actor);
      if (p != null) {
        v[r.length()] = p.name();
        v[r.length() + 1] = p.standingAt(null).country();
        v[r.length() + 2] = CollectionConverters.asScala(p.roles().stream().map(Person.Role::describe).toList()).toSeq();
      } else {
        v[r.length()] = Holder.MATCHER.nameOf(actor);
      }
      return RowFactory.create(v);
    }, Encoders.row(schema));
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  /** Names are surest; indirect forms, misspellings, short names and titles less; context-decided forms least. */
  static double confidence(ActorMatcher.Mention m) {
    double c = switch (m.match()) {
      case EXACT -> 1.0;
      case ALIAS -> switch (m.kind()) {
        case DEMONYM -> 0.9;
        case METONYM -> 0.85;
        default -> "PERSON".equals(m.type()) && !m.surface().contains(" ") ? 0.85 : 0.95;
      };
      case COREFERENCE -> 0.8;
      case FUZZY -> 0.75;
      case INFERRED -> 0.6;
    };
    return m.contextResolved() ? c * 0.8 : c;
  }
}
