package dyad.bench;

import dyad.core.SparkSessions;
import dyad.sentiment.LabelledTargets;
import dyad.sentiment.PolarityScore;
import dyad.sentiment.SentimentScorer;
import dyad.sentiment.TargetModel;
import dyad.sentiment.TargetModelTrainer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Feature ablation for the target model, chosen on the training split: 5-fold cross-validation by
 * story ({@link #folds}; overall and multi-target macro-F1), then, for the record, the development split.
 * Usage: SentimentAblation TRAIN.jsonl DEV.jsonl REG DROP1;DROP2;... (each DROP a comma list of
 * feature names or prefixes ending in ':', each dropped, or scaled as NAME=FACTOR; "-" drops nothing; "shipped" is
 * the model {@code dyad train sentiment} fits, whatever REG says).
 * -Ddump=FILE writes each prediction as TSV ({@link #dumpRow}: out-of-fold ones for the training split, the full
 * fit's for the development split), to read the errors on the training split and to combine models offline.
 * -Davg=NB@REG[@DROPS]+... averages the probabilities of the model with those of further fits (see {@link #fit}).
 */
public final class SentimentAblation {
  public static void main(String[] args) {
    List<LabelledTargets.Item> train = LabelledTargets.read(Path.of(args[0]));
    List<LabelledTargets.Item> dev = LabelledTargets.read(Path.of(args[1]));
    double reg = Double.parseDouble(args[2]);
    SparkSession spark = SparkSessions.start("local[*]");
    SentimentScorer scorer = SentimentScorer.standard().rulesOnly();
    List<Map<String, Double>> trainF = new ArrayList<>();
    for (LabelledTargets.Item it : train) trainF.add(scorer.features(it.sentence(), it.mentions(), it.target()));
    List<Map<String, Double>> devF = new ArrayList<>();
    for (LabelledTargets.Item it : dev) devF.add(scorer.features(it.sentence(), it.mentions(), it.target()));
    int[] fold = folds(train);
    java.io.PrintStream dump;
    try {
      dump = System.getProperty("dump") == null ? null : new java.io.PrintStream(System.getProperty("dump"), "UTF-8");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    for (String drop : args[3].split(";")) {
      List<String> drops = drop.equals("-") ? List.of() : List.of(drop.split(","));
      PolarityScore cv = new PolarityScore();
      PolarityScore cvMulti = new PolarityScore();
      double[][] multiConf = new double[3][3];
      for (int k = 0; k < 5; k++) {
        List<Integer> fit = new ArrayList<>();
        List<Integer> held = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) (fold[i] == k ? held : fit).add(i);
        Fitted m = fit(spark, train, trainF, fit, drops, reg);
        for (int i : held) {
          double[] p = m.probabilities(trainF.get(i));
          int pred = TargetModel.polarityOf(p);
          LabelledTargets.Item it = train.get(i);
          boolean multi = TargetModelTrainer.multiTarget(it);
          if (dump != null) dumpRow(dump, drop, i, it, multi ? "M" : "S", p);
          cv.add(it.polarity(), pred);
          if (multi) {
            cvMulti.add(it.polarity(), pred);
            multiConf[it.polarity() + 1][pred + 1]++;
          }
        }
      }
      List<Integer> all = new ArrayList<>();
      for (int i = 0; i < train.size(); i++) all.add(i);
      Fitted m = fit(spark, train, trainF, all, drops, reg);
      PolarityScore d = new PolarityScore();
      for (int i = 0; i < dev.size(); i++) {
        double[] p = m.probabilities(devF.get(i));
        d.add(dev.get(i).polarity(), TargetModel.polarityOf(p));
        if (dump != null) dumpRow(dump, drop, i, dev.get(i), "D", p);
      }
      System.out.printf("drop=%s reg=%s | cv %s | cv multi %s | cv multi at single-target shares %.3f | dev %s%n", drop,
          reg, cv.line(), cvMulti.line(), reweightedF1(multiConf, train), d.line());
      // Label-shift adaptation (Saerens et al. 2002): the dev split's class priors estimated by EM
      // from the model's posteriors alone, no labels.
      double[] trainPrior = new double[3];
      for (LabelledTargets.Item it : train) trainPrior[it.polarity() + 1] += 1.0 / train.size();
      List<double[]> post = new ArrayList<>();
      for (int i = 0; i < dev.size(); i++) post.add(m.probabilities(devF.get(i)));
      double[] prior = trainPrior.clone();
      for (int iter = 0; iter < 100; iter++) {
        double[] next = new double[3];
        for (double[] p : post) {
          double[] q = adjust(p, prior, trainPrior);
          for (int c = 0; c < 3; c++) next[c] += q[c] / post.size();
        }
        prior = next;
      }
      PolarityScore a = new PolarityScore();
      for (int i = 0; i < dev.size(); i++) {
        double[] q = adjust(post.get(i), prior, trainPrior);
        a.add(dev.get(i).polarity(), TargetModel.polarityOf(q));
      }
      System.out.printf("  EM priors %s (train %s): dev %s%n", java.util.Arrays.toString(prior), java.util.Arrays.toString(trainPrior), a.line());
    }
    if (dump != null) dump.close();
    spark.stop();
  }

  /** One dump row: DROP, item index, gold, predicted, M/S/D (multi-target, single-target, development), probabilities, target, sentence. */
  static void dumpRow(java.io.PrintStream dump, String drop, int i, LabelledTargets.Item it, String kind, double[] p) {
    dump.printf(java.util.Locale.ROOT, "%s\t%d\t%d\t%d\t%s\t%.5f\t%.5f\t%.5f\t%s\t%s%n", drop, i, it.polarity(), TargetModel.polarityOf(p),
        kind, p[0], p[1], p[2], it.target(), it.sentence().replaceAll("[\\t\\r\\n]", " "));
  }

  /**
   * Five folds by story: the first two fields of NewsMTSC's primary_gid ("allsides_1000_…") name the
   * story a sentence comes from, and sentences of one story speak alike of the same people, so
   * folds by sentence let the model recognise a story it has seen (word pairs most of all).
   * -Dfolds=sentence restores folds by sentence.
   */
  static int[] folds(List<LabelledTargets.Item> items) {
    boolean bySentence = "sentence".equals(System.getProperty("folds"));
    Map<String, Integer> order = new java.util.HashMap<>();
    int[] fold = new int[items.size()];
    for (int i = 0; i < fold.length; i++) {
      LabelledTargets.Item it = items.get(i);
      String key = bySentence ? it.sentence() : storyKey(it);
      fold[i] = order.computeIfAbsent(key, k -> order.size()) % 5;
    }
    return fold;
  }

  /** The story of a sentence (see {@link #folds}); a file without primary_gid has a story per sentence. */
  static String storyKey(LabelledTargets.Item it) {
    String[] gid = it.gid().split("_");
    return it.gid().isEmpty() ? it.sentence() : gid[0] + "_" + (gid.length > 1 ? gid[1] : "");
  }

  /**
   * How one fit treats the sparse features (names with ':'): with -DminStories=N those seen in
   * fewer than N of its stories are dropped ({@code supported}); with -Dnb=BASE each is scaled by
   * BASE + its largest |Naive Bayes log-count ratio| in the fit ({@code nbScale}). Null: untouched.
   */
  record Sparse(java.util.Set<String> supported, Map<String, Double> nbScale, double nbBase) {
    /** The factor for feature {@code k}; 0 drops it. */
    double factor(String k) {
      if (!k.contains(":")) return 1;
      if (supported != null && !supported.contains(k)) return 0;
      return nbScale == null ? 1 : nbScale.getOrDefault(k, nbBase);
    }
  }

  /** A fitted model as its probabilities of negative, neutral, positive for a target's features. */
  record Fitted(java.util.function.Function<Map<String, Double>, double[]> probs) {
    double[] probabilities(Map<String, Double> f) {
      return probs.apply(f);
    }

    int predict(Map<String, Double> f) {
      return TargetModel.polarityOf(probabilities(f));
    }
  }

  static double[] adjust(double[] p, double[] prior, double[] trainPrior) {
    double[] q = new double[3];
    double sum = 0;
    for (int c = 0; c < 3; c++) sum += q[c] = p[c] * prior[c] / trainPrior[c];
    for (int c = 0; c < 3; c++) q[c] /= sum;
    return q;
  }

  /**
   * Macro-F1 of the multi-target confusion with each gold class reweighted to the single-target
   * class shares: the training split's multi-target stratum was sampled toward polar classes.
   */
  static double reweightedF1(double[][] conf, List<LabelledTargets.Item> items) {
    double[] w = TargetModelTrainer.multiTargetClassWeights(items);
    double f = 0;
    for (int c = 0; c < 3; c++) {
      double gold = w[c] * (conf[c][0] + conf[c][1] + conf[c][2]);
      double predicted = w[0] * conf[0][c] + w[1] * conf[1][c] + w[2] * conf[2][c];
      f += 2 * w[c] * conf[c][c] / (gold + predicted) / 3;
    }
    return f;
  }

  /** Each DROP item is a feature name or prefix to drop, or NAME=FACTOR to scale it (a group's regularisation). */
  static Vector vector(Map<String, Double> f, List<String> drops, Sparse sparse) {
    Map<String, Double> kept = new java.util.LinkedHashMap<>();
    f.forEach((k, v) -> {
      double factor = sparse.factor(k);
      if (factor == 0) return;
      double x = v * factor;
      for (String d : drops) {
        String name = d.contains("=") ? d.substring(0, d.indexOf('=')) : d;
        if (!TargetModel.inGroup(name, k)) continue;
        if (!d.contains("=")) return;
        x *= Double.parseDouble(d.substring(d.indexOf('=') + 1));
      }
      kept.put(k, x);
    });
    return TargetModelTrainer.vector(kept);
  }

  static Fitted fit(SparkSession spark, List<LabelledTargets.Item> items, List<Map<String, Double>> f,
      List<Integer> idx, List<String> drops, double reg) {
    if (drops.equals(List.of("shipped"))) {
      // "shipped": exactly what `dyad train sentiment` fits (TargetModelTrainer.MEMBERS), applied as dyad applies it.
      TargetModel model = TargetModelTrainer.fit(spark, SentimentScorer.standard(), idx.stream().map(items::get).toList());
      return new Fitted(model::probabilities);
    }
    Fitted m = fit(spark, items, f, idx, drops, reg, System.getProperty("nb"));
    String avg = System.getProperty("avg");
    if (avg == null) return m;
    // -Davg=NB@REG[@DROPS]+...: average the probabilities of further fits, each with its NB base ("-" for
    // none), its regularisation and, optionally, a comma list of feature groups it drops as well.
    List<Fitted> members = new ArrayList<>(List.of(m));
    for (String spec : avg.split("\\+")) {
      String[] p = spec.split("@");
      List<String> own = new ArrayList<>(drops);
      if (p.length > 2) own.addAll(List.of(p[2].split(",")));
      members.add(fit(spark, items, f, idx, own, Double.parseDouble(p[1]), p[0].equals("-") ? null : p[0]));
    }
    return new Fitted(x -> TargetModel.mean(members.stream().map(member -> member.probabilities(x)).toList()));
  }

  static Fitted fit(SparkSession spark, List<LabelledTargets.Item> items, List<Map<String, Double>> f,
      List<Integer> idx, List<String> drops, double reg, String nb) {
    List<Row> rows = new ArrayList<>();
    double[] count = new double[3];
    for (int i : idx) count[items.get(i).polarity() + 1]++;
    // Class-balanced weights (-Dbalance) were tried and lost; the default is the trainer's stratum weights.
    boolean balance = Boolean.getBoolean("balance");
    List<LabelledTargets.Item> fitItems = idx.stream().map(items::get).toList();
    Sparse sparse = sparse(items, f, idx, nb);
    double[] stratum = TargetModelTrainer.weights(fitItems);
    for (int j = 0; j < idx.size(); j++) {
      int i = idx.get(j);
      int c = items.get(i).polarity() + 1;
      rows.add(RowFactory.create((double) c, vector(f.get(i), drops, sparse), balance ? idx.size() / (3 * count[c]) : stratum[j]));
    }
    StructType schema = new StructType().add("label", DataTypes.DoubleType).add("features", SQLDataTypes.VectorType())
        .add("weight", DataTypes.DoubleType);
    Dataset<Row> df = spark.createDataFrame(rows, schema).coalesce(1);
    LogisticRegressionModel m = new LogisticRegression().setFamily("multinomial").setRegParam(reg).setElasticNetParam(0)
        .setMaxIter(Integer.getInteger("iters", 300)).setStandardization(false).setWeightCol("weight").fit(df);
    return new Fitted(x -> m.predictProbability(vector(x, drops, sparse)).toArray());
  }

  /** The fit's {@link Sparse} treatment from -Dnb and -DminStories, counted over its items. */
  static Sparse sparse(List<LabelledTargets.Item> items, List<Map<String, Double>> f, List<Integer> idx, String nb) {
    Map<String, Double> nbScale = null;
    double nbBase = 0;
    if (nb != null) {
      // Naive Bayes log-count ratios (Wang & Manning 2012) as per-feature scales: one scale per
      // feature, the largest |log ratio| of a class against the rest, plus a base.
      double base = Double.parseDouble(nb);
      nbBase = base;
      double[] n = new double[3];
      Map<String, double[]> df = new java.util.HashMap<>();
      for (int i : idx) {
        int c = items.get(i).polarity() + 1;
        n[c]++;
        for (String k : f.get(i).keySet()) if (k.contains(":")) df.computeIfAbsent(k, x -> new double[3])[c]++;
      }
      Map<String, Double> scale = new java.util.HashMap<>();
      df.forEach((k, d) -> scale.put(k, base + TargetModelTrainer.nbRatio(d, n)));
      nbScale = scale;
    }
    java.util.Set<String> supported = null;
    int minStories = Integer.getInteger("minStories", 1);
    if (minStories > 1) {
      Map<String, java.util.Set<String>> stories = new java.util.HashMap<>();
      for (int i : idx) {
        String story = storyKey(items.get(i));
        for (String k : f.get(i).keySet()) if (k.contains(":")) stories.computeIfAbsent(k, x -> new java.util.HashSet<>()).add(story);
      }
      java.util.Set<String> keep = new java.util.HashSet<>();
      stories.forEach((k, s) -> { if (s.size() >= minStories) keep.add(k); });
      supported = keep;
    }
    return new Sparse(supported, nbScale, nbBase);
  }
}
