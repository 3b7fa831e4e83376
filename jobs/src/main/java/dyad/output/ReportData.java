package dyad.output;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.row_number;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.core.DyadConfig;
import dyad.schema.Tables;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;

/**
 * Collects from a run's output the few thousand rows a dashboard shows: the all-time networks at
 * article scope (the strongest nodes and edges), the strongest pairs with their monthly mentions,
 * directed sentiment both ways and example sentences, and the topics with their trends. The result
 * is a JSON tree that {@link Report} embeds in the page; the tables stay the source of truth.
 */
public final class ReportData {
  /** Nodes drawn per network: beyond a hundred or so a force layout is a hairball. */
  public static final int MAX_NODES = 80;
  public static final int MAX_EDGES = 300;
  /** Pairs in the picker, per level. */
  public static final int MAX_PAIRS = 100;
  /** Example sentences per pair and direction. */
  public static final int EXAMPLES = 3;
  static final List<String> LEVELS = List.of("state", "actor");

  private ReportData() {}

  /** Reads the output at {@code dir} (a run of the whole pipeline) into the report's data. */
  public static Map<String, Object> collect(SparkSession spark, String dir) {
    Map<String, Object> data = new LinkedHashMap<>();
    JsonNode manifest = manifest(spark, dir);
    data.put("manifest", manifest);
    Dataset<Row> edges = RunOutput.read(spark, dir, Tables.COMENTION_EDGES)
        .where(col("scope").equalTo("article").and(col("self_pair").equalTo(false))).cache();
    Dataset<Row> metrics = RunOutput.read(spark, dir, Tables.ACTOR_METRICS)
        .where(col("scope").equalTo("article").and(col("period").equalTo("all")));
    Dataset<Row> pairSentiment = RunOutput.read(spark, dir, Tables.PAIR_SENTIMENT);
    Dataset<Row> sentences = RunOutput.read(spark, dir, Tables.SENTENCE_SENTIMENT);
    // Outputs of runs before the events stage (or with --skip events) have no pair_events: the report shows none.
    Dataset<Row> pairEvents = optional(spark, dir, Tables.PAIR_EVENTS);
    Dataset<Row> pairTopics = RunOutput.read(spark, dir, Tables.PAIR_TOPICS)
        .where(col("scope").equalTo("article").and(col("period").equalTo("all")).and(col("rank").leq(3)));
    Map<String, Object> networks = new LinkedHashMap<>();
    Map<String, Object> pairs = new LinkedHashMap<>();
    Map<String, String> names = new HashMap<>();
    for (Row r : RunOutput.read(spark, dir, Tables.ACTORS).select("actor_id", "name").collectAsList()) {
      names.put(r.getString(0), r.getString(1));
    }
    for (String level : LEVELS) {
      networks.put(level, network(edges, metrics, level));
      pairs.put(level, pairs(edges, pairSentiment, pairEvents, sentences, pairTopics, level, names));
    }
    data.put("names", new java.util.TreeMap<>(names));
    data.put("networks", networks);
    data.put("pairs", pairs);
    data.put("topics", topics(spark, dir));
    edges.unpersist();
    return data;
  }

  private static JsonNode manifest(SparkSession spark, String dir) {
    Path p = new Path(dir, RunOutput.MANIFEST);
    try {
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(p)) {
        throw new IllegalArgumentException("--input " + dir + " has no " + RunOutput.MANIFEST
            + ": give the output directory of `dyad run`");
      }
      try (InputStream in = fs.open(p)) {
        return DyadConfig.mapper().readTree(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
    }
  }

  private static Map<String, Object> network(Dataset<Row> edges, Dataset<Row> metrics, String level) {
    List<Map<String, Object>> nodes = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Row r : metrics.where(col("level").equalTo(level).and(col("pagerank").isNotNull()))
        .orderBy(col("pagerank").desc(), col("actor_id")).limit(MAX_NODES)
        .select("actor_id", "name", "pagerank", "community", "mentions", "articles", "degree", "betweenness")
        .collectAsList()) {
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("id", r.getString(0));
      n.put("name", r.getString(1));
      n.put("pagerank", r.getDouble(2));
      n.put("community", r.getString(3));
      n.put("mentions", r.getLong(4));
      n.put("articles", r.getLong(5));
      n.put("degree", r.getInt(6));
      n.put("betweenness", r.isNullAt(7) ? null : r.getDouble(7));
      nodes.add(n);
      ids.add(r.getString(0));
    }
    List<Map<String, Object>> links = new ArrayList<>();
    if (!ids.isEmpty()) {
      Column inNodes = col("actor_a").isin(ids.toArray()).and(col("actor_b").isin(ids.toArray()));
      for (Row r : edges.where(col("level").equalTo(level).and(col("period").equalTo("all")).and(inNodes))
          .orderBy(col("articles").desc(), col("sentences").desc(), col("actor_a"), col("actor_b")).limit(MAX_EDGES)
          .select("actor_a", "actor_b", "articles", "sentences", "npmi").collectAsList()) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("a", r.getString(0));
        e.put("b", r.getString(1));
        e.put("articles", r.getLong(2));
        e.put("sentences", r.getLong(3));
        e.put("npmi", r.isNullAt(4) ? null : r.getDouble(4));
        links.add(e);
      }
    }
    return Map.of("nodes", nodes, "edges", links);
  }

  private static Dataset<Row> optional(SparkSession spark, String dir, Tables.Table table) {
    try {
      return RunOutput.read(spark, dir, table);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static List<Map<String, Object>> pairs(Dataset<Row> edges, Dataset<Row> pairSentiment, Dataset<Row> pairEvents,
      Dataset<Row> sentences, Dataset<Row> pairTopics, String level, Map<String, String> names) {
    Dataset<Row> lvl = edges.where(col("level").equalTo(level));
    List<Row> top = lvl.where(col("period").equalTo("all"))
        .orderBy(col("articles").desc(), col("sentences").desc(), col("actor_a"), col("actor_b")).limit(MAX_PAIRS)
        .select("actor_a", "actor_b", "articles", "sentences", "npmi").collectAsList();
    Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
    for (Row r : top) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("a", r.getString(0));
      p.put("b", r.getString(1));
      p.put("articles", r.getLong(2));
      p.put("sentences", r.getLong(3));
      p.put("npmi", r.isNullAt(4) ? null : r.getDouble(4));
      p.put("mentions", new ArrayList<>());
      p.put("sentiment", new ArrayList<>());
      p.put("events", new ArrayList<>());
      p.put("examples", new ArrayList<>());
      p.put("topics", new ArrayList<>());
      byKey.put(r.getString(0) + "|" + r.getString(1), p);
    }
    if (byKey.isEmpty()) return List.of();
    Object[] keys = byKey.keySet().toArray();
    Column pairKey = concat_ws("|", col("actor_a"), col("actor_b"));
    for (Row r : lvl.where(col("period").notEqual("all").and(pairKey.isin(keys)))
        .orderBy("actor_a", "actor_b", "period").select("actor_a", "actor_b", "period", "articles", "sentences")
        .collectAsList()) {
      list(byKey.get(r.getString(0) + "|" + r.getString(1)), "mentions")
          .add(Map.of("period", r.getString(2), "articles", r.getLong(3), "sentences", r.getLong(4)));
    }
    // Directed rows either way round: the key is the pair in id order.
    Column lo = least(col("source_actor"), col("target_actor"));
    Column hi = greatest(col("source_actor"), col("target_actor"));
    Column directedKey = concat_ws("|", lo, hi);
    for (Row r : pairSentiment.where(col("level").equalTo(level).and(col("source_actor").isNotNull())
            .and(directedKey.isin(keys)))
        .orderBy("source_actor", "target_actor", "period")
        .select(directedKey.as("k"), col("source_actor"), col("target_actor"), col("period"), col("records"),
            col("mean_score"), col("ci_low"), col("ci_high"), col("mean_cooperation"))
        .collectAsList()) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("source", r.getString(1));
      s.put("target", r.getString(2));
      s.put("period", r.getString(3));
      s.put("records", r.getLong(4));
      s.put("mean", r.getDouble(5));
      s.put("low", r.isNullAt(6) ? null : r.getDouble(6));
      s.put("high", r.isNullAt(7) ? null : r.getDouble(7));
      s.put("cooperation", r.isNullAt(8) ? null : r.getDouble(8));
      list(byKey.get(r.getString(0)), "sentiment").add(s);
    }
    if (pairEvents != null) {
      for (Row r : pairEvents.where(col("level").equalTo(level).and(directedKey.isin(keys)))
          .orderBy(col("period"), col("source_actor"), col("target_actor"))
          .select(directedKey.as("k"), col("source_actor"), col("target_actor"), col("period"), col("events"),
              col("verbal_cooperation"), col("material_cooperation"), col("verbal_conflict"), col("material_conflict"),
              col("goldstein_mean"), col("ci_low"), col("ci_high"))
          .collectAsList()) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("source", r.getString(1));
        e.put("target", r.getString(2));
        e.put("period", r.getString(3));
        e.put("events", r.getLong(4));
        e.put("vc", r.getLong(5));
        e.put("mc", r.getLong(6));
        e.put("vk", r.getLong(7));
        e.put("mk", r.getLong(8));
        e.put("goldstein", r.getDouble(9));
        e.put("low", r.isNullAt(10) ? null : r.getDouble(10));
        e.put("high", r.isNullAt(11) ? null : r.getDouble(11));
        list(byKey.get(r.getString(0)), "events").add(e);
      }
    }
    String src = "state".equals(level) ? "source_state" : "source_actor";
    String tgt = "state".equals(level) ? "target_state" : "target_actor";
    Column exKey = concat_ws("|", least(col(src), col(tgt)), greatest(col(src), col(tgt)));
    Column strength = abs(col("score"));
    Dataset<Row> ex = sentences.where(col(src).isNotNull().and(col(src).notEqual(col(tgt))).and(exKey.isin(keys)))
        .withColumn("k", exKey)
        .withColumn("n", row_number().over(Window.partitionBy(col(src), col(tgt))
            .orderBy(strength.desc(), col("article_id"), col("paragraph"), col("sentence"))));
    for (Row r : ex.where(col("n").leq(EXAMPLES)).orderBy(col("k"), col(src), col(tgt), col("n"))
        .select(col("k"), col(src), col(tgt), col("score"), col("cue"), col("text"), col("article_id")).collectAsList()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("source", r.getString(1));
      e.put("target", r.getString(2));
      e.put("score", r.getDouble(3));
      e.put("cue", r.getString(4));
      e.put("text", r.getString(5));
      e.put("article", r.getString(6));
      list(byKey.get(r.getString(0)), "examples").add(e);
    }
    for (Row r : pairTopics.where(col("level").equalTo(level).and(pairKey.isin(keys)))
        .orderBy("actor_a", "actor_b", "rank").select("actor_a", "actor_b", "topic_id", "weight").collectAsList()) {
      list(byKey.get(r.getString(0) + "|" + r.getString(1)), "topics")
          .add(Map.of("topic", r.getInt(2), "weight", r.getDouble(3)));
    }
    for (Map<String, Object> p : byKey.values()) {
      p.put("label", names.getOrDefault((String) p.get("a"), (String) p.get("a")) + " – "
          + names.getOrDefault((String) p.get("b"), (String) p.get("b")));
    }
    return new ArrayList<>(byKey.values());
  }

  private static Map<String, Object> topics(SparkSession spark, String dir) {
    List<Map<String, Object>> topics = new ArrayList<>();
    for (Row r : RunOutput.read(spark, dir, Tables.TOPICS).orderBy("topic_id")
        .select("topic_id", "label", "terms", "weights", "npmi", "size", "share", "example_titles").collectAsList()) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("id", r.getInt(0));
      t.put("label", r.getString(1));
      t.put("terms", head(r.getList(2), 10));
      t.put("weights", head(r.getList(3), 10));
      t.put("npmi", r.isNullAt(4) ? null : r.getDouble(4));
      t.put("size", r.getLong(5));
      t.put("share", r.getDouble(6));
      t.put("titles", r.isNullAt(7) ? List.of() : r.getList(7));
      topics.add(t);
    }
    Set<String> periods = new TreeSet<>();
    Map<Integer, Map<String, Double>> trend = new LinkedHashMap<>();
    for (Row r : RunOutput.read(spark, dir, Tables.TOPIC_TRENDS).where(col("period").notEqual("all"))
        .orderBy("topic_id", "period").select("topic_id", "period", "share").collectAsList()) {
      periods.add(r.getString(1));
      trend.computeIfAbsent(r.getInt(0), k -> new LinkedHashMap<>()).put(r.getString(1), r.getDouble(2));
    }
    for (Map<String, Object> t : topics) {
      Map<String, Double> byPeriod = trend.getOrDefault((Integer) t.get("id"), Collections.emptyMap());
      List<Double> series = new ArrayList<>();
      for (String p : periods) series.add(byPeriod.getOrDefault(p, 0.0));
      t.put("trend", series);
    }
    return Map.of("topics", topics, "periods", new ArrayList<>(periods));
  }

  private static <T> List<T> head(List<T> l, int n) {
    return new ArrayList<>(l.subList(0, Math.min(n, l.size())));
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Map<String, Object> pair, String key) {
    return (List<Object>) pair.get(key);
  }

  /** The data as JSON, safe to embed in a script element. */
  public static String json(Map<String, Object> data) {
    try {
      ObjectMapper m = DyadConfig.mapper();
      return m.writeValueAsString(data).replace("</", "<\\/");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
