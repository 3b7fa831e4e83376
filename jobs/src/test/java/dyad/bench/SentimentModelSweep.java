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
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.sql.SparkSession;

/**
 * Chooses the model's regularisation on the training split alone: fits on 4/5 of its stories
 * (the ablation's fifth fold held out, see {@link SentimentAblation#folds}) and prints the held-out
 * macro-F1 for each setting.
 * Usage: SentimentModelSweep TRAIN.jsonl
 */
public final class SentimentModelSweep {
  public static void main(String[] args) {
    List<LabelledTargets.Item> all = LabelledTargets.read(Path.of(args[0]));
    List<LabelledTargets.Item> fit = new ArrayList<>();
    List<LabelledTargets.Item> held = new ArrayList<>();
    int[] fold = SentimentAblation.folds(all);
    for (int i = 0; i < all.size(); i++) (fold[i] == 4 ? held : fit).add(all.get(i));
    SparkSession spark = SparkSessions.start("local[*]");
    SentimentScorer scorer = SentimentScorer.standard().rulesOnly();
    var train = TargetModelTrainer.vectors(spark, scorer, fit).cache();
    var test = TargetModelTrainer.vectors(spark, scorer, held).cache();
    double[] regs = args.length > 1 ? java.util.Arrays.stream(args[1].split(",")).mapToDouble(Double::parseDouble).toArray()
        : new double[] {0.0005, 0.001, 0.002, 0.005, 0.01, 0.02};
    double[] ens = args.length > 2 ? java.util.Arrays.stream(args[2].split(",")).mapToDouble(Double::parseDouble).toArray()
        : new double[] {0.0, 0.5};
    // Sentences with two or more targets, like NewsMTSC's devtest_mt, scored apart as well.
    List<Boolean> multi = new ArrayList<>();
    for (LabelledTargets.Item it : held) multi.add(TargetModelTrainer.multiTarget(it));
    for (double reg : regs) {
      for (double en : ens) {
        LogisticRegressionModel m = new LogisticRegression().setFamily("multinomial").setRegParam(reg)
            .setElasticNetParam(en).setMaxIter(TargetModelTrainer.MAX_ITER).setStandardization(false).setWeightCol("weight")
            .fit(train);
        var scored = m.transform(test).select("label", "probability").collectAsList();
        for (double bias : new double[] {0, 0.25, 0.5, 0.75}) {
          PolarityScore s = new PolarityScore();
          PolarityScore sm = new PolarityScore();
          int i = 0;
          for (var r : scored) {
            double[] p = ((org.apache.spark.ml.linalg.Vector) r.get(1)).toArray();
            p[1] *= Math.exp(bias);
            int pred = TargetModel.polarityOf(p);
            s.add((int) r.getDouble(0) - 1, pred);
            if (multi.get(i++)) sm.add((int) r.getDouble(0) - 1, pred);
          }
          System.out.printf("reg=%s elasticNet=%s neutralBias=%s held-out %s; multi-target %s%n",
              reg, en, bias, s.line(), sm.line());
        }
      }
    }
    spark.stop();
  }
}
