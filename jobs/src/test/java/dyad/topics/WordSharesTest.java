package dyad.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WordSharesTest {
  @Test
  void theModelsDistributionLessItsPrior() {
    // 10 words, 3 topics, prior 1.5 each: 7 words in topic 0, 3 in topic 1, none in 2 give
    // (8.5, 4.5, 1.5) / 14.5 as the model's distribution, and 0.7, 0.3, 0 as word shares.
    double[] weights = {8.5 / 14.5, 4.5 / 14.5, 1.5 / 14.5};
    assertArrayEquals(new double[] {0.7, 0.3, 0.0}, WordShares.of(weights, 10, new double[] {1.5, 1.5, 1.5}), 1e-12);
    // Expected counts a hair below 0 (rounding) count as 0, and the rest still sums to 1.
    double[] rounded = {8.5 / 14.5, 4.5 / 14.5 + 1e-13, 1.5 / 14.5 - 1e-13};
    assertArrayEquals(new double[] {0.7, 0.3, 0.0}, WordShares.of(rounded, 10, new double[] {1.5, 1.5, 1.5}), 1e-9);
    // An asymmetric prior is taken topic by topic.
    assertArrayEquals(new double[] {0.5, 0.5}, WordShares.of(new double[] {3.0 / 6, 3.0 / 6}, 4, new double[] {1, 1}), 1e-12);
    assertArrayEquals(new double[] {0.75, 0.25}, WordShares.of(new double[] {5.0 / 7, 2.0 / 7}, 4, new double[] {2, 1}), 1e-12);
    assertNull(WordShares.of(weights, 0, new double[] {1.5, 1.5, 1.5}));
    assertThrows(IllegalArgumentException.class, () -> WordShares.of(weights, 10, new double[] {1.5}));
  }
}
