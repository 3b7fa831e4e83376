package dyad.sentiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Trains {@link TargetModel} with Spark MLlib's multinomial logistic regression on labelled
 * targets (the NewsMTSC training split), deterministically: fixed data order, no sampling. The model
 * is the mean of {@link #MEMBERS}, logistic regressions over different views of the same features.
 */
public final class TargetModelTrainer {
  /**
   * One member of the ensemble: the feature groups it drops (see {@link TargetModel.Member}), its L2
   * regularisation and whether its sparse features are scaled by their Naive Bayes log-count ratio.
   */
  public record MemberSpec(List<String> drops, double reg, boolean nb) {}

  /**
   * The members, chosen by 5-fold cross-validation by story on the training split
   * (bench/sentiment-ablation, docs/sentiment.md "Sixth round"): the full view; without the clause
   * words; without the sentence's bag of words; and the full view and the view without the bag with
   * NB scaling (NBSVM, Wang &amp; Manning 2012) at a stronger regularisation. Views that leave a
   * group out lean on the others, so their errors differ and their mean generalises across stories
   * better than any one of them.
   */
  public static final List<MemberSpec> MEMBERS = List.of(
      new MemberSpec(List.of(), 0.001, false),
      new MemberSpec(List.of("c:"), 0.001, false),
      new MemberSpec(List.of("w:"), 0.001, false),
      new MemberSpec(List.of(), 0.003, true),
      new MemberSpec(List.of("w:"), 0.003, true));

  /** L2 only: L1 mixing lost F1 at every regularisation (bench/sentiment-sweep). */
  public static final double ELASTIC_NET = 0.0;
  public static final int MAX_ITER = 300;

  private TargetModelTrainer() {}

  /**
   * Labelled feature vectors with each target's training weight (column "weight"): see
   * {@link #weights}.
   */
  public static Dataset<Row> vectors(SparkSession spark, SentimentScorer scorer, List<LabelledTargets.Item> items) {
    List<Map<Integer, Double>> hashed = new ArrayList<>();
    for (LabelledTargets.Item it : items) hashed.add(TargetModel.hashed(features(scorer, it), List.of()));
    return frame(spark, items, hashed, null, weights(items));
  }

  private static Map<String, Double> features(SentimentScorer scorer, LabelledTargets.Item it) {
    return scorer.features(it.sentence(), it.mentions(), it.target());
  }

  private static Dataset<Row> frame(SparkSession spark, List<LabelledTargets.Item> items, List<Map<Integer, Double>> hashed,
      double[] scale, double[] w) {
    List<Row> rows = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      rows.add(RowFactory.create((double) (items.get(i).polarity() + 1), vector(hashed.get(i), scale), w[i]));
    }
    StructType schema = new StructType().add("label", DataTypes.DoubleType).add("features", SQLDataTypes.VectorType())
        .add("weight", DataTypes.DoubleType);
    return spark.createDataFrame(rows, schema);
  }

  /** Whether the target's sentence names two or more people. */
  public static boolean multiTarget(LabelledTargets.Item it) {
    return it.mentions().stream().map(SentimentScorer.Mention::actorId).distinct().count() > 1;
  }

  /**
   * Training weights: 1 for targets alone in their sentence; targets of sentences naming two or more
   * people weigh (share of their class among single targets) / (share among multi-target ones).
   * NewsMTSC's training split was sampled toward polar classes, most of all among multi-target
   * sentences (there 21% neutral, 39% among single targets), so unweighted the model learns that a
   * second person makes a sentence polar, which real news does not bear out.
   */
  public static double[] weights(List<LabelledTargets.Item> items) {
    double[] byClass = multiTargetClassWeights(items);
    double[] w = new double[items.size()];
    for (int i = 0; i < w.length; i++) {
      LabelledTargets.Item it = items.get(i);
      w[i] = multiTarget(it) ? byClass[it.polarity() + 1] : 1.0;
    }
    return w;
  }

  /** Per class (negative, neutral, positive): its share among single targets over its share among multi-target ones. */
  public static double[] multiTargetClassWeights(List<LabelledTargets.Item> items) {
    double[][] n = new double[2][3];
    for (LabelledTargets.Item it : items) n[multiTarget(it) ? 1 : 0][it.polarity() + 1]++;
    double single = n[0][0] + n[0][1] + n[0][2];
    double multi = n[1][0] + n[1][1] + n[1][2];
    double[] w = new double[3];
    for (int c = 0; c < 3; c++) w[c] = single > 0 && n[0][c] > 0 && n[1][c] > 0 ? (n[0][c] / single) / (n[1][c] / multi) : 1.0;
    return w;
  }

  /** Named features as MLlib's sparse vector over the model's hashed slots. */
  public static Vector vector(Map<String, Double> features) {
    return vector(TargetModel.hashed(features, List.of()), null);
  }

  /** Hashed features as MLlib's sparse vector, each slot multiplied by its scale when one is given. */
  private static Vector vector(Map<Integer, Double> h, double[] scale) {
    int[] idx = h.keySet().stream().mapToInt(Integer::intValue).toArray();
    double[] v = new double[idx.length];
    int j = 0;
    for (double x : h.values()) {
      v[j] = scale == null ? x : x * scale[idx[j]];
      j++;
    }
    return Vectors.sparse(TargetModel.DIMENSIONS, idx, v);
  }

  /**
   * Naive Bayes scales per slot: for slots of sparse features (names with ':'), the largest |log-count
   * ratio| of a class against the rest over the targets the slot occurs in, add-one smoothed; dense
   * features (the scores) keep 1. Per slot rather than per name, so the scale folds into the slot's
   * weights and the model file stays a plain weights file.
   */
  static double[] nbScales(List<LabelledTargets.Item> items, List<Map<String, Double>> features, List<String> drops) {
    double[] n = new double[3];
    double[][] df = new double[TargetModel.DIMENSIONS][];
    boolean[] dense = new boolean[TargetModel.DIMENSIONS];
    for (int i = 0; i < items.size(); i++) {
      int c = items.get(i).polarity() + 1;
      n[c]++;
      java.util.Set<Integer> seen = new java.util.HashSet<>();
      for (String k : features.get(i).keySet()) {
        if (!TargetModel.Member.sees(drops, k)) continue;
        int slot = TargetModel.slot(k);
        if (!k.contains(":")) dense[slot] = true;
        else if (seen.add(slot)) (df[slot] == null ? df[slot] = new double[3] : df[slot])[c]++;
      }
    }
    double[] scale = new double[TargetModel.DIMENSIONS];
    for (int j = 0; j < scale.length; j++) {
      if (dense[j]) {
        scale[j] = 1;
        continue;
      }
      if (df[j] != null) scale[j] = nbRatio(df[j], n);
    }
    return scale;
  }

  /**
   * The largest |Naive Bayes log-count ratio| of one class against the rest (Wang &amp; Manning 2012),
   * add-one smoothed: {@code d} counts the targets of each class a feature occurs in, {@code n} all
   * targets of each class.
   */
  public static double nbRatio(double[] d, double[] n) {
    double total = n[0] + n[1] + n[2];
    double best = 0;
    for (int c = 0; c < 3; c++) {
      double rest = d[0] + d[1] + d[2] - d[c];
      best = Math.max(best, Math.abs(Math.log(((d[c] + 1) / (n[c] + 2)) / ((rest + 1) / (total - n[c] + 2)))));
    }
    return best;
  }

  /** Fits every member of {@link #MEMBERS} on the items; returns the model as dyad applies it. */
  public static TargetModel fit(SparkSession spark, SentimentScorer scorer, List<LabelledTargets.Item> items) {
    SentimentScorer rules = scorer.rulesOnly(); // features come from the rules, never from a previous model
    List<Map<String, Double>> features = new ArrayList<>(items.size());
    for (LabelledTargets.Item it : items) features.add(features(rules, it));
    double[] w = weights(items);
    List<TargetModel.Member> members = new ArrayList<>();
    for (MemberSpec spec : MEMBERS) {
      List<Map<Integer, Double>> hashed = new ArrayList<>(items.size());
      for (Map<String, Double> f : features) hashed.add(TargetModel.hashed(f, spec.drops()));
      double[] scale = spec.nb() ? nbScales(items, features, spec.drops()) : null;
      LogisticRegressionModel lr = new LogisticRegression().setFamily("multinomial").setRegParam(spec.reg())
          .setElasticNetParam(ELASTIC_NET).setMaxIter(MAX_ITER).setStandardization(false).setWeightCol("weight")
          .fit(frame(spark, items, hashed, scale, w).coalesce(1)); // one partition: the same sums in the same order on any machine
      Matrix coef = lr.coefficientMatrix();
      Vector b = lr.interceptVector();
      Map<Integer, double[]> weights = new java.util.TreeMap<>();
      for (int j = 0; j < coef.numCols(); j++) {
        double s = scale == null ? 1 : scale[j];
        weights.put(j, new double[] {coef.apply(0, j) * s, coef.apply(1, j) * s, coef.apply(2, j) * s});
      }
      members.add(TargetModel.member(spec.drops(), b.toArray(), weights));
    }
    return TargetModel.of(members);
  }

  /** Trains and writes the weights file; returns the model as dyad applies it. */
  public static TargetModel train(SparkSession spark, SentimentScorer scorer, List<LabelledTargets.Item> items, Path out) {
    TargetModel model = fit(spark, scorer, items);
    List<String> lines = new ArrayList<>();
    lines.add("# Target-dependent sentiment model: the mean of multinomial logistic regressions trained by `dyad train sentiment`");
    lines.add(String.format(Locale.ROOT, "# on %d labelled targets (multi-target ones reweighted to single-target class shares), elasticNet %s.",
        items.size(), ELASTIC_NET));
    StringBuilder specs = new StringBuilder("# Members (dropped groups, regParam, NB-scaled):");
    for (MemberSpec m : MEMBERS) specs.append(' ').append(m.drops().isEmpty() ? "-" : String.join(",", m.drops()))
        .append('/').append(m.reg()).append(m.nb() ? "/nb" : "");
    lines.add(specs.toString());
    lines.add("# Columns: slot, negative, neutral, positive (NB scales folded into the weights).");
    lines.addAll(model.lines());
    try {
      if (out.getParent() != null) Files.createDirectories(out.getParent());
      Files.write(out, lines);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out, e);
    }
    return TargetModel.parse(lines);
  }
}
