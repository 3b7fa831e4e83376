package dyad.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConfidenceTest {
  @Test
  void studentTQuantiles() {
    assertEquals(12.706, Confidence.t975(1), 1e-3);
    assertEquals(2.228, Confidence.t975(10), 1e-3);
    assertEquals(2.042, Confidence.t975(30), 1e-3);
    // Beyond the table: 2.021 (40), 1.984 (100), 1.962 (1000) from standard tables.
    assertEquals(2.021, Confidence.t975(40), 2e-3);
    assertEquals(1.984, Confidence.t975(100), 1e-3);
    assertEquals(1.962, Confidence.t975(1000), 1e-3);
    assertTrue(Double.isNaN(Confidence.t975(0)));
  }

  @Test
  void halfWidthByHand() {
    // Scores 0.2, 0.4, 0.6: sd 0.2, n 3: 4.303 * 0.2 / sqrt(3).
    assertEquals(4.303 * 0.2 / Math.sqrt(3), Confidence.halfWidth(3, 0.2), 1e-12);
    assertTrue(Double.isNaN(Confidence.halfWidth(1, 0.0)));
  }
}
