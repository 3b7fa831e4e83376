package dyad.sentiment;

import dyad.text.Tokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A multinomial logistic regression over {@link SentimentScorer#features}, hashed into
 * {@link #DIMENSIONS} slots: trained by Spark MLlib ({@code dyad train sentiment}) and applied here in
 * plain Java, so scoring needs neither Spark nor a model directory. The weights file lists the
 * intercepts and the non-zero weights (slot, negative, neutral, positive).
 */
public final class TargetModel {
  public static final int DIMENSIONS = 1 << 18;
  public static final String RESOURCE = "dyad/lexicons/target_sentiment_model.tsv";

  private final double[] intercept = new double[3];
  private final Map<Integer, double[]> weights = new HashMap<>();

  private static volatile TargetModel standard;

  /** The model shipped in the jar, or null when none was trained. */
  public static TargetModel standard() {
    if (standard == null) {
      synchronized (TargetModel.class) {
        if (standard == null && TargetModel.class.getClassLoader().getResource(RESOURCE) != null) {
          standard = parse(Tokens.readResourceLines(RESOURCE));
        }
      }
    }
    return standard;
  }

  public static TargetModel parse(List<String> lines) {
    TargetModel m = new TargetModel();
    for (String line : lines) {
      String[] f = line.split("\t");
      double[] w = {Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])};
      if (f[0].equals("intercept")) System.arraycopy(w, 0, m.intercept, 0, 3);
      else m.weights.put(Integer.parseInt(f[0]), w);
    }
    return m;
  }

  public static int slot(String feature) {
    return Math.floorMod(feature.hashCode(), DIMENSIONS);
  }

  /** Hashed features: slot -> summed value. */
  public static Map<Integer, Double> hashed(Map<String, Double> features) {
    Map<Integer, Double> out = new java.util.TreeMap<>();
    features.forEach((k, v) -> out.merge(slot(k), v, Double::sum));
    return out;
  }

  /** Probabilities of negative, neutral, positive. */
  public double[] probabilities(Map<String, Double> features) {
    double[] z = intercept.clone();
    hashed(features).forEach((slot, v) -> {
      double[] w = weights.get(slot);
      if (w != null) for (int c = 0; c < 3; c++) z[c] += w[c] * v;
    });
    double max = Math.max(z[0], Math.max(z[1], z[2]));
    double sum = 0;
    for (int c = 0; c < 3; c++) sum += z[c] = Math.exp(z[c] - max);
    for (int c = 0; c < 3; c++) z[c] /= sum;
    return z;
  }

  /** -1, 0 or +1: the most probable class. */
  public int polarity(Map<String, Double> features) {
    return polarityOf(probabilities(features));
  }

  /** -1, 0 or +1 for probabilities of negative, neutral, positive; ties go to the lower class. */
  public static int polarityOf(double[] p) {
    return p[0] >= p[1] && p[0] >= p[2] ? -1 : p[1] >= p[2] ? 0 : 1;
  }
}
