package dyad.topics;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.array_max;
import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dyad.article.ArticleStep;
import dyad.core.Aggregates;
import dyad.core.DyadConfig;
import dyad.core.Level;
import dyad.core.Period;
import dyad.core.Progress;
import dyad.core.Scope;
import dyad.core.SparkSessions;
import dyad.core.TopicsConfig;
import dyad.schema.Rows.MentionRow;
import dyad.schema.Tables;
import dyad.stage.Corpus;
import dyad.stage.Part;
import dyad.stage.Stage;
import dyad.stage.StageContext;
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
 * The topics stage: a fitted topic model (a Spark ML {@link PipelineModel}: {@link NewsTokenizer},
 * {@code CountVectorizerModel}, {@code LocalLDAModel}) and the tables {@code topics},
 * {@code article_topics}, {@code pair_topics}, {@code topic_trends} and {@code topic_quality}. Its
 * step ({@link TopicStep}) reads each paragraph's words off the article's token stream in the
 * per-article pass, actors' names masked (topics.actorNames); LDA fits on articles or, for small
 * corpora, paragraphs; every article and paragraph then gets a topic distribution from the model,
 * which pairs and periods average.
 */
public final class TopicsStage implements Stage {
  public static final String NAME = "topics";
  /** Directory of the fitted model in the output: {@code PipelineModel.load} reads it back. */
  public static final String MODEL = "topic_model";
  /** The paragraph index of a whole-article unit. */
  static final int ARTICLE = -1;
  /** topics.docConcentration 0 with em: see its doc for the measurement behind it. */
  static final double EM_DOC_CONCENTRATION = 1.5;
  private static final long DOCS_PER_PARTITION = 20_000;

  /** The figures of one fitted k. */
  public record Quality(int k, double[] npmi, double diversity, double logPerplexity, double seconds) {
    public double meanNpmi() {
      return mean(npmi);
    }
  }

  private final List<Integer> ks;
  private final java.util.function.Supplier<PipelineModel> saved;
  private PipelineModel reuse;

  /**
   * @param ks the numbers of topics to fit, the first used for the tables (from --k); null or empty for topics.k
   * @param saved loads a saved model to apply instead of fitting one (--model), or null. Loading needs
   *     Spark's session, which starts after the stages are made, so the model is loaded when first used.
   */
  public TopicsStage(List<Integer> ks, java.util.function.Supplier<PipelineModel> saved) {
    this.ks = ks == null ? List.of() : List.copyOf(ks);
    this.saved = saved;
  }

  /** The saved model (--model), loaded once; null when the stage fits one. */
  private synchronized PipelineModel reuse() {
    if (reuse == null && saved != null) reuse = saved.get();
    return reuse;
  }

  @Override
  public void prepare(DyadConfig cfg) {
    // A saved model's rules are known only once it is loaded, in Spark's session: nothing to warm up.
    if (saved == null) Stage.super.prepare(cfg);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Part> adds() {
    return Set.of(Part.TOPIC_TOKENS);
  }

  @Override
  public Set<Part> needs() {
    return Set.of(Part.ARTICLE, Part.MENTIONS);
  }

  @Override
  public List<Tables.Table> writes() {
    return List.of(Tables.TOPICS, Tables.ARTICLE_TOPICS, Tables.PAIR_TOPICS, Tables.TOPIC_TRENDS, Tables.TOPIC_QUALITY);
  }

  @Override
  public ArticleStep step(DyadConfig cfg) {
    return new TopicStep(cfg.topics().actorNames(), rules(cfg.topics()));
  }

  /** The tokenizer's rules: those of the saved model reapplied, else dyad's with topics.folding. */
  private TopicTokens rules(TopicsConfig cfg) {
    PipelineModel reuse = reuse();
    return reuse != null ? ((NewsTokenizer) reuse.stages()[0]).rules() : TopicTokens.DEFAULT.withFolding(cfg.folding());
  }

  @Override
  public Corpus run(Corpus corpus, StageContext ctx) {
    SparkSession spark = ctx.spark();
    // EM's graph grows a longer lineage every iteration; LDA checkpoints it every 10 when a
    // checkpoint directory is set (without one, 100 iterations can overflow the stack). This
    // run's own, unless the user gave spark.checkpoint.dir.
    if (!spark.sparkContext().getConf().contains("spark.checkpoint.dir")) spark.sparkContext().setCheckpointDir(ctx.scratch());
    TopicsConfig cfg = ctx.config().topics();
    Progress progress = ctx.progress();
    Map<String, Object> totals = ctx.totals(NAME);
    // k from --k, else topics.k, else (topics.k 0) chosen from the data once the vocabulary is known.
    PipelineModel reuse = reuse();
    boolean auto = reuse == null && ks.isEmpty() && cfg.k() == 0;
    List<Integer> given = !ks.isEmpty() ? ks : cfg.k() > 0 ? List.of(cfg.k()) : List.of();

    // An append reapplies the output's model, which gives its earlier articles the rows they have;
    // a model fitted again changes them, so article_topics is then written whole.
    totals.put("model_source", reuse != null ? "reapplied" : ctx.batch() > 1 ? "refitted" : "fitted");
    if (reuse == null) ctx.replace(Tables.ARTICLE_TOPICS);
    Dataset<Row> keptRows = corpus.kept();
    Dataset<Row> kept = SparkSessions.materialize(keptRows.select(col("article.articleId").as("article_id"),
        col("article.title").as("title"), col("article.date").as("date"), col("topicTokens"), col(Tables.BATCH)));
    long nArticles = kept.count();
    String unit = cfg.document() == TopicsConfig.Document.AUTO ? (nArticles >= cfg.autoArticles() ? "article" : "paragraph")
        : cfg.document().toString();
    totals.put("document", unit);

    progress.say(NAME, nArticles + " articles and their paragraphs, words read in the per-article pass (actor names: "
        + cfg.actorNames() + ")");
    // Each paragraph a unit, and the whole article (its paragraphs' words in order) one more; the
    // pass kept the words as written, the units hold the terms they fold into.
    TopicTokens rules = rules(cfg);
    var fold = org.apache.spark.sql.functions.udf(
        (org.apache.spark.sql.api.java.UDF1<scala.collection.Seq<String>, List<String>>) words ->
            rules.terms(scala.jdk.javaapi.CollectionConverters.asJava(words)),
        DataTypes.createArrayType(DataTypes.StringType));
    Dataset<Row> tokens = kept.select(col("article_id"), posexplode(col("topicTokens")).as(new String[] {"paragraph", "words"}))
        .unionByName(kept.select(col("article_id"), lit(ARTICLE).as("paragraph"), flatten(col("topicTokens")).as("words")))
        .select(col("article_id"), col("paragraph"), fold.apply(col("words")).as("tokens"));
    tokens = SparkSessions.materialize(tokens);
    Column isFitUnit = unit.equals("article") ? col("paragraph").equalTo(ARTICLE) : col("paragraph").notEqual(ARTICLE);
    Dataset<Row> fitTokens = tokens.filter(isFitUnit.and(size(col("tokens")).gt(0)));
    long nDocs = fitTokens.count();
    totals.put("documents", nDocs);

    NewsTokenizer tokenizer = reuse != null ? (NewsTokenizer) reuse.stages()[0]
        : new NewsTokenizer("dyad_topics_tokenizer").setInputCol("text").setOutputCol("tokens").setRules(rules);
    CountVectorizerModel cv = reuse != null ? (CountVectorizerModel) reuse.stages()[1] : vocabulary(fitTokens, cfg, nDocs);
    int vocab = cv.vocabulary().length;
    totals.put("vocabulary", vocab);
    int firstK = reuse != null ? k((LocalLDAModel) reuse.stages()[2]) : auto ? 2 : given.get(0);
    if (vocab < 2 || nDocs < 2 || vocab < firstK) {
      // Too little text for a topic model: the tables are empty, and the manifest says why.
      totals.put("skipped", "too little text for " + firstK + " topics: " + nDocs + " documents with words, "
          + vocab + " terms in the vocabulary");
      progress.say(NAME, (String) totals.get("skipped"));
      for (Tables.Table t : writes()) ctx.write(t, spark.createDataFrame(List.of(), t.schema()));
      return corpus;
    }
    Dataset<Row> vectors = SparkSessions.materialize(cv.transform(tokens).drop("tokens"));
    Dataset<Row> fitVectors = SparkSessions.materialize(ldaInput(cv.transform(fitTokens), nDocs));

    Sweep sweep = auto ? sweep(fitVectors, nArticles, nDocs, unit, cv.vocabulary(), cfg, progress) : null;
    LocalLDAModel model = null;
    List<Fitted> quality = new ArrayList<>();
    if (sweep != null) quality.addAll(sweep.others());
    List<Integer> fitted = reuse != null ? List.of(firstK) : auto ? List.of(sweep.chosen()) : given;
    for (int k : fitted) {
      long t0 = System.nanoTime();
      LocalLDAModel m;
      if (reuse != null) {
        m = (LocalLDAModel) reuse.stages()[2];
      } else {
        progress.say(NAME, "LDA k=" + k + ", " + cfg.optimizer() + ", " + cfg.iterations() + " iterations on " + nDocs
            + " " + unit + "s, " + vocab + " terms");
        m = fit(fitVectors, cfg, k, cfg.iterations());
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      Quality q = quality(m, cv.vocabulary(), fitVectors, secs);
      progress.say(NAME, String.format(java.util.Locale.ROOT, "k=%d: mean NPMI %.3f, diversity %.3f, log-perplexity %.3f",
          k, q.meanNpmi(), q.diversity(), q.logPerplexity()));
      boolean first = model == null;
      String choice = reuse != null ? "the saved model's (--model)"
          : sweep != null ? sweep.reason()
          : !ks.isEmpty() ? (first ? "given first (--k)" : "fitted for comparison (--k); the tables use k=" + given.get(0))
          : "given (topics.k)";
      quality.add(new Fitted(q, first, nDocs, reuse != null ? 0 : cfg.iterations(),
          sweep == null ? null : sweep.heldOutNpmi(), sweep == null ? null : sweep.heldOutDocuments(), choice));
      if (first) model = m;
    }
    PipelineModel pipeline = reuse != null ? reuse
        : new PipelineModel("dyad_topics", new Transformer[] {tokenizer, cv, model});
    Fitted usedFit = quality.stream().filter(Fitted::used).findFirst().orElseThrow();
    Quality used = usedFit.quality();
    totals.put("k", used.k());
    totals.put("k_choice", usedFit.choice());
    totals.put("mean_npmi", round(used.meanNpmi()));
    totals.put("diversity", round(used.diversity()));
    totals.put("log_perplexity", round(used.logPerplexity()));
    totals.put("model", MODEL);
    // Timings stay out of the tables, which hold the same rows on every run.
    Map<String, Double> fitSeconds = new LinkedHashMap<>();
    for (Fitted f : quality) if (f.used() || sweep == null) fitSeconds.put(String.valueOf(f.quality().k()), round(f.quality().seconds()));
    totals.put("fit_seconds", fitSeconds);
    if (sweep != null) {
      Map<String, Double> sweepSeconds = new LinkedHashMap<>();
      for (Fitted f : sweep.others()) sweepSeconds.put(String.valueOf(f.quality().k()), round(f.quality().seconds()));
      sweepSeconds.put(String.valueOf(sweep.chosen()), round(sweep.chosenSeconds()));
      totals.put("sweep_seconds", sweepSeconds);
    }

    progress.say(NAME, "topic distributions of every article and paragraph");
    Column weights = org.apache.spark.ml.functions.vector_to_array(col("topicDistribution"), "float64");
    var topicsMatrix = model.topicsMatrix();
    var beta = org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext())
        .broadcast(WordShares.of(topicsMatrix.toArray(), topicsMatrix.numRows(), topicsMatrix.numCols()));
    var shares = org.apache.spark.sql.functions.udf(
        (org.apache.spark.sql.api.java.UDF2<Vector, scala.collection.Seq<Double>, double[]>) (f, w) -> {
          if (w == null) return null;
          SparseVector v = f.toSparse();
          return beta.value().of(v.indices(), v.values(),
              scala.jdk.javaapi.CollectionConverters.asJava(w).stream().mapToDouble(Double::doubleValue).toArray());
        },
        DataTypes.createArrayType(DataTypes.DoubleType));
    Dataset<Row> dist = SparkSessions.materialize(model.transform(vectors)
        .withColumn("topic_words", wordCount(col("features")))
        .withColumn("weights", when(col("topic_words").gt(0), weights))
        .withColumn("shares", shares.apply(col("features"), col("weights")))
        .select("article_id", "paragraph", "topic_words", "weights", "shares"));

    Dataset<Row> articleTopics = dist.filter(col("paragraph").equalTo(ARTICLE)).drop("paragraph", "shares")
        .join(kept.select("article_id", "date", Tables.BATCH), "article_id")
        .withColumn("main_weight", array_max(col("weights")))
        .withColumn("main_topic", array_position(col("weights"), col("main_weight")).minus(1).cast("int"));
    articleTopics = SparkSessions.materialize(Tables.ARTICLE_TOPICS.conform(articleTopics, Tables.BATCH));
    totals.put("articles_without_topic_words", articleTopics.filter(col("topic_words").equalTo(0)).count());

    Dataset<Row> topics = topicsTable(spark, model, cv.vocabulary(), used, articleTopics, kept, cfg, rules);

    Column periods = Period.labels(cfg.periods(), col("date"));
    Dataset<Row> trends = articleTopics.filter(col("weights").isNotNull())
        .withColumn("period", explode(periods)).filter(col("period").isNotNull())
        .select(col("period"), col("main_topic"), posexplode(col("weights")).as(new String[] {"topic_id", "weight"}))
        .groupBy("topic_id", "period")
        .agg(count(lit(1)).as("articles"), Aggregates.mean(col("weight")).as("share"),
            sum(when(col("main_topic").equalTo(col("topic_id")), 1L).otherwise(0L)).as("main_articles"));

    progress.say(NAME, "topics of each pair by " + join(cfg.levels()) + ", " + join(cfg.scopes()) + ", " + join(cfg.periods()));
    List<Level> levels = cfg.levels();
    Dataset<Row> pairs = keptRows.filter(size(col("mentions")).gt(0))
        .select(col("article.articleId").as("articleId"), col("mentions")).as(Encoders.bean(ArticleMentions.class))
        .flatMap((FlatMapFunction<ArticleMentions, PairParagraphs>) a -> PairParagraphs.of(a, levels).iterator(),
            Encoders.bean(PairParagraphs.class))
        .toDF()
        .join(kept.select(col("article_id").as("articleId"), col("date")), "articleId");
    Dataset<Row> byUnit = null;
    for (Scope scope : cfg.scopes()) {
      Dataset<Row> u = scope == Scope.ARTICLE
          ? pairs.withColumn("paragraph", lit(ARTICLE))
          : pairs.withColumn("paragraph", explode(col("paragraphs")));
      u = u.select(col("level"), col("actorA").as("actor_a"), col("actorB").as("actor_b"), lit(scope.toString()).as("scope"),
          col("articleId").as("article_id"), col("paragraph"), col("date"));
      byUnit = byUnit == null ? u : byUnit.unionByName(u);
    }
    // A pair's topics are the mean word shares of its units; only those that carry weight are kept
    // (topics.minPairWeight, topics.pairTopics), and each row says how much of the pair they hold.
    var pair = Window.partitionBy("level", "scope", "period", "actor_a", "actor_b");
    Dataset<Row> pairTopics = byUnit.join(dist.filter(col("shares").isNotNull()), new String[] {"article_id", "paragraph"})
        .withColumn("period", explode(periods)).filter(col("period").isNotNull())
        .select(col("level"), col("actor_a"), col("actor_b"), col("scope"), col("period"),
            posexplode(col("shares")).as(new String[] {"topic_id", "weight"}))
        .groupBy("level", "actor_a", "actor_b", "scope", "period", "topic_id")
        .agg(count(lit(1)).as("units"), Aggregates.mean(col("weight")).as("weight"))
        .withColumn("rank", row_number().over(pair.orderBy(col("weight").desc(), col("topic_id"))))
        .filter(col("rank").equalTo(1).or(col("weight").geq(cfg.minPairWeight()).and(col("rank").leq(cfg.pairTopics()))))
        .withColumn("kept_weight", sum(col("weight")).over(pair));

    ctx.write(Tables.TOPICS, topics);
    ctx.write(Tables.ARTICLE_TOPICS, articleTopics);
    ctx.write(Tables.PAIR_TOPICS, pairTopics);
    ctx.write(Tables.TOPIC_TRENDS, trends);
    ctx.write(Tables.TOPIC_QUALITY, qualityTable(spark, quality, vocab));
    ctx.writeModel(MODEL, pipeline);
    return corpus;
  }

  private static String join(List<?> values) {
    return String.join("/", values.stream().map(String::valueOf).toList());
  }

  /** One article's id and mentions: what its pairs' topic units are found from. */
  public static final class ArticleMentions implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private String articleId;
    private List<MentionRow> mentions;

    public String getArticleId() { return articleId; }
    public void setArticleId(String v) { articleId = v; }
    public List<MentionRow> getMentions() { return mentions; }
    public void setMentions(List<MentionRow> v) { mentions = v; }
  }

  /** A pair of an article at a level with the paragraphs naming both ({@link PairUnits}), as Spark holds it. */
  public static final class PairParagraphs implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private String articleId;
    private String level;
    private String actorA;
    private String actorB;
    private List<Integer> paragraphs;

    static List<PairParagraphs> of(ArticleMentions a, List<Level> levels) {
      List<PairParagraphs> out = new ArrayList<>();
      for (PairUnits.Pair p : PairUnits.of(a.getMentions(), levels)) {
        PairParagraphs r = new PairParagraphs();
        r.articleId = a.getArticleId();
        r.level = p.level().toString();
        r.actorA = p.a();
        r.actorB = p.b();
        r.paragraphs = p.paragraphs();
        out.add(r);
      }
      return out;
    }

    public String getArticleId() { return articleId; }
    public void setArticleId(String v) { articleId = v; }
    public String getLevel() { return level; }
    public void setLevel(String v) { level = v; }
    public String getActorA() { return actorA; }
    public void setActorA(String v) { actorA = v; }
    public String getActorB() { return actorB; }
    public void setActorB(String v) { actorB = v; }
    public List<Integer> getParagraphs() { return paragraphs; }
    public void setParagraphs(List<Integer> v) { paragraphs = v; }
  }

  /**
   * The vocabulary, built here rather than by {@code CountVectorizer.fit} so that its order (by
   * document frequency, then alphabetically) is the same on every run: LDA's result depends on it.
   * Bounds as CountVectorizer's minDF / maxDF, with at least two documents of two articles: a word
   * of one article only (a name, a quote's pet phrase) says nothing about what articles share.
   */
  public static CountVectorizerModel vocabulary(Dataset<Row> docs, TopicsConfig cfg, long n) {
    long minDocs = Math.max(2, (long) Math.ceil(cfg.minDF() * n));
    long maxDocs = (long) Math.floor(cfg.maxDF() * n);
    List<Row> rows = docs.select(col("article_id"), explode(array_distinct(col("tokens"))).as("term")).groupBy("term")
        .agg(count(lit(1)).as("count"), countDistinct("article_id").as("articles"))
        .filter(col("count").geq(minDocs).and(col("count").leq(maxDocs)).and(col("articles").geq(2)))
        .orderBy(col("count").desc(), col("term")).limit(cfg.vocabSize()).collectAsList();
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
    return fit(vectors, cfg, k, cfg.iterations());
  }

  /** The same with this many iterations (a candidate of the k sweep has fewer). */
  static LocalLDAModel fit(Dataset<Row> vectors, TopicsConfig cfg, int k, int iterations) {
    LDA lda = new LDA("dyad_topics_lda").setK(k).setMaxIter(iterations).setSeed(cfg.seed())
        .setOptimizer(cfg.optimizer().toString()).setFeaturesCol("features");
    if (cfg.docConcentration() > 0) {
      lda.setDocConcentration(cfg.docConcentration());
    } else if (cfg.optimizer() == TopicsConfig.Optimizer.EM) {
      lda.setDocConcentration(EM_DOC_CONCENTRATION);
    }
    if (cfg.optimizer() == TopicsConfig.Optimizer.ONLINE) lda.setSubsamplingRate(cfg.subsamplingRate());
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

  /**
   * Each term as the word readers know it ({@link SurfaceForms}: "series", not the folded "sery"),
   * over the words of the corpus. Counted for the given
   * terms only, over the words the pass kept; a term no word of this corpus folds into (a model
   * reapplied to other news) stays as it is.
   */
  static Map<String, String> surfaceForms(Dataset<Row> kept, Set<String> terms, TopicTokens rules) {
    Dataset<String> pairs = kept.select(flatten(col("topicTokens")).as("words")).flatMap((FlatMapFunction<Row, String>) r -> {
      List<String> out = new ArrayList<>();
      for (String w : r.<String>getList(0)) {
        String t = rules.fold(w);
        if (t != null && terms.contains(t)) out.add(t + "\t" + w);
      }
      return out.iterator();
    }, Encoders.STRING());
    SurfaceForms forms = new SurfaceForms();
    for (Row r : pairs.groupBy("value").count().collectAsList()) {
      String[] tw = r.getString(0).split("\t", 2);
      forms.add(tw[0], tw[1], r.getLong(1));
    }
    return forms.forms();
  }

  private static Dataset<Row> topicsTable(SparkSession spark, LocalLDAModel model, String[] vocab, Quality q,
      Dataset<Row> articleTopics, Dataset<Row> kept, TopicsConfig cfg, TopicTokens rules) {
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
            .orderBy(col("weight").desc(), col("article_id")))).filter(col("n").leq(cfg.examples()))
        .join(kept.select("article_id", "title"), "article_id").orderBy("topic_id", "n")
        .select("topic_id", "article_id", "title").collectAsList()) {
      examples.computeIfAbsent(r.getInt(0), x -> new ArrayList<>()).add(new String[] {r.getString(1), r.getString(2)});
    }
    List<Row> described = model.describeTopics(cfg.terms()).orderBy("topic").collectAsList();
    Set<String> shown = new HashSet<>();
    for (Row r : described) for (int i : r.<Integer>getList(1)) shown.add(vocab[i]);
    Map<String, String> words = surfaceForms(kept, shown, rules);
    List<Row> rows = new ArrayList<>();
    for (Row r : described) {
      int t = r.getInt(0);
      List<String> terms = new ArrayList<>();
      for (int i : r.<Integer>getList(1)) terms.add(words.getOrDefault(vocab[i], vocab[i]));
      List<Double> weights = r.getList(2);
      List<String[]> ex = examples.getOrDefault(t, List.of());
      rows.add(RowFactory.create(t, seq(terms), seq(weights), String.join(" · ", terms.subList(0, Math.min(3, terms.size()))),
          q.npmi()[t], size.getOrDefault(t, 0L), share.getOrDefault(t, 0.0),
          seq(ex.stream().map(e -> e[0]).toList()), seq(ex.stream().map(e -> e[1]).toList())));
    }
    return spark.createDataFrame(rows, Tables.TOPICS.schema());
  }

  private static Dataset<Row> qualityTable(SparkSession spark, List<Fitted> quality, int vocab) {
    List<Row> rows = new ArrayList<>();
    for (Fitted f : quality.stream().sorted(java.util.Comparator.comparingInt(x -> x.quality().k())).toList()) {
      Quality q = f.quality();
      rows.add(RowFactory.create(q.k(), f.used(), q.meanNpmi(), java.util.Arrays.stream(q.npmi()).min().orElse(0),
          q.diversity(), q.logPerplexity(), f.documents(), vocab, f.iterations(), f.heldOutNpmi(), f.heldOutDocuments(),
          f.choice()));
    }
    return spark.createDataFrame(rows, Tables.TOPIC_QUALITY.schema());
  }

  /** One fitted k as topic_quality shows it: its figures on the documents it was fitted on, and why it was (not) used. */
  private record Fitted(Quality quality, boolean used, long documents, int iterations, Double heldOutNpmi,
      Long heldOutDocuments, String choice) {}

  /** The outcome of choosing k from the data: the chosen k, its held-out score, and the candidates left. */
  private record Sweep(int chosen, String reason, Double heldOutNpmi, Long heldOutDocuments, double chosenSeconds,
      List<Fitted> others) {}

  /** Hash buckets of the held-out split and the sweep's sample. */
  private static final int BUCKETS = 10_000;

  /**
   * Chooses k (topics.k 0): the candidates the corpus can carry, each fitted with
   * topics.sweepIterations on a sample of the documents not held out, and scored by strict NPMI on
   * the held-out ones; {@link KChoice#choose} picks one. Documents are held out and sampled by a hash
   * of their ids, so the choice is the same on every run.
   */
  private static Sweep sweep(Dataset<Row> docs, long articles, long nDocs, String unit, String[] vocab, TopicsConfig cfg,
      Progress progress) {
    String cap = KChoice.capReason(articles, nDocs, vocab.length);
    List<Integer> candidates = KChoice.candidates(cfg.kCandidates(), KChoice.cap(articles, nDocs, vocab.length));
    if (candidates.size() == 1) {
      return new Sweep(candidates.get(0), "chosen: the only candidate this corpus can carry (" + cap + ")", null, null, 0,
          List.of());
    }
    // Whole articles are held out when they are the documents; a small corpus's paragraphs otherwise.
    Column id = unit.equals("article") ? col("article_id") : org.apache.spark.sql.functions.concat_ws("#", col("article_id"),
        col("paragraph").cast("string"));
    Column bucket = org.apache.spark.sql.functions.pmod(org.apache.spark.sql.functions.xxhash64(id), lit(BUCKETS));
    long heldBuckets = Math.round(cfg.heldOut() * BUCKETS);
    Dataset<Row> held = SparkSessions.materialize(docs.filter(bucket.lt(heldBuckets)).select("features"));
    Dataset<Row> rest = docs.filter(bucket.geq(heldBuckets));
    long nHeld = held.count();
    long nRest = rest.count();
    if (nHeld < 2 || nRest < 2) {
      return new Sweep(candidates.get(0), "chosen: the fewest candidate topics, since " + nDocs + " documents are too few "
          + "to hold any out (" + cap + ")", null, null, 0, List.of());
    }
    if (nRest > cfg.sweepDocuments()) {
      Column sample = org.apache.spark.sql.functions.pmod(org.apache.spark.sql.functions.xxhash64(lit("sweep"), id), lit(BUCKETS));
      rest = rest.filter(sample.lt(Math.max(1, (long) Math.ceil((double) cfg.sweepDocuments() / nRest * BUCKETS))));
    }
    Dataset<Row> train = SparkSessions.materialize(ldaInput(rest, Math.min(nRest, cfg.sweepDocuments())));
    long nTrain = train.count();
    progress.say(NAME, "choosing k of " + candidates + ": each fitted with " + cfg.sweepIterations() + " iterations on "
        + nTrain + " " + unit + "s, scored on " + nHeld + " held out (" + cap + ")");
    List<KChoice.Scored> scored = new ArrayList<>();
    Map<Integer, Fitted> fits = new LinkedHashMap<>();
    for (int k : candidates) {
      long t0 = System.nanoTime();
      LocalLDAModel m = fit(train, cfg, k, cfg.sweepIterations());
      double secs = (System.nanoTime() - t0) / 1e9;
      double heldOut = mean(npmi(held, top10(m)));
      Quality q = quality(m, vocab, train, secs);
      progress.say(NAME, String.format(java.util.Locale.ROOT, "k=%d: held-out NPMI %.3f, diversity %.3f", k, heldOut, q.diversity()));
      scored.add(new KChoice.Scored(k, heldOut, q.diversity()));
      fits.put(k, new Fitted(q, false, nTrain, cfg.sweepIterations(), heldOut, nHeld, null));
    }
    KChoice.Choice choice = KChoice.choose(scored, cfg.kTolerance(), cfg.kMinDiversity());
    int chosen = choice.chosen().k();
    List<Fitted> others = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      Fitted f = fits.get(candidates.get(i));
      if (candidates.get(i) == chosen) continue;
      others.add(new Fitted(f.quality(), false, f.documents(), f.iterations(), f.heldOutNpmi(), f.heldOutDocuments(),
          choice.whyNot(scored.get(i))));
    }
    return new Sweep(chosen, choice.why(candidates) + " (" + cap + ")", choice.chosen().heldOutNpmi(), nHeld,
        fits.get(chosen).quality().seconds(), others);
  }

  private static List<int[]> top10(LocalLDAModel model) {
    return topTerms(model, 10);
  }

  private static double mean(double[] xs) {
    double s = 0;
    for (double x : xs) s += x;
    return xs.length == 0 ? 0 : s / xs.length;
  }

  private static <T> scala.collection.immutable.Seq<T> seq(List<T> l) {
    return scala.jdk.javaapi.CollectionConverters.asScala(l).toList();
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
