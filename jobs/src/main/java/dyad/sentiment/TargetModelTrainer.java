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
 * targets (the NewsMTSC training split), deterministically: fixed data order, no sampling.
 */
public final class TargetModelTrainer {
  /**
   * MLlib's settings: L2 regularisation, chosen on the training split alone (fit on 4/5 of its
   * sentences, scored on the rest: bench/sentiment-sweep); L1 mixing only lost F1 there.
   */
  public static final double REG = 0.001;
  public static final double ELASTIC_NET = 0.0;
  public static final int MAX_ITER = 300;

  private TargetModelTrainer() {}

  /**
   * Labelled feature vectors with each target's training weight (column "weight"): see
   * {@link #weights}.
   */
  public static Dataset<Row> vectors(SparkSession spark, SentimentScorer scorer, List<LabelledTargets.Item> items) {
    double[] w = weights(items);
    List<Row> rows = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      LabelledTargets.Item it = items.get(i);
      rows.add(RowFactory.create((double) (it.polarity() + 1), vector(scorer.features(it.sentence(), it.mentions(), it.target())),
          w[i]));
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
    Map<Integer, Double> h = TargetModel.hashed(features);
    return Vectors.sparse(TargetModel.DIMENSIONS, h.keySet().stream().mapToInt(Integer::intValue).toArray(),
        h.values().stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** Trains and writes the weights file; returns the model as dyad applies it. */
  public static TargetModel train(SparkSession spark, SentimentScorer scorer, List<LabelledTargets.Item> items, Path out) {
    scorer = scorer.rulesOnly(); // features come from the rules, never from a previous model
    LogisticRegressionModel lr = new LogisticRegression().setFamily("multinomial").setRegParam(REG)
        .setElasticNetParam(ELASTIC_NET).setMaxIter(MAX_ITER).setStandardization(false).setWeightCol("weight")
        .fit(vectors(spark, scorer, items).coalesce(1)); // one partition: the same sums in the same order on any machine
    Matrix w = lr.coefficientMatrix();
    Vector b = lr.interceptVector();
    List<String> lines = new ArrayList<>();
    lines.add("# Target-dependent sentiment model: multinomial logistic regression trained by `dyad train sentiment`");
    lines.add(String.format(Locale.ROOT, "# on %d labelled targets (multi-target ones reweighted to single-target class shares); regParam %s, elasticNet %s. Columns: slot, negative, neutral, positive.",
        items.size(), REG, ELASTIC_NET));
    // Six significant digits: the file halves, the predictions on the development split stay the same.
    lines.add(String.format(Locale.ROOT, "intercept\t%.6g\t%.6g\t%.6g", b.apply(0), b.apply(1), b.apply(2)));
    for (int j = 0; j < w.numCols(); j++) {
      double a = w.apply(0, j);
      double c = w.apply(1, j);
      double d = w.apply(2, j);
      if (a != 0 || c != 0 || d != 0) lines.add(String.format(Locale.ROOT, "%d\t%.6g\t%.6g\t%.6g", j, a, c, d));
    }
    try {
      if (out.getParent() != null) Files.createDirectories(out.getParent());
      Files.write(out, lines);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out, e);
    }
    return TargetModel.parse(lines.stream().filter(l -> !l.startsWith("#")).toList());
  }
}
