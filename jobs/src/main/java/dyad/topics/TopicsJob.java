package dyad.topics;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_max;
import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dyad.core.Aggregates;
import dyad.core.InputSchema;
import dyad.core.Periods;
import dyad.core.Progress;
import dyad.core.SparkSessions;
import dyad.core.TopicsConfig;
import dyad.network.ArticlePairs;
import dyad.output.Tables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.clustering.DistributedLDAModel;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.clustering.LocalLDAModel;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The topics stage: {@code articles} and {@code mentions} to a fitted topic model (a Spark ML
 * {@link PipelineModel}: {@link NewsTokenizer}, {@code CountVectorizerModel}, {@code LocalLDAModel})
 * and the tables {@code topics}, {@code article_topics}, {@code pair_topics}, {@code topic_trends}
 * and {@code topic_quality}. Actors' names are masked before tokenising (topics.actorNames); LDA
 * fits on articles or, for small corpora, paragraphs; every article and paragraph then gets a topic
 * distribution from the model, which pairs and periods average.
 */
public final class TopicsJob {
  public static final String STAGE = "topics";
  /** Directory of the fitted model in the output: {@code PipelineModel.load} reads it back. */
  public static final String MODEL = "topic_model";
  /** The paragraph index of a whole-article unit. */
  static final int ARTICLE = -1;
  /** topics.docConcentration 0 with em: see its doc for the measurement behind it. */
  static final double EM_DOC_CONCENTRATION = 1.5;
  private static final long DOCS_PER_PARTITION = 20_000;

  public record Result(Dataset<Row> topics, Dataset<Row> articleTopics, Dataset<Row> pairTopics, Dataset<Row> trends,
      Dataset<Row> quality, PipelineModel model, Map<String, Object> totals) {}

  /** The figures of one fitted k. */
  public record Quality(int k, double[] npmi, double diversity, double logPerplexity, double seconds) {
    public double meanNpmi() {
      double s = 0;
      for (double x : npmi) s += x;
      return s / npmi.length;
    }
  }

  static final InputSchema ARTICLES = InputSchema.of(STAGE, Tables.ARTICLES,
      "article_id", "title", "paragraphs", "date", "duplicate_of");

  static final InputSchema MENTIONS = InputSchema.of(STAGE, Tables.MENTIONS,
      "article_id", "paragraph", "sentence", "start", "end", "actor_id", "type", "country");

  private static final StructType UNITS = new StructType().add("article_id", DataTypes.StringType)
      .add("paragraph", DataTypes.IntegerType).add("text", DataTypes.StringType);

  private static final StructType PAIRS = new StructType().add("article_id", DataTypes.StringType)
      .add("level", DataTypes.StringType).add("actor_a", DataTypes.StringType).add("actor_b", DataTypes.StringType)
      .add("paragraphs", DataTypes.createArrayType(DataTypes.IntegerType));

  private TopicsJob() {}

  /**
   * @param ks the numbers of topics to fit, the first used for the tables (from --k; else topics.k)
   * @param reuse a saved model to apply instead of fitting one, or null
   */
  public static Result run(Dataset<Row> articles, Dataset<Row> mentions, TopicsConfig cfg, List<Integer> ks,
      PipelineModel reuse, Progress progress) {
    ARTICLES.check(articles.schema());
    MENTIONS.check(mentions.schema());
    SparkSession spark = articles.sparkSession();
    Dataset<Row> kept = SparkSessions.materialize(
        articles.filter(col("duplicate_of").isNull()).select("article_id", "title", "paragraphs", "date"));
    Dataset<Row> byArticle = mentions.groupBy("article_id")
        .agg(collect_list(struct("paragraph", "sentence", "start", "end", "actor_id", "type", "country")).as("ms"));
    Dataset<Row> joined = SparkSessions.materialize(kept.join(byArticle, new String[] {"article_id"}, "left"));
    long nArticles = kept.count();
    String unit = cfg.document.equals("auto") ? (nArticles >= cfg.autoArticles ? "article" : "paragraph") : cfg.document;
    Map<String, Object> totals = new LinkedHashMap<>();
    totals.put("document", unit);

    progress.say(STAGE, "tokenising " + nArticles + " articles and their paragraphs (actor names: " + cfg.actorNames + ")");
    String mode = cfg.actorNames;
    Dataset<Row> units = joined.flatMap((FlatMapFunction<Row, Row>) r -> unitsOf(r, mode).iterator(), Encoders.row(UNITS));
    NewsTokenizer tokenizer = reuse != null ? (NewsTokenizer) reuse.stages()[0]
        : new NewsTokenizer("dyad_topics_tokenizer").setInputCol("text").setOutputCol("tokens");
    Dataset<Row> tokens = SparkSessions.materialize(tokenizer.transform(units).drop("text"));
    Column isFitUnit = unit.equals("article") ? col("paragraph").equalTo(ARTICLE) : col("paragraph").notEqual(ARTICLE);
    Dataset<Row> fitTokens = tokens.filter(isFitUnit.and(size(col("tokens")).gt(0)));
    long nDocs = fitTokens.count();
    totals.put("documents", nDocs);

    CountVectorizerModel cv = reuse != null ? (CountVectorizerModel) reuse.stages()[1] : vocabulary(fitTokens, cfg, nDocs);
    int vocab = cv.vocabulary().length;
    totals.put("vocabulary", vocab);
    int firstK = reuse != null ? k((LocalLDAModel) reuse.stages()[2]) : ks.get(0);
    if (vocab < 2 || nDocs < 2 || vocab < firstK) {
      // Too little text for a topic model: the tables are empty, and the manifest says why.
      totals.put("skipped", "too little text for " + firstK + " topics: " + nDocs + " documents with words, "
          + vocab + " terms in the vocabulary");
      progress.say(STAGE, (String) totals.get("skipped"));
      return empty(spark, totals);
    }
    Dataset<Row> vectors = SparkSessions.materialize(cv.transform(tokens).drop("tokens"));
    Dataset<Row> fitVectors = SparkSessions.materialize(ldaInput(cv.transform(fitTokens), nDocs));

    LocalLDAModel model = null;
    List<Quality> quality = new ArrayList<>();
    List<Integer> fitted = reuse != null ? List.of(firstK) : ks;
    for (int k : fitted) {
      long t0 = System.nanoTime();
      LocalLDAModel m;
      if (reuse != null) {
        m = (LocalLDAModel) reuse.stages()[2];
      } else {
        progress.say(STAGE, "LDA k=" + k + ", " + cfg.optimizer + ", " + cfg.iterations + " iterations on " + nDocs
            + " " + unit + "s, " + vocab + " terms");
        m = fit(fitVectors, cfg, k);
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      Quality q = quality(m, cv.vocabulary(), fitVectors, secs);
      progress.say(STAGE, String.format(java.util.Locale.ROOT, "k=%d: mean NPMI %.3f, diversity %.3f, log-perplexity %.3f",
          k, q.meanNpmi(), q.diversity(), q.logPerplexity()));
      quality.add(q);
      if (model == null) model = m;
    }
    PipelineModel pipeline = reuse != null ? reuse
        : new PipelineModel("dyad_topics", new Transformer[] {tokenizer, cv, model});
    Quality used = quality.get(0);
    totals.put("k", used.k());
    totals.put("mean_npmi", round(used.meanNpmi()));
    totals.put("diversity", round(used.diversity()));
    totals.put("log_perplexity", round(used.logPerplexity()));
    totals.put("model", MODEL);
    // Timings stay out of the tables, which hold the same rows on every run.
    Map<String, Double> fitSeconds = new LinkedHashMap<>();
    for (Quality q : quality) fitSeconds.put(String.valueOf(q.k()), round(q.seconds()));
    totals.put("fit_seconds", fitSeconds);

    progress.say(STAGE, "topic distributions of every article and paragraph");
    Column weights = org.apache.spark.ml.functions.vector_to_array(col("topicDistribution"), "float64");
    Dataset<Row> dist = SparkSessions.materialize(model.transform(vectors)
        .withColumn("topic_words", wordCount(col("features")))
        .withColumn("weights", when(col("topic_words").gt(0), weights))
        .select("article_id", "paragraph", "topic_words", "weights"));

    Dataset<Row> articleTopics = dist.filter(col("paragraph").equalTo(ARTICLE)).drop("paragraph")
        .join(kept.select("article_id", "date"), "article_id")
        .withColumn("main_weight", array_max(col("weights")))
        .withColumn("main_topic", array_position(col("weights"), col("main_weight")).minus(1).cast("int"));
    articleTopics = SparkSessions.materialize(Tables.ARTICLE_TOPICS.conform(articleTopics));
    totals.put("articles_without_topic_words", articleTopics.filter(col("topic_words").equalTo(0)).count());

    Dataset<Row> topics = topicsTable(spark, model, cv.vocabulary(), used, articleTopics, kept, cfg);

    Column periods = array(cfg.periods.stream().map(u -> Periods.label(u, col("date"))).toArray(Column[]::new));
    Dataset<Row> trends = articleTopics.filter(col("weights").isNotNull())
        .withColumn("period", explode(periods)).filter(col("period").isNotNull())
        .select(col("period"), col("main_topic"), posexplode(col("weights")).as(new String[] {"topic_id", "weight"}))
        .groupBy("topic_id", "period")
        .agg(count(lit(1)).as("articles"), Aggregates.mean(col("weight")).as("share"),
            sum(when(col("main_topic").equalTo(col("topic_id")), 1L).otherwise(0L)).as("main_articles"));
    trends = SparkSessions.materialize(Tables.TOPIC_TRENDS.conform(trends));

    progress.say(STAGE, "topics of each pair by " + String.join("/", cfg.levels) + ", " + String.join("/", cfg.scopes)
        + ", " + String.join("/", cfg.periods));
    List<String> levels = cfg.levels;
    Dataset<Row> pairs = joined.filter(col("ms").isNotNull())
        .flatMap((FlatMapFunction<Row, Row>) r -> pairsOf(r, levels).iterator(), Encoders.row(PAIRS))
        .join(kept.select("article_id", "date"), "article_id");
    Dataset<Row> byUnit = null;
    for (String scope : cfg.scopes) {
      Dataset<Row> u = scope.equals("article")
          ? pairs.withColumn("paragraph", lit(ARTICLE))
          : pairs.withColumn("paragraph", explode(col("paragraphs")));
      u = u.select(col("level"), col("actor_a"), col("actor_b"), lit(scope).as("scope"), col("article_id"),
          col("paragraph"), col("date"));
      byUnit = byUnit == null ? u : byUnit.unionByName(u);
    }
    Dataset<Row> pairTopics = byUnit.join(dist.filter(col("weights").isNotNull()), new String[] {"article_id", "paragraph"})
        .withColumn("period", explode(periods)).filter(col("period").isNotNull())
        .select(col("level"), col("actor_a"), col("actor_b"), col("scope"), col("period"),
            posexplode(col("weights")).as(new String[] {"topic_id", "weight"}))
        .groupBy("level", "actor_a", "actor_b", "scope", "period", "topic_id")
        .agg(count(lit(1)).as("units"), Aggregates.mean(col("weight")).as("weight"))
        .withColumn("rank", row_number().over(Window.partitionBy("level", "scope", "period", "actor_a", "actor_b")
            .orderBy(col("weight").desc(), col("topic_id"))));
    pairTopics = SparkSessions.materialize(Tables.PAIR_TOPICS.conform(pairTopics));

    return new Result(topics, articleTopics, pairTopics, trends, qualityTable(spark, quality, nDocs, vocab),
        pipeline, totals);
  }

  /** The units of one article: the whole article (paragraph -1) and each paragraph, names masked. */
  static List<Row> unitsOf(Row r, String mode) {
    List<String> paragraphs = r.getList(r.fieldIndex("paragraphs"));
    if (paragraphs == null) paragraphs = List.of();
    List<Row> ms = r.isNullAt(r.fieldIndex("ms")) ? List.of() : r.getList(r.fieldIndex("ms"));
    Map<Integer, List<MentionMask.Span>> spans = new HashMap<>();
    for (Row m : ms) {
      spans.computeIfAbsent(m.getInt(0), x -> new ArrayList<>()).add(new MentionMask.Span(m.getInt(2), m.getInt(3), m.getString(4)));
    }
    String id = r.getAs("article_id");
    List<Row> out = new ArrayList<>(paragraphs.size() + 1);
    StringBuilder whole = new StringBuilder();
    for (int i = 0; i < paragraphs.size(); i++) {
      String p = MentionMask.apply(paragraphs.get(i), spans.getOrDefault(i, List.of()), mode);
      out.add(RowFactory.create(id, i, p));
      whole.append(i == 0 ? "" : "\n\n").append(p);
    }
    out.add(RowFactory.create(id, ARTICLE, whole.toString()));
    return out;
  }

  private static List<Row> pairsOf(Row r, List<String> levels) {
    List<ArticlePairs.Mention> mentions = new ArrayList<>();
    for (Row m : r.<Row>getList(r.fieldIndex("ms"))) {
      mentions.add(new ArticlePairs.Mention(m.getInt(0), m.getInt(1), m.getString(4), m.getString(5), m.getString(6)));
    }
    List<Row> out = new ArrayList<>();
    String id = r.getAs("article_id");
    for (PairUnits.Pair p : PairUnits.of(mentions, levels)) {
      out.add(RowFactory.create(id, p.level(), p.a(), p.b(), scala.jdk.javaapi.CollectionConverters.asScala(p.paragraphs()).toSeq()));
    }
    return out;
  }

  /**
   * The vocabulary, built here rather than by {@code CountVectorizer.fit} so that its order (by
   * document frequency, then alphabetically) is the same on every run: LDA's result depends on it.
   * Bounds as CountVectorizer's minDF / maxDF, with at least two documents of two articles: a word
   * of one article only (a name, a quote's pet phrase) says nothing about what articles share.
   */
  public static CountVectorizerModel vocabulary(Dataset<Row> docs, TopicsConfig cfg, long n) {
    long minDocs = Math.max(2, (long) Math.ceil(cfg.minDF * n));
    long maxDocs = (long) Math.floor(cfg.maxDF * n);
    List<Row> rows = docs.select(col("article_id"), explode(array_distinct(col("tokens"))).as("term")).groupBy("term")
        .agg(count(lit(1)).as("count"), countDistinct("article_id").as("articles"))
        .filter(col("count").geq(minDocs).and(col("count").leq(maxDocs)).and(col("articles").geq(2)))
        .orderBy(col("count").desc(), col("term")).limit(cfg.vocabSize).collectAsList();
    String[] vocab = rows.stream().map(r -> r.getString(0)).toArray(String[]::new);
    return new CountVectorizerModel("dyad_topics_vocabulary", vocab).setInputCol("tokens").setOutputCol("features");
  }

  /**
   * The documents LDA reads, in partitions fixed by the data alone: EM seeds each partition's random
   * start by its index, so the partitions (not only the order) must not depend on how the input was
   * read, or on the machine's cores.
   */
  public static Dataset<Row> ldaInput(Dataset<Row> vectors, long docs) {
    int partitions = (int) Math.max(1, Math.min(200, docs / DOCS_PER_PARTITION));
    return vectors.select("article_id", "paragraph", "features").repartition(partitions, col("article_id"))
        .sortWithinPartitions("article_id", "paragraph");
  }

  /** LDA with the stage's settings on count vectors ({@code features}), as a local model (EM's is converted). */
  public static LocalLDAModel fit(Dataset<Row> vectors, TopicsConfig cfg, int k) {
    LDA lda = new LDA("dyad_topics_lda").setK(k).setMaxIter(cfg.iterations).setSeed(cfg.seed)
        .setOptimizer(cfg.optimizer).setFeaturesCol("features");
    if (cfg.docConcentration > 0) {
      lda.setDocConcentration(cfg.docConcentration);
    } else if (cfg.optimizer.equals("em")) {
      lda.setDocConcentration(EM_DOC_CONCENTRATION);
    }
    if (cfg.optimizer.equals("online")) lda.setSubsamplingRate(cfg.subsamplingRate);
    LDAModel fit = lda.fit(vectors);
    // toLocal keeps the topics but not the parameters (k would read Spark's default 10): copy them over.
    return fit instanceof DistributedLDAModel d ? d.toLocal().copy(d.extractParamMap()) : (LocalLDAModel) fit;
  }

  private static Column wordCount(Column features) {
    return org.apache.spark.sql.functions.aggregate(org.apache.spark.ml.functions.vector_to_array(features, "float64"),
        lit(0.0), (acc, x) -> acc.plus(x)).cast("int");
  }

  /**
   * NPMI of each topic's top 10 terms, diversity of the top 25 and log-perplexity, on {@code vectors}
   * (count vectors of the model's vocabulary): the fitted documents, or held-out ones.
   */
  public static Quality quality(LocalLDAModel model, String[] vocab, Dataset<Row> vectors, double seconds) {
    List<int[]> top = topTerms(model, 25);
    List<int[]> top10 = new ArrayList<>();
    for (int[] t : top) top10.add(java.util.Arrays.copyOf(t, Math.min(10, t.length)));
    double[] npmi = npmi(vectors, top10);
    List<List<String>> words = new ArrayList<>();
    for (int[] t : top) {
      List<String> w = new ArrayList<>();
      for (int i : t) w.add(vocab[i]);
      words.add(w);
    }
    return new Quality(k(model), npmi, Coherence.diversity(words), model.logPerplexity(vectors), seconds);
  }

  /**
   * Mean NPMI of each topic's terms by document co-occurrence in {@code vectors}, counted in Spark:
   * each document emits the pairs of the topics' terms it contains, and the counts come back to the
   * driver for {@link Coherence#npmi(long, long, long, long)}.
   */
  public static double[] npmi(Dataset<Row> vectors, List<int[]> topics) {
    Set<Integer> wanted = new HashSet<>();
    for (int[] t : topics) for (int i : t) wanted.add(i);
    long docs = vectors.count();
    Dataset<Long> keys = vectors.select("features").flatMap((FlatMapFunction<Row, Long>) r -> {
      Vector v = r.getAs(0);
      int[] idx = v instanceof SparseVector s ? s.indices() : v.toSparse().indices();
      List<Integer> in = new ArrayList<>();
      for (int i : idx) if (wanted.contains(i)) in.add(i);
      List<Long> out = new ArrayList<>();
      for (int a = 0; a < in.size(); a++) for (int b = a; b < in.size(); b++) out.add(pairKey(in.get(a), in.get(b)));
      return out.iterator();
    }, Encoders.LONG());
    Map<Long, Long> counts = new HashMap<>();
    for (Row r : keys.groupBy("value").count().collectAsList()) counts.put(r.getLong(0), r.getLong(1));
    double[] out = new double[topics.size()];
    for (int t = 0; t < topics.size(); t++) {
      int[] w = topics.get(t);
      double s = 0;
      int n = 0;
      for (int a = 0; a < w.length; a++) {
        for (int b = a + 1; b < w.length; b++) {
          s += Coherence.npmi(counts.getOrDefault(pairKey(w[a], w[b]), 0L), counts.getOrDefault(pairKey(w[a], w[a]), 0L),
              counts.getOrDefault(pairKey(w[b], w[b]), 0L), docs);
          n++;
        }
      }
      out[t] = n == 0 ? 0 : s / n;
    }
    return out;
  }

  private static long pairKey(int a, int b) {
    return a <= b ? ((long) a << 32) | b : ((long) b << 32) | a;
  }

  /** The number of topics, from the topics themselves (a model's k parameter can be stale). */
  static int k(LocalLDAModel model) {
    return model.topicsMatrix().numCols();
  }

  /** Each topic's top term indices, most probable first. */
  static List<int[]> topTerms(LocalLDAModel model, int n) {
    List<int[]> out = new ArrayList<>();
    for (Row r : model.describeTopics(n).orderBy("topic").collectAsList()) {
      out.add(r.<Integer>getList(1).stream().mapToInt(Integer::intValue).toArray());
    }
    return out;
  }

  private static Dataset<Row> topicsTable(SparkSession spark, LocalLDAModel model, String[] vocab, Quality q,
      Dataset<Row> articleTopics, Dataset<Row> kept, TopicsConfig cfg) {
    Dataset<Row> exploded = articleTopics.filter(col("weights").isNotNull())
        .select(col("article_id"), col("main_topic"), posexplode(col("weights")).as(new String[] {"topic_id", "weight"}));
    Map<Integer, Long> size = new HashMap<>();
    Map<Integer, Double> share = new HashMap<>();
    for (Row r : exploded.groupBy("topic_id").agg(sum(when(col("main_topic").equalTo(col("topic_id")), 1L).otherwise(0L)),
        Aggregates.mean(col("weight"))).collectAsList()) {
      size.put(r.getInt(0), r.getLong(1));
      share.put(r.getInt(0), r.getDouble(2));
    }
    Map<Integer, List<String[]>> examples = new HashMap<>();
    for (Row r : exploded.withColumn("n", row_number().over(Window.partitionBy("topic_id")
            .orderBy(col("weight").desc(), col("article_id")))).filter(col("n").leq(cfg.examples))
        .join(kept.select("article_id", "title"), "article_id").orderBy("topic_id", "n")
        .select("topic_id", "article_id", "title").collectAsList()) {
      examples.computeIfAbsent(r.getInt(0), x -> new ArrayList<>()).add(new String[] {r.getString(1), r.getString(2)});
    }
    List<Row> rows = new ArrayList<>();
    for (Row r : model.describeTopics(cfg.terms).orderBy("topic").collectAsList()) {
      int t = r.getInt(0);
      List<String> terms = new ArrayList<>();
      for (int i : r.<Integer>getList(1)) terms.add(vocab[i]);
      List<Double> weights = r.getList(2);
      List<String[]> ex = examples.getOrDefault(t, List.of());
      rows.add(RowFactory.create(t, seq(terms), seq(weights), String.join(" · ", terms.subList(0, Math.min(3, terms.size()))),
          q.npmi()[t], size.getOrDefault(t, 0L), share.getOrDefault(t, 0.0),
          seq(ex.stream().map(e -> e[0]).toList()), seq(ex.stream().map(e -> e[1]).toList())));
    }
    return spark.createDataFrame(rows, Tables.TOPICS.schema());
  }

  private static Dataset<Row> qualityTable(SparkSession spark, List<Quality> quality, long docs, int vocab) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < quality.size(); i++) {
      Quality q = quality.get(i);
      rows.add(RowFactory.create(q.k(), i == 0, q.meanNpmi(), java.util.Arrays.stream(q.npmi()).min().orElse(0),
          q.diversity(), q.logPerplexity(), docs, vocab));
    }
    return spark.createDataFrame(rows, Tables.TOPIC_QUALITY.schema());
  }

  private static Result empty(SparkSession spark, Map<String, Object> totals) {
    return new Result(emptyOf(spark, Tables.TOPICS), emptyOf(spark, Tables.ARTICLE_TOPICS), emptyOf(spark, Tables.PAIR_TOPICS),
        emptyOf(spark, Tables.TOPIC_TRENDS), emptyOf(spark, Tables.TOPIC_QUALITY), null, totals);
  }

  private static Dataset<Row> emptyOf(SparkSession spark, Tables.Table t) {
    return spark.createDataFrame(List.of(), t.schema());
  }

  private static <T> scala.collection.immutable.Seq<T> seq(List<T> l) {
    return scala.jdk.javaapi.CollectionConverters.asScala(l).toList();
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
