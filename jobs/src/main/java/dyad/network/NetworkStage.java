package dyad.network;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dyad.article.ArticleStep;
import dyad.core.DyadConfig;
import dyad.core.FaultInjection;
import dyad.core.Level;
import dyad.core.NetworkConfig;
import dyad.core.Period;
import dyad.core.Scope;
import dyad.core.SparkSessions;
import dyad.schema.Rows.MentionRow;
import dyad.schema.Rows.MetricRow;
import dyad.schema.StateNames;
import dyad.schema.Tables;
import dyad.stage.Corpus;
import dyad.stage.Part;
import dyad.stage.Stage;
import dyad.stage.StageContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;

/**
 * The network stage: the mentions of the articles that are not duplicates (with the articles' dates
 * and sources) to {@code comention_edges} and {@code actor_metrics}. Pairs are formed inside each
 * unit (sentence, paragraph, article) by {@link ArticlePairs}, so the work grows with the mentions
 * and the actors per unit, never with the square of all actors. Node metrics are computed per
 * network (scope, level, period) by {@link GraphMetrics} on the executors, one task per network.
 */
public final class NetworkStage implements Stage {
  public static final String NAME = "network";
  /** The all-time state-level network, for Gephi and other graph tools. */
  public static final String GRAPHML = "network.graphml";
  /** The fault-injection site of the per-article pair counts (tests only). */
  public static final String SITE = NAME;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Part> adds() {
    return Set.of();
  }

  @Override
  public Set<Part> needs() {
    return Set.of(Part.ARTICLE, Part.MENTIONS);
  }

  @Override
  public List<Tables.Table> writes() {
    return List.of(Tables.COMENTION_EDGES, Tables.ACTOR_METRICS);
  }

  /** The pairs are counted in this stage's own job, from the mentions the pass stored: nothing to add per article. */
  @Override
  public ArticleStep step(DyadConfig cfg) {
    return null;
  }

  @Override
  public Corpus run(Corpus corpus, StageContext ctx) {
    NetworkConfig cfg = ctx.config().network();
    Map<String, Object> totals = ctx.totals(NAME);
    totals.put("min_support", cfg.minSupport());
    ctx.progress().say(NAME, "pairs by " + join(cfg.scopes()) + ", " + join(cfg.periods()) + ", " + join(cfg.levels()));

    // A source is the outlet; without one, the input file (a file of many records is one source).
    Column sourceKey = coalesce(col("article.publisher"), regexp_replace(col("article.source"), "(#.*|:(line|row|item) [0-9]+)$", ""));
    Dataset<Articles> articles = corpus.kept().filter(size(col("mentions")).gt(0))
        .select(col("article.articleId").as("articleId"), col("article.date").as("date"), sourceKey.as("sourceKey"),
            col("mentions"))
        .as(Encoders.bean(Articles.class));
    List<Level> levels = cfg.levels();
    Dataset<Counts> counted = articles.map((MapFunction<Articles, Counts>) a -> {
      FaultInjection.maybeFail(SITE);
      return Counts.of(a, ArticlePairs.of(a.getMentions(), levels));
    }, Encoders.bean(Counts.class));
    // Written once and read back: the edges, the actors' units and the units of each scope all read it.
    Observation pass = new Observation("network-articles");
    String dir = ctx.scratch() + "/network-articles";
    counted.observe(pass, sum("unresolved").as("unresolved")).write().mode(SaveMode.ErrorIfExists).parquet(dir);
    Dataset<Row> perArticle = ctx.spark().read().schema(Encoders.bean(Counts.class).schema()).parquet(dir);
    if (levels.contains(Level.STATE)) {
      // People with no known state cannot be rolled up; they are counted, not lost silently.
      totals.put("state_level_unresolved_mentions", SparkSessions.count(SparkSessions.observed(pass), "unresolved"));
    }

    Column periods = Period.labels(cfg.periods(), col("date"));
    // One row per pair and scope at which the pair is named together in the article; then per period.
    List<Column> atScopes = new ArrayList<>();
    for (Scope scope : cfg.scopes()) {
      atScopes.add(struct(lit(scope.toString()).as("scope"), unitsAt(scope, "p.sentences", "p.paragraphs").as("units"),
          (scope == Scope.SENTENCE ? col("p.sentenceParagraphs") : col("p.paragraphs")).as("paras")));
    }
    Dataset<Row> perScope = perArticle.select(col("articleId"), col("date"), col("sourceKey"), explode(col("pairs")).as("p"))
        .select(col("articleId"), col("date"), col("sourceKey"), col("p.level").as("level"), col("p.a").as("actor_a"),
            col("p.b").as("actor_b"), col("p.sentences").as("sentences"), col("p.self").as("self"),
            explode(array(atScopes.toArray(Column[]::new))).as("at"))
        .select(col("level"), col("at.scope").as("scope"), col("articleId"), col("date"), col("sourceKey"),
            col("actor_a"), col("actor_b"), col("at.units").as("units"), col("at.paras").as("paras"),
            col("sentences"), col("self"))
        .filter(col("units").gt(0))
        .withColumn("period", explode(periods)).filter(col("period").isNotNull());
    Column[] keyCols = {col("level"), col("scope"), col("period"), col("actor_a"), col("actor_b")};
    // One hash aggregation with map-side partial results (EdgeStats): no window sort over every row.
    UserDefinedFunction edgeStats = functions.udaf(new EdgeStats(cfg.examples()), Encoders.row(EdgeStats.INPUT));
    List<Column> out = new ArrayList<>(List.of(keyCols));
    for (String f : EdgeStats.OUTPUT.fieldNames()) out.add(col("e." + f).as(f));
    Dataset<Row> edgeCounts = perScope.groupBy(keyCols)
        .agg(edgeStats.apply(col("articleId"), col("units"), col("paras").cast("long"), col("sentences").cast("long"),
            col("sourceKey"), col("date"), col("self")).as("e"))
        .select(out.toArray(Column[]::new));

    // Marginals in the same scope and period: units naming each actor, and units naming any.
    List<Column> nodeScopes = new ArrayList<>();
    List<Column> unitScopes = new ArrayList<>();
    for (Scope scope : cfg.scopes()) {
      nodeScopes.add(struct(lit(scope.toString()).as("scope"), unitsAt(scope, "n.sentences", "n.paragraphs").as("units")));
      unitScopes.add(struct(lit(scope.toString()).as("scope"), unitsAt(scope, "u.sentences", "u.paragraphs").as("units")));
    }
    Dataset<Row> nodes = perArticle.select(col("articleId"), col("date"), explode(col("nodes")).as("n"))
        .withColumn("period", explode(periods)).filter(col("period").isNotNull());
    Dataset<Row> actorUnits = nodes
        .select(col("n.level").as("level"), col("period"), col("n.id").as("node"), explode(array(nodeScopes.toArray(Column[]::new))).as("at"))
        .groupBy(col("level"), col("at.scope").as("scope"), col("period"), col("node")).agg(sum("at.units").as("n"));
    Dataset<Row> scopeUnitsTotal = perArticle.select(col("date"), explode(col("units")).as("u"))
        .withColumn("period", explode(periods)).filter(col("period").isNotNull())
        .select(col("u.level").as("level"), col("period"), explode(array(unitScopes.toArray(Column[]::new))).as("at"))
        .groupBy(col("level"), col("at.scope").as("scope"), col("period")).agg(sum("at.units").as("scope_units"));
    Dataset<Row> all = edgeCounts
        .join(actorUnits.withColumnRenamed("node", "actor_a").withColumnRenamed("n", "a_units"),
            new String[] {"level", "scope", "period", "actor_a"})
        .join(actorUnits.withColumnRenamed("node", "actor_b").withColumnRenamed("n", "b_units"),
            new String[] {"level", "scope", "period", "actor_b"})
        .join(scopeUnitsTotal, new String[] {"level", "scope", "period"})
        .withColumn("pmi", Pmi.pmi(col("support"), col("a_units"), col("b_units"), col("scope_units")))
        .withColumn("npmi", Pmi.npmi(col("support"), col("a_units"), col("b_units"), col("scope_units")));

    // Edges found and those below network.minSupport, per level and scope, counted as the edges are written.
    Observation edgeTotals = new Observation("network-edges");
    List<Column> perNetwork = new ArrayList<>();
    for (Level l : levels) {
      for (Scope sc : cfg.scopes()) {
        Column in = col("level").equalTo(l.toString()).and(col("scope").equalTo(sc.toString()));
        perNetwork.add(sum(when(in, 1L).otherwise(0L)).as("found " + l + "/" + sc));
        perNetwork.add(sum(when(in.and(col("articles").lt(cfg.minSupport())), 1L).otherwise(0L)).as("pruned " + l + "/" + sc));
      }
    }
    Dataset<Row> observed = all.observe(edgeTotals, perNetwork.get(0), perNetwork.subList(1, perNetwork.size()).toArray(Column[]::new));
    ctx.write(Tables.COMENTION_EDGES, observed.filter(col("articles").geq(cfg.minSupport())));
    Map<String, Long> found = new TreeMap<>();
    Map<String, Long> pruned = new TreeMap<>();
    Map<String, Object> perLevelScope = SparkSessions.observed(edgeTotals);
    for (String k : perLevelScope.keySet()) {
      String[] kv = k.split(" ", 2);
      (kv[0].equals("found") ? found : pruned).put(kv[1], SparkSessions.count(perLevelScope, k));
    }
    totals.put("edges_found", found);
    totals.put("pruned_edges", pruned);
    ctx.progress().say(NAME, found.values().stream().mapToLong(Long::longValue).sum() + " edges, "
        + pruned.values().stream().mapToLong(Long::longValue).sum() + " in fewer than " + cfg.minSupport()
        + " articles (network.minSupport), not published");

    // The metrics read the edges as written, not computed again.
    Dataset<Row> edges = ctx.table(Tables.COMENTION_EDGES);
    ctx.progress().say(NAME, "node metrics: PageRank, betweenness, communities");
    Dataset<Row> graphMetrics = graphMetrics(edges, cfg);
    Dataset<Row> counts = nodes.groupBy(col("n.level").as("level"), col("period"), col("n.id").as("node"))
        .agg(sum("n.mentions").as("mentions"), count(lit(1)).as("articles"))
        .withColumn("scope", explode(array(cfg.scopes().stream().map(sc -> lit(sc.toString())).toArray(Column[]::new))));
    Dataset<Row> metrics = withNames(counts, ctx.table(Tables.ACTORS))
        .join(graphMetrics, new String[] {"level", "scope", "period", "node"}, "left")
        .withColumn("degree", coalesce(col("degree"), lit(0)))
        .withColumn("weighted_degree", coalesce(col("weighted_degree"), lit(0.0)))
        .withColumnRenamed("node", "actor_id");
    ctx.write(Tables.ACTOR_METRICS, metrics);

    Scope graphml = cfg.graphml();
    if (levels.contains(Level.STATE) && cfg.periods().contains(Period.ALL) && graphml != null && cfg.scopes().contains(graphml)) {
      Column net = col("level").equalTo(Level.STATE.toString()).and(col("period").equalTo(Period.ALL_LABEL))
          .and(col("scope").equalTo(graphml.toString()));
      // One network's rows, sorted here: an orderBy would sample the rows in a job of its own first.
      List<Row> vertices = new ArrayList<>(ctx.table(Tables.ACTOR_METRICS).filter(net).collectAsList());
      vertices.sort(java.util.Comparator.comparing(r -> r.<String>getAs("actor_id")));
      List<Row> links = new ArrayList<>(edges.filter(net).collectAsList());
      links.sort(java.util.Comparator.<Row, String>comparing(r -> r.getAs("actor_a")).thenComparing(r -> r.<String>getAs("actor_b")));
      String xml = GraphMl.write(vertices, links, graphml);
      ctx.writeFile(GRAPHML, xml);
    }
    return corpus;
  }

  private static String join(List<?> values) {
    return String.join("/", values.stream().map(String::valueOf).toList());
  }

  /**
   * The edge column that counts a scope's own units (sentences, paragraphs or articles): the weight
   * of an edge in its network, for the graph metrics and the GraphML export alike.
   */
  static String unitsColumn(Scope scope) {
    return switch (scope) {
      case SENTENCE -> "sentences";
      case PARAGRAPH -> "paragraphs";
      case ARTICLE -> "articles";
    };
  }

  /** The units of a scope in an article: its sentences or paragraphs (given as columns), or the article itself. */
  private static Column unitsAt(Scope scope, String sentences, String paragraphs) {
    return switch (scope) {
      case SENTENCE -> col(sentences).cast("long");
      case PARAGRAPH -> col(paragraphs).cast("long");
      case ARTICLE -> lit(1L);
    };
  }

  /** Runs {@link GraphMetrics} once per network (scope, level, period) over its published edges. */
  private static Dataset<Row> graphMetrics(Dataset<Row> edges, NetworkConfig cfg) {
    double damping = cfg.damping();
    int sources = cfg.betweennessSources();
    Column weight = lit(null);
    for (Scope scope : Scope.values()) weight = when(col("scope").equalTo(scope.toString()), col(unitsColumn(scope))).otherwise(weight);
    Dataset<GraphEdge> typed = edges.select(col("scope"), col("level"), col("period"), col("actor_a").as("a"), col("actor_b").as("b"),
        weight.cast("double").as("weight")).as(Encoders.bean(GraphEdge.class));
    return typed.groupByKey((MapFunction<GraphEdge, String>) GraphEdge::network, Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, GraphEdge, MetricRow>) (k, rows) -> {
          List<GraphMetrics.Edge> list = new ArrayList<>();
          GraphEdge first = null;
          while (rows.hasNext()) {
            GraphEdge e = rows.next();
            if (first == null) first = e;
            list.add(new GraphMetrics.Edge(e.getA(), e.getB(), e.getWeight()));
          }
          List<MetricRow> out = new ArrayList<>();
          // The sampling seed comes from the network's key, so reruns draw the same sources.
          for (GraphMetrics.Node n : GraphMetrics.compute(list, damping, sources, k.hashCode())) {
            MetricRow m = new MetricRow();
            m.setScope(first.getScope());
            m.setLevel(first.getLevel());
            m.setPeriod(first.getPeriod());
            m.setActorId(n.id());
            m.setDegree(n.degree());
            m.setWeightedDegree(n.weightedDegree());
            m.setPagerank(n.pageRank());
            m.setBetweenness(n.betweenness());
            m.setBetweennessSampled(n.betweennessSampled());
            m.setCommunity(n.community());
            out.add(m);
          }
          return out.iterator();
        }, Encoders.bean(MetricRow.class))
        .select(col("scope"), col("level"), col("period"), col("actorId").as("node"), col("degree"),
            col("weightedDegree").as("weighted_degree"), col("pagerank"), col("betweenness"),
            col("betweennessSampled").as("betweenness_sampled"), col("community"));
  }

  /**
   * Adds each node's name: the actors table's, else the state's or organisation's (a state known at
   * state level only through its people is not in the actors table).
   */
  private static Dataset<Row> withNames(Dataset<Row> counts, Dataset<Row> actors) {
    Dataset<Row> known = actors.select(col("actor_id").as("node"), col("name").as("known_name"));
    List<Row> rows = new ArrayList<>();
    StateNames.all().forEach((id, name) -> rows.add(org.apache.spark.sql.RowFactory.create(id, name)));
    Dataset<Row> states = counts.sparkSession().createDataFrame(rows, new org.apache.spark.sql.types.StructType()
        .add("node", org.apache.spark.sql.types.DataTypes.StringType).add("state_name", org.apache.spark.sql.types.DataTypes.StringType));
    return counts.join(known, new String[] {"node"}, "left").join(functions.broadcast(states), new String[] {"node"}, "left")
        .withColumn("name", coalesce(col("known_name"), col("state_name")))
        .drop("known_name", "state_name");
  }

  /** One article's id, date, source and mentions: what its pairs are counted from. */
  public static final class Articles implements Serializable {
    private static final long serialVersionUID = 1L;
    private String articleId;
    private LocalDate date;
    private String sourceKey;
    private List<MentionRow> mentions;

    public String getArticleId() { return articleId; }
    public void setArticleId(String v) { articleId = v; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate v) { date = v; }
    public String getSourceKey() { return sourceKey; }
    public void setSourceKey(String v) { sourceKey = v; }
    public List<MentionRow> getMentions() { return mentions; }
    public void setMentions(List<MentionRow> v) { mentions = v; }
  }

  /** One article's pairs, actors and units at each level (from {@link ArticlePairs}), as Spark stores them. */
  public static final class Counts implements Serializable {
    private static final long serialVersionUID = 1L;
    private String articleId;
    private LocalDate date;
    private String sourceKey;
    private int unresolved;
    private List<PairCount> pairs;
    private List<NodeCount> nodes;
    private List<UnitCount> units;

    static Counts of(Articles a, ArticlePairs.Result r) {
      Counts c = new Counts();
      c.articleId = a.getArticleId();
      c.date = a.getDate();
      c.sourceKey = a.getSourceKey();
      c.unresolved = r.unresolved();
      c.pairs = r.pairs().stream().map(PairCount::of).toList();
      c.nodes = r.nodes().stream().map(NodeCount::of).toList();
      c.units = r.units().stream().map(UnitCount::of).toList();
      return c;
    }

    public String getArticleId() { return articleId; }
    public void setArticleId(String v) { articleId = v; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate v) { date = v; }
    public String getSourceKey() { return sourceKey; }
    public void setSourceKey(String v) { sourceKey = v; }
    public int getUnresolved() { return unresolved; }
    public void setUnresolved(int v) { unresolved = v; }
    public List<PairCount> getPairs() { return pairs; }
    public void setPairs(List<PairCount> v) { pairs = v; }
    public List<NodeCount> getNodes() { return nodes; }
    public void setNodes(List<NodeCount> v) { nodes = v; }
    public List<UnitCount> getUnits() { return units; }
    public void setUnits(List<UnitCount> v) { units = v; }
  }

  /** {@link ArticlePairs.Pair} as Spark stores it. */
  public static final class PairCount implements Serializable {
    private static final long serialVersionUID = 1L;
    private String level;
    private String a;
    private String b;
    private int sentences;
    private int sentenceParagraphs;
    private int paragraphs;
    private boolean self;

    static PairCount of(ArticlePairs.Pair p) {
      PairCount c = new PairCount();
      c.level = p.level().toString();
      c.a = p.a();
      c.b = p.b();
      c.sentences = p.sentences();
      c.sentenceParagraphs = p.sentenceParagraphs();
      c.paragraphs = p.paragraphs();
      c.self = p.self();
      return c;
    }

    public String getLevel() { return level; }
    public void setLevel(String v) { level = v; }
    public String getA() { return a; }
    public void setA(String v) { a = v; }
    public String getB() { return b; }
    public void setB(String v) { b = v; }
    public int getSentences() { return sentences; }
    public void setSentences(int v) { sentences = v; }
    public int getSentenceParagraphs() { return sentenceParagraphs; }
    public void setSentenceParagraphs(int v) { sentenceParagraphs = v; }
    public int getParagraphs() { return paragraphs; }
    public void setParagraphs(int v) { paragraphs = v; }
    public boolean isSelf() { return self; }
    public void setSelf(boolean v) { self = v; }
  }

  /** {@link ArticlePairs.Node} as Spark stores it. */
  public static final class NodeCount implements Serializable {
    private static final long serialVersionUID = 1L;
    private String level;
    private String id;
    private int mentions;
    private int sentences;
    private int paragraphs;

    static NodeCount of(ArticlePairs.Node n) {
      NodeCount c = new NodeCount();
      c.level = n.level().toString();
      c.id = n.id();
      c.mentions = n.mentions();
      c.sentences = n.sentences();
      c.paragraphs = n.paragraphs();
      return c;
    }

    public String getLevel() { return level; }
    public void setLevel(String v) { level = v; }
    public String getId() { return id; }
    public void setId(String v) { id = v; }
    public int getMentions() { return mentions; }
    public void setMentions(int v) { mentions = v; }
    public int getSentences() { return sentences; }
    public void setSentences(int v) { sentences = v; }
    public int getParagraphs() { return paragraphs; }
    public void setParagraphs(int v) { paragraphs = v; }
  }

  /** {@link ArticlePairs.Units} as Spark stores it. */
  public static final class UnitCount implements Serializable {
    private static final long serialVersionUID = 1L;
    private String level;
    private int sentences;
    private int paragraphs;

    static UnitCount of(ArticlePairs.Units u) {
      UnitCount c = new UnitCount();
      c.level = u.level().toString();
      c.sentences = u.sentences();
      c.paragraphs = u.paragraphs();
      return c;
    }

    public String getLevel() { return level; }
    public void setLevel(String v) { level = v; }
    public int getSentences() { return sentences; }
    public void setSentences(int v) { sentences = v; }
    public int getParagraphs() { return paragraphs; }
    public void setParagraphs(int v) { paragraphs = v; }
  }

  /** One published edge as a network's graph metrics read it. */
  public static final class GraphEdge implements Serializable {
    private static final long serialVersionUID = 1L;
    private String scope;
    private String level;
    private String period;
    private String a;
    private String b;
    private double weight;

    /** The network's key; its hash seeds the betweenness sample, so it stays as it was. */
    String network() {
      return scope + "\u0001" + level + "\u0001" + period;
    }

    public String getScope() { return scope; }
    public void setScope(String v) { scope = v; }
    public String getLevel() { return level; }
    public void setLevel(String v) { level = v; }
    public String getPeriod() { return period; }
    public void setPeriod(String v) { period = v; }
    public String getA() { return a; }
    public void setA(String v) { a = v; }
    public String getB() { return b; }
    public void setB(String v) { b = v; }
    public double getWeight() { return weight; }
    public void setWeight(double v) { weight = v; }
  }
}
