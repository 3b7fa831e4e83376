package dyad.actors;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Micro precision, recall and F1 of the actors found per article against a gold list. Predictions
 * the gold allows as extras (analysts, places, companies) are neither credited nor penalised.
 */
public final class ActorScorer {
  private long tp;
  private long fp;
  private long fn;

  /** Adds one article; returns its (tp, fp, fn). */
  public long[] add(Set<String> gold, Set<String> predicted, Set<String> allowedExtra) {
    long t = 0;
    long f = 0;
    for (String p : predicted) {
      if (gold.contains(p)) t++;
      else if (!allowedExtra.contains(p)) f++;
    }
    Set<String> missed = new HashSet<>(gold);
    missed.removeAll(predicted);
    tp += t;
    fp += f;
    fn += missed.size();
    return new long[] {t, f, missed.size()};
  }

  public double precision() {
    return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public String summary(String label) {
    return String.format(Locale.ROOT, "%s precision=%.3f recall=%.3f f1=%.3f tp=%d fp=%d fn=%d",
        label, precision(), recall(), f1(), tp, fp, fn);
  }
}
