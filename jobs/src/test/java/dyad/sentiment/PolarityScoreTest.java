package dyad.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PolarityScoreTest {
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
