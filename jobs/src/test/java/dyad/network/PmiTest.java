package dyad.network;

import dyad.core.Period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PmiTest {
  @Test
  void pmiAndNpmiByHand() {
    // 10 units, a in 4, b in 5, both in 2: p(a,b) = 0.2 = p(a) p(b): independent.
    assertEquals(0.0, Pmi.pmi(2, 4, 5, 10), 1e-12);
    assertEquals(0.0, Pmi.npmi(2, 4, 5, 10), 1e-12);
    // Never apart: npmi 1.
    assertEquals(Math.log(10.0 / 3), Pmi.pmi(3, 3, 3, 10), 1e-12);
    assertEquals(1.0, Pmi.npmi(3, 3, 3, 10), 1e-12);
    // Together less than chance: below 0.
    assertEquals(Math.log(1 * 10.0 / (5 * 5)) / -Math.log(0.1), Pmi.npmi(1, 5, 5, 10), 1e-12);
    // In every unit.
    assertEquals(1.0, Pmi.npmi(4, 4, 4, 4));
  }

  @Test
  void npmiStaysInItsRange() {
    // A pair never named apart is 1 in exact arithmetic, but ln(n/k) / -ln(k/n) in doubles can come out
    // at 1.0000000000000002 (13 seed edges did): every such pair up to 300 units.
    int above = 0;
    for (int n = 2; n <= 300; n++) {
      for (int k = 1; k < n; k++) {
        if (Math.log((double) k * n / ((double) k * k)) / -Math.log((double) k / n) > 1) above++;
        double never = Pmi.npmi(k, k, k, n);
        assertTrue(never <= 1 && never > 1 - 1e-12, k + " of " + n + ": " + never);
        double low = Pmi.npmi(1, k, k, n);
        assertTrue(low >= -1 && low <= 1, k + " of " + n + ": " + low);
      }
    }
    assertTrue(above > 0, "the unclamped formula does overshoot");
  }

  @Test
  void periodLabels() {
    LocalDate d = LocalDate.of(2021, 1, 3); // a Sunday: ISO week 53 of 2020
    assertEquals("2021-01-03", Period.DAY.label(d));
    assertEquals("2020-W53", Period.WEEK.label(d));
    assertEquals("2021-W01", Period.WEEK.label(d.plusDays(1)));
    assertEquals("2021-01", Period.MONTH.label(d));
    assertEquals("2021-Q1", Period.QUARTER.label(d));
    assertEquals("2021", Period.YEAR.label(d));
    assertEquals("all", Period.ALL.label((LocalDate) null));
    assertNull(Period.MONTH.label((LocalDate) null));
  }
}
