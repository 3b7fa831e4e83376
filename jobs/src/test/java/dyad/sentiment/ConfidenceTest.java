package dyad.sentiment;

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

  @Test
  void macroF1ByHand() {
    PolarityScore s = new PolarityScore();
    // gold -1: 2 right, 1 called neutral; gold 0: 1 right, 1 called positive; gold +1: 1 right.
    s.add(-1, -1);
    s.add(-1, -1);
    s.add(-1, 0);
    s.add(0, 0);
    s.add(0, 1);
    s.add(1, 1);
    // F1(-1) = 2*2/(2+3) = 0.8; F1(0) = 2*1/(2+2) = 0.5; F1(+1) = 2*1/(2+1) = 2/3.
    assertEquals((0.8 + 0.5 + 2.0 / 3) / 3, s.macroF1(), 1e-12);
    assertEquals(4.0 / 6, s.accuracy(), 1e-12);
    assertEquals("macro_f1=0.656 accuracy=0.667 n=6", s.line());
  }
}
