package dyad.network;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dyad.actors.ActorsJob;
import dyad.core.InputSchema;
import dyad.core.NetworkConfig;
import dyad.core.Periods;
import dyad.core.Progress;
import dyad.core.SparkSessions;
import dyad.output.Tables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The network stage: {@code mentions} (with the articles' dates and sources) to
 * {@code comention_edges} and {@code actor_metrics}. Pairs are formed inside each unit (sentence,
 * paragraph, article), so the work grows with the mentions and the actors per unit, never with the
 * square of all actors. Node metrics are computed per network (scope, level, period) by
 * {@link GraphMetrics} on the executors, one task per network.
 */
public final class NetworkJob {
  public static final String STAGE = "network";

  /**
   * The stage's tables (conformed), the totals for the manifest (pairs found and pruned), and the
   * all-time state-level network as GraphML (null when the config leaves it out).
   */
  public record Result(Dataset<Row> edges, Dataset<Row> metrics, Map<String, Object> totals, String graphml) {}

  static final InputSchema MENTIONS = new InputSchema("the network stage reads a mentions table")
      .col("article_id", DataTypes.StringType)
      .col("paragraph", DataTypes.IntegerType)
      .col("sentence", DataTypes.IntegerType)
      .col("actor_id", DataTypes.StringType)
      .col("type", DataTypes.StringType)
      .col("country", DataTypes.StringType);

  static final InputSchema ARTICLES = new InputSchema("the network stage reads an articles table")
      .col("article_id", DataTypes.StringType)
      .col("date", DataTypes.DateType)
      .col("source", DataTypes.StringType)
      .col("publisher", DataTypes.StringType)
      .col("duplicate_of", DataTypes.StringType);

  static final InputSchema ACTORS = new InputSchema("the network stage reads an actors table")
      .col("actor_id", DataTypes.StringType)
      .col("name", DataTypes.StringType);

  private NetworkJob() {}

  public static Result run(Dataset<Row> articles, Dataset<Row> mentions, Dataset<Row> actors, NetworkConfig cfg,
      Progress progress) {
    MENTIONS.check(mentions.schema());
    ARTICLES.check(articles.schema());
    ACTORS.check(actors.schema());
    Map<String, Object> totals = new LinkedHashMap<>();
    totals.put("min_support", cfg.minSupport);

    // A source is the outlet; without one, the input file (a file of many records is one source).
    Column sourceKey = coalesce(col("publisher"), regexp_replace(col("source"), "(#.*|:(line|row|item) [0-9]+)$", ""));
    Dataset<Row> art = articles.filter(col("duplicate_of").isNull())
        .select(col("article_id"), col("date"), sourceKey.as("source_key"));
    progress.say(STAGE, "pairs by " + String.join("/", cfg.scopes) + ", " + String.join("/", cfg.periods)
        + ", " + String.join("/", cfg.levels));
    // Each article's mentions in one row, then its pairs, actors and units counted in plain Java.
    Dataset<Row> byArticle = mentions
        .groupBy("article_id")
        .agg(collect_list(struct("paragraph", "sentence", "actor_id", "type", "country")).as("ms"))
        .join(art, "article_id");
    List<String> levels = List.copyOf(cfg.levels);
    Dataset<Row> perArticle = SparkSessions.materialize(byArticle.map((MapFunction<Row, Row>) r -> {
      List<Row> ms = r.getList(r.fieldIndex("ms"));
      List<ArticlePairs.Mention> list = new ArrayList<>(ms.size());
      for (Row x : ms) {
        list.add(new ArticlePairs.Mention(x.getInt(0), x.getInt(1), x.getString(2), x.getString(3), x.getString(4)));
      }
      ArticlePairs.Result a = ArticlePairs.of(list, levels);
      return RowFactory.create(r.getAs("article_id"), r.getAs("date"), r.getAs("source_key"), a.unresolved(),
          seq(a.pairs().stream().map(p -> RowFactory.create(p.level(), p.a(), p.b(), p.sentences(),
              p.sentenceParagraphs(), p.paragraphs(), p.self())).toList()),
          seq(a.nodes().stream().map(n -> RowFactory.create(n.level(), n.id(), n.mentions(), n.sentences(),
              n.paragraphs())).toList()),
          seq(a.units().stream().map(u -> RowFactory.create(u.level(), u.sentences(), u.paragraphs())).toList()));
    }, Encoders.row(PER_ARTICLE)));
    progress.say(STAGE, "per-article counts done");
    if (cfg.levels.contains("state")) {
      // People with no known state cannot be rolled up; they are counted, not lost silently.
      Row u = perArticle.agg(sum("unresolved")).first();
      totals.put("state_level_unresolved_mentions", u.isNullAt(0) ? 0L : u.getLong(0));
    }

    Column periods = array(cfg.periods.stream().map(u -> Periods.label(u, col("date"))).toArray(Column[]::new));
    // One row per pair and scope at which the pair is named together in the article; then per period.
    List<Column> atScopes = new ArrayList<>();
    for (String scope : cfg.scopes) {
      atScopes.add(struct(lit(scope).as("scope"), unitsAt(scope, "p.sentences", "p.paragraphs").as("units"),
          (scope.equals("sentence") ? col("p.sentence_paragraphs") : col("p.paragraphs")).as("paras")));
    }
    Dataset<Row> perScope = perArticle.select(col("article_id"), col("date"), col("source_key"), explode(col("pairs")).as("p"))
        .select(col("article_id"), col("date"), col("source_key"), col("p.level").as("level"), col("p.a").as("actor_a"),
            col("p.b").as("actor_b"), col("p.sentences").as("sentences"), col("p.self").as("self"),
            explode(array(atScopes.toArray(Column[]::new))).as("at"))
        .select(col("level"), col("at.scope").as("scope"), col("article_id"), col("date"), col("source_key"),
            col("actor_a"), col("actor_b"), col("at.units").as("units"), col("at.paras").as("paras"),
            col("sentences"), col("self"))
        .filter(col("units").gt(0))
        .withColumn("period", explode(periods)).filter(col("period").isNotNull());
    String[] key = {"level", "scope", "period", "actor_a", "actor_b"};
    Column[] keyCols = java.util.Arrays.stream(key).map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    // One hash aggregation with map-side partial results (EdgeStats): no window sort over every row.
    UserDefinedFunction edgeStats = functions.udaf(new EdgeStats(cfg.examples), Encoders.row(EdgeStats.INPUT));
    List<Column> out = new ArrayList<>(java.util.Arrays.asList(keyCols));
    for (String f : EdgeStats.OUTPUT.fieldNames()) out.add(col("e." + f).as(f));
    Dataset<Row> counted = perScope.groupBy(keyCols)
        .agg(edgeStats.apply(col("article_id"), col("units"), col("paras").cast("long"), col("sentences").cast("long"),
            col("source_key"), col("date"), col("self")).as("e"))
        .select(out.toArray(Column[]::new));

    // Marginals in the same scope and period: units naming each actor, and units naming any.
    List<Column> nodeScopes = new ArrayList<>();
    List<Column> unitScopes = new ArrayList<>();
    for (String scope : cfg.scopes) {
      nodeScopes.add(struct(lit(scope).as("scope"), unitsAt(scope, "n.sentences", "n.paragraphs").as("units")));
      unitScopes.add(struct(lit(scope).as("scope"), unitsAt(scope, "u.sentences", "u.paragraphs").as("units")));
    }
    Dataset<Row> nodes = perArticle.select(col("article_id"), col("date"), explode(col("nodes")).as("n"))
        .withColumn("period", explode(periods)).filter(col("period").isNotNull());
    Dataset<Row> actorUnits = nodes
        .select(col("n.level").as("level"), col("period"), col("n.id").as("node"), explode(array(nodeScopes.toArray(Column[]::new))).as("at"))
        .groupBy(col("level"), col("at.scope").as("scope"), col("period"), col("node")).agg(sum("at.units").as("n"));
    Dataset<Row> scopeUnitsTotal = perArticle.select(col("date"), explode(col("units")).as("u"))
        .withColumn("period", explode(periods)).filter(col("period").isNotNull())
        .select(col("u.level").as("level"), col("period"), explode(array(unitScopes.toArray(Column[]::new))).as("at"))
        .groupBy(col("level"), col("at.scope").as("scope"), col("period")).agg(sum("at.units").as("scope_units"));
    Dataset<Row> all = SparkSessions.materialize(counted
        .join(actorUnits.withColumnRenamed("node", "actor_a").withColumnRenamed("n", "a_units"),
            new String[] {"level", "scope", "period", "actor_a"})
        .join(actorUnits.withColumnRenamed("node", "actor_b").withColumnRenamed("n", "b_units"),
            new String[] {"level", "scope", "period", "actor_b"})
        .join(scopeUnitsTotal, new String[] {"level", "scope", "period"})
        .withColumn("pmi", Pmi.pmi(col("support"), col("a_units"), col("b_units"), col("scope_units")))
        .withColumn("npmi", Pmi.npmi(col("support"), col("a_units"), col("b_units"), col("scope_units"))));

    Map<String, Long> found = new java.util.TreeMap<>();
    Map<String, Long> pruned = new java.util.TreeMap<>();
    for (Row r : all.groupBy("level", "scope").agg(count(lit(1)), sum(when(col("articles").lt(cfg.minSupport), 1).otherwise(0)))
        .collectAsList()) {
      found.put(r.getString(0) + "/" + r.getString(1), r.getLong(2));
      pruned.put(r.getString(0) + "/" + r.getString(1), r.getLong(3));
    }
    totals.put("edges_found", found);
    totals.put("pruned_edges", pruned);
    progress.say(STAGE, found.values().stream().mapToLong(Long::longValue).sum() + " edges, "
        + pruned.values().stream().mapToLong(Long::longValue).sum() + " in fewer than " + cfg.minSupport + " articles (network.minSupport), not published");
    Dataset<Row> edges = SparkSessions.materialize(
        Tables.COMENTION_EDGES.conform(all.filter(col("articles").geq(cfg.minSupport))));

    progress.say(STAGE, "node metrics: PageRank, betweenness, communities");
    Dataset<Row> graphMetrics = graphMetrics(edges, cfg);
    Dataset<Row> counts = nodes.groupBy(col("n.level").as("level"), col("period"), col("n.id").as("node"))
        .agg(sum("n.mentions").as("mentions"), count(lit(1)).as("articles"))
        .withColumn("scope", explode(array(cfg.scopes.stream().map(org.apache.spark.sql.functions::lit).toArray(Column[]::new))));
    Dataset<Row> metrics = withNames(counts, actors)
        .join(graphMetrics, new String[] {"level", "scope", "period", "node"}, "left")
        .withColumn("degree", coalesce(col("degree"), lit(0)))
        .withColumn("weighted_degree", coalesce(col("weighted_degree"), lit(0.0)))
        .withColumnRenamed("node", "actor_id");
    metrics = SparkSessions.materialize(Tables.ACTOR_METRICS.conform(metrics));

    String graphml = null;
    if (cfg.levels.contains("state") && cfg.periods.contains(Periods.ALL) && cfg.scopes.contains(cfg.graphmlScope)) {
      Column net = col("level").equalTo("state").and(col("period").equalTo(Periods.ALL)).and(col("scope").equalTo(cfg.graphmlScope));
      graphml = GraphMl.write(metrics.filter(net).orderBy("actor_id").collectAsList(),
          edges.filter(net).orderBy("actor_a", "actor_b").collectAsList(), cfg.graphmlScope);
    }
    return new Result(edges, metrics, totals, graphml);
  }

  /** The per-article rows: an article's pairs, actors and units at each level, from {@link ArticlePairs}. */
  private static final StructType PER_ARTICLE = new StructType()
      .add("article_id", DataTypes.StringType).add("date", DataTypes.DateType).add("source_key", DataTypes.StringType)
      .add("unresolved", DataTypes.IntegerType)
      .add("pairs", DataTypes.createArrayType(new StructType().add("level", DataTypes.StringType)
          .add("a", DataTypes.StringType).add("b", DataTypes.StringType).add("sentences", DataTypes.IntegerType)
          .add("sentence_paragraphs", DataTypes.IntegerType).add("paragraphs", DataTypes.IntegerType)
          .add("self", DataTypes.BooleanType)))
      .add("nodes", DataTypes.createArrayType(new StructType().add("level", DataTypes.StringType)
          .add("id", DataTypes.StringType).add("mentions", DataTypes.IntegerType).add("sentences", DataTypes.IntegerType)
          .add("paragraphs", DataTypes.IntegerType)))
      .add("units", DataTypes.createArrayType(new StructType().add("level", DataTypes.StringType)
          .add("sentences", DataTypes.IntegerType).add("paragraphs", DataTypes.IntegerType)));

  /**
   * The edge column that counts a scope's own units (sentences, paragraphs or articles): the weight
   * of an edge in its network, for the graph metrics and the GraphML export alike.
   */
  static String unitsColumn(String scope) {
    return switch (scope) {
      case "sentence" -> "sentences";
      case "paragraph" -> "paragraphs";
      default -> "articles";
    };
  }

  /** The units of a scope in an article: its sentences or paragraphs (given as columns), or the article itself. */
  private static Column unitsAt(String scope, String sentences, String paragraphs) {
    return switch (scope) {
      case "sentence" -> col(sentences).cast("long");
      case "paragraph" -> col(paragraphs).cast("long");
      default -> lit(1L);
    };
  }

  private static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
  }

  /** Runs {@link GraphMetrics} once per network (scope, level, period) over its published edges. */
  private static Dataset<Row> graphMetrics(Dataset<Row> edges, NetworkConfig cfg) {
    StructType schema = new StructType().add("scope", DataTypes.StringType).add("level", DataTypes.StringType)
        .add("period", DataTypes.StringType).add("node", DataTypes.StringType).add("degree", DataTypes.IntegerType)
        .add("weighted_degree", DataTypes.DoubleType).add("pagerank", DataTypes.DoubleType)
        .add("betweenness", DataTypes.DoubleType).add("betweenness_sampled", DataTypes.BooleanType)
        .add("community", DataTypes.StringType);
    double damping = cfg.damping;
    int sources = cfg.betweennessSources;
    Column weight = lit(null);
    for (String scope : NetworkConfig.SCOPES) weight = when(col("scope").equalTo(scope), col(unitsColumn(scope))).otherwise(weight);
    weight = weight.cast("double");
    return edges.select(col("scope"), col("level"), col("period"), col("actor_a"), col("actor_b"), weight.as("w"))
        .groupByKey((MapFunction<Row, String>) r -> r.getString(0) + "\u0001" + r.getString(1) + "\u0001" + r.getString(2),
            Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (k, rows) -> {
          List<GraphMetrics.Edge> list = new ArrayList<>();
          while (rows.hasNext()) {
            Row r = rows.next();
            list.add(new GraphMetrics.Edge(r.getString(3), r.getString(4), r.getDouble(5)));
          }
          String[] parts = k.split("\u0001", -1);
          List<Row> out = new ArrayList<>();
          // The sampling seed comes from the network's key, so reruns draw the same sources.
          for (GraphMetrics.Node n : GraphMetrics.compute(list, damping, sources, k.hashCode())) {
            out.add(RowFactory.create(parts[0], parts[1], parts[2], n.id(), n.degree(), n.weightedDegree(),
                n.pageRank(), n.betweenness(), n.betweennessSampled(), n.community()));
          }
          return out.iterator();
        }, Encoders.row(schema));
  }

  /**
   * Adds each node's name: the actors table's, else the gazetteer's (a state known at state level
   * only through its people is not in the actors table).
   */
  private static Dataset<Row> withNames(Dataset<Row> counts, Dataset<Row> actors) {
    Dataset<Row> known = actors.select(col("actor_id").as("node"), col("name").as("known_name"));
    Dataset<Row> names = counts.select("node").distinct().join(known, new String[] {"node"}, "left");
    StructType schema = new StructType().add("node", DataTypes.StringType).add("name", DataTypes.StringType);
    Dataset<Row> named = names.map((MapFunction<Row, Row>) r -> RowFactory.create(r.getString(0),
        r.isNullAt(1) ? ActorsJob.nameOf(r.getString(0)) : r.getString(1)), Encoders.row(schema));
    return counts.join(named, "node");
  }
}
