package dyad.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import dyad.core.DyadConfig;
import dyad.core.SparkSessions;
import dyad.core.TopicsConfig;
import dyad.topics.Coherence;
import dyad.topics.NewsTokenizer;
import dyad.topics.SurfaceForms;
import dyad.topics.TopicTokens;
import dyad.topics.TopicsStage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.clustering.LocalLDAModel;
import org.apache.spark.ml.clustering.DistributedLDAModel;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.ml.feature.StopWordsRemover;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Topic quality on held-out news, with the topics stage's own code: its tokenizer, vocabulary and
 * LDA settings fitted on one CSV part (a text column), NPMI of each topic's top 10 words by document
 * co-occurrence on another part, diversity of the top 25, and fit time. With {@code bare}, the same
 * for the bare MLlib pipeline the issue compares with (RegexTokenizer, StopWordsRemover,
 * CountVectorizer, LDA with MLlib's defaults and 20 iterations).
 *
 * <p>Usage: TopicsBench FIT.csv HELDOUT.csv dyad|bare [CONFIG_JSON] [k,k,...] [repeat]
 */
public final class TopicsBench {
  public static void main(String[] args) throws Exception {
    String mode = args[2];
    TopicsConfig cfg = args.length > 3 && !args[3].isBlank()
        ? DyadConfig.fromJson("{\"topics\":" + args[3] + "}").topics()
        : DyadConfig.defaults().topics();
    TopicTokens rules = TopicTokens.DEFAULT.withFolding(cfg.folding());
    int[] ks = args.length > 4 ? java.util.Arrays.stream(args[4].split(",")).mapToInt(Integer::parseInt).toArray() : new int[] {cfg.k() > 0 ? cfg.k() : 20}; // the k when none is given
    SparkSession spark = SparkSessions.start("local[*]");
    java.nio.file.Path checkpoints = java.nio.file.Files.createTempDirectory("dyad-topics-bench");
    spark.sparkContext().setCheckpointDir(checkpoints.toString());
    Dataset<Row> fit = SparkSessions.materialize(read(spark, args[0]));
    Dataset<Row> held = SparkSessions.materialize(read(spark, args[1]));
    System.out.printf(Locale.ROOT, "%s: fit on %d articles, held-out %d%n", mode, fit.count(), held.count());
    List<String> fitTexts = fit.select("text").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    List<String> heldTexts = held.select("text").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    for (int k : ks) {
      long t0 = System.nanoTime();
      Dataset<Row> fitVectors;
      Dataset<Row> heldVectors;
      LocalLDAModel model;
      String[] vocab;
      long tokenize;
      long vocabulary;
      if (mode.equals("bare")) {
        RegexTokenizer tok = new RegexTokenizer().setInputCol("text").setOutputCol("raw").setPattern("\\W+");
        StopWordsRemover stop = new StopWordsRemover().setInputCol("raw").setOutputCol("tokens");
        Dataset<Row> ft = SparkSessions.materialize(stop.transform(tok.transform(fit)));
        tokenize = System.nanoTime();
        CountVectorizerModel cv = new CountVectorizer().setInputCol("tokens").setOutputCol("features").fit(ft);
        fitVectors = SparkSessions.materialize(cv.transform(ft));
        heldVectors = SparkSessions.materialize(cv.transform(stop.transform(tok.transform(held))));
        vocabulary = System.nanoTime();
        LDAModel m = new LDA().setK(k).setMaxIter(20).setSeed(cfg.seed()).fit(fitVectors);
        model = m instanceof DistributedLDAModel d ? d.toLocal() : (LocalLDAModel) m;
        vocab = cv.vocabulary();
      } else {
        NewsTokenizer tok = new NewsTokenizer().setInputCol("text").setOutputCol("tokens").setRules(rules);
        Dataset<Row> ft = SparkSessions.materialize(tok.transform(fit));
        tokenize = System.nanoTime();
        CountVectorizerModel cv = TopicsStage.vocabulary(ft, cfg, ft.count());
        fitVectors = SparkSessions.materialize(TopicsStage.ldaInput(cv.transform(ft), ft.count()));
        heldVectors = SparkSessions.materialize(cv.transform(tok.transform(held)));
        vocabulary = System.nanoTime();
        model = TopicsStage.fit(fitVectors, cfg, k);
        vocab = cv.vocabulary();
      }
      long fitted = System.nanoTime();
      double secs = (fitted - t0) / 1e9;
      double tokSecs = (tokenize - t0) / 1e9;
      double vocabSecs = (vocabulary - tokenize) / 1e9;
      double ldaSecs = (fitted - vocabulary) / 1e9;
      TopicsStage.Quality q = TopicsStage.quality(model, vocab, heldVectors, secs);
      double qualitySecs = (System.nanoTime() - fitted) / 1e9;
      TopicsStage.Quality onFit = TopicsStage.quality(model, vocab, fitVectors, secs);
      var top = model.describeTopics(10).orderBy("topic").collectAsList();
      // The strict measure: each topic's top 10 as shown (the commonest word of the fitted texts that
      // folds into the term, or the term itself as counted), looked up as whole words of the held-out
      // texts; a pair never together there counts -1.
      Map<String, String> shown = mode.equals("bare") ? Map.of() : surfaceForms(fitTexts, rules);
      List<Set<String>> heldWords = heldTexts.stream().map(dyad.TestTexts::words).toList();
      double strictShown = 0;
      double strictTerms = 0;
      for (int t = 0; t < top.size(); t++) {
        StringBuilder w = new StringBuilder();
        List<String> terms = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (int i : top.get(t).<Integer>getList(1)) {
          terms.add(vocab[i]);
          words.add(shown.getOrDefault(vocab[i], vocab[i]));
          w.append(' ').append(words.get(words.size() - 1));
        }
        double sw = Coherence.npmi(words, heldWords);
        strictShown += sw / top.size();
        strictTerms += Coherence.npmi(terms, heldWords) / top.size();
        System.out.printf(Locale.ROOT, "  %6.3f %6.3f %s%n", q.npmi()[t], sw, w);
      }
      System.out.printf(Locale.ROOT, "%s k=%d strict held-out NPMI (whole words of val): shown words %.3f, counted terms %.3f%n",
          mode, k, strictShown, strictTerms);
      System.out.printf(Locale.ROOT, "%s k=%d vocab=%d: held-out mean NPMI %.3f (on fitted %.3f), diversity %.3f, "
          + "log-perplexity %.3f; seconds: tokenise %.1f, vocabulary and vectors %.1f, LDA fit %.1f, NPMI %.1f; cfg %s%n",
          mode, k, vocab.length, q.meanNpmi(), onFit.meanNpmi(), q.diversity(), q.logPerplexity(), tokSecs, vocabSecs,
          ldaSecs, qualitySecs,
          mode.equals("bare") ? "MLlib defaults, 20 iterations" : DyadConfig.mapper().writeValueAsString(cfg).replaceAll("\\s+", ""));
    }
    spark.stop();
  }

  /** Each counted term's commonest surface word over the texts, under the given rules. */
  private static Map<String, String> surfaceForms(List<String> texts, TopicTokens rules) {
    SurfaceForms forms = new SurfaceForms();
    for (String text : texts) {
      for (String w : rules.words(text)) {
        String t = rules.fold(w);
        if (t != null) forms.add(t, w, 1);
      }
    }
    return forms.forms();
  }

  private static Dataset<Row> read(SparkSession spark, String csv) {
    return spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"").csv(csv)
        .filter(col("text").isNotNull()).select(col("text"))
        .withColumn("article_id", monotonically_increasing_id().cast("string")).withColumn("paragraph", org.apache.spark.sql.functions.lit(-1));
  }
}
