package dyad.topics;

/**
 * A unit's topics as the shares of its words, without the model's prior. LDA's topic distribution
 * of a document (Spark's variational inference, for either optimizer) is (α_k + n_k) / (N + Σα):
 * n_k of its N vocabulary words are expected in topic k, and α_k is the prior. With α = 1.5 and
 * k = 20, a 25-word paragraph carries 30 pseudo-words spread evenly over every topic, so averages of
 * such distributions are close to 1/k everywhere. The word shares n_k / N say what the words are
 * about; what a pair is discussed about is read from them.
 */
public final class WordShares {
  private WordShares() {}

  /**
   * The word shares of a distribution {@code weights} of {@code words} vocabulary words under the
   * prior {@code alpha}; null without words. Expected counts below 0 (rounding) count as 0, and the
   * shares are normalised to sum to 1.
   */
  public static double[] of(double[] weights, int words, double[] alpha) {
    if (weights == null || words <= 0) return null;
    if (alpha.length != weights.length) {
      throw new IllegalArgumentException("a prior of " + alpha.length + " topics for a distribution of " + weights.length);
    }
    double total = words;
    for (double a : alpha) total += a;
    double[] n = new double[weights.length];
    double sum = 0;
    for (int k = 0; k < n.length; k++) {
      n[k] = Math.max(0, weights[k] * total - alpha[k]);
      sum += n[k];
    }
    if (sum <= 0) return weights.clone(); // no word left to any topic (cannot happen with words > 0)
    for (int k = 0; k < n.length; k++) n[k] /= sum;
    return n;
  }
}
