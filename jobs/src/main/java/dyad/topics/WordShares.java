package dyad.topics;

import java.io.Serializable;

/**
 * A unit's topics as the shares of its words, each word given to its most likely topic in the unit.
 * LDA's topic distribution θ of a document is (α_k + n_k) / (N + Σα): with α = 1.5 and k = 20, a
 * 25-word paragraph carries 30 pseudo-words spread evenly over every topic, and even without the
 * prior, the expected counts n_k spread each word over every topic a little. Averaged over a pair's
 * units, either leaves most of a pair's weight in a long tail of small shares. Here a term of the unit
 * goes to the topic k of the highest θ_k β_k,term (its topic under the model, given the unit), so a
 * share is the part of the unit's words that are about the topic: what a pair is discussed about.
 */
public final class WordShares implements Serializable {
  private static final long serialVersionUID = 1L;
  /** β by term: topicOf[term][k] = p(term | topic k). */
  private final double[][] beta;

  private WordShares(double[][] beta) {
    this.beta = beta;
  }

  /**
   * From a model's topics as a terms × k matrix in column-major order (Spark's {@code topicsMatrix},
   * counts or weights, each topic column normalised here to a distribution over the terms).
   */
  public static WordShares of(double[] termsByTopic, int terms, int k) {
    if (terms <= 0 || k <= 0 || termsByTopic.length != (long) terms * k) {
      throw new IllegalArgumentException("a matrix of " + termsByTopic.length + " values is not " + terms + " terms x " + k + " topics");
    }
    double[][] beta = new double[terms][k];
    for (int t = 0; t < k; t++) {
      double sum = 0;
      for (int w = 0; w < terms; w++) sum += termsByTopic[t * terms + w];
      if (!(sum > 0)) throw new IllegalArgumentException("topic " + t + " has no weight on any term");
      for (int w = 0; w < terms; w++) beta[w][t] = termsByTopic[t * terms + w] / sum;
    }
    return new WordShares(beta);
  }

  public int k() {
    return beta.length == 0 ? 0 : beta[0].length;
  }

  /**
   * The shares of a unit with these term indices and counts under its topic distribution
   * {@code theta}; null without words. Of topics equally likely for a term, the first.
   */
  public double[] of(int[] termIds, double[] counts, double[] theta) {
    if (theta == null) return null;
    if (theta.length != k()) throw new IllegalArgumentException("a distribution of " + theta.length + " topics for a model of " + k());
    double[] n = new double[theta.length];
    double total = 0;
    for (int i = 0; i < termIds.length; i++) {
      if (counts[i] <= 0) continue;
      double[] b = beta[termIds[i]];
      int best = 0;
      double bestP = -1;
      for (int t = 0; t < b.length; t++) {
        double p = theta[t] * b[t];
        if (p > bestP) {
          bestP = p;
          best = t;
        }
      }
      n[best] += counts[i];
      total += counts[i];
    }
    if (total <= 0) return null;
    for (int t = 0; t < n.length; t++) n[t] /= total;
    return n;
  }
}
