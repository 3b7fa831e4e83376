package dyad.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WordSharesTest {
  // Three terms (0 rain, 1 goal, 2 match) and two topics, as Spark's topicsMatrix holds them: column
  // by column, unnormalised. Weather: rain 8, goal 1, match 1. Football: rain 1, goal 5, match 4.
  private static final WordShares MODEL = WordShares.of(new double[] {8, 1, 1, 1, 5, 4}, 3, 2);

  @Test
  void eachWordGoesToItsMostLikelyTopicInTheUnit() {
    // A unit of 3 rain, 1 goal, 1 match, mostly weather: rain -> weather (0.8 x 0.6 against 0.1 x 0.4);
    // goal -> football (0.1 x 0.6 = 0.06 against 0.5 x 0.4 = 0.2); match -> football (0.06 against 0.16).
    assertArrayEquals(new double[] {0.6, 0.4}, MODEL.of(new int[] {0, 1, 2}, new double[] {3, 1, 1}, new double[] {0.6, 0.4}), 1e-12);
    // The unit's distribution decides close cases: in a unit all but certain of weather, match is weather too.
    assertArrayEquals(new double[] {0.8, 0.2}, MODEL.of(new int[] {0, 1, 2}, new double[] {3, 1, 1}, new double[] {0.82, 0.18}), 1e-12);
    assertEquals(2, MODEL.k());
  }

  @Test
  void aUnitWithoutWordsHasNoShares() {
    assertNull(MODEL.of(new int[0], new double[0], new double[] {0.5, 0.5}));
    assertNull(MODEL.of(new int[] {0}, new double[] {1}, null));
    // Of equally likely topics, the first.
    assertArrayEquals(new double[] {1, 0}, WordShares.of(new double[] {1, 1, 1, 1}, 2, 2).of(new int[] {1}, new double[] {2},
        new double[] {0.5, 0.5}), 1e-12);
  }

  @Test
  void aMatrixOfTheWrongShapeOrAnEmptyTopicIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> WordShares.of(new double[] {1, 2, 3}, 2, 2));
    assertThrows(IllegalArgumentException.class, () -> WordShares.of(new double[] {1, 1, 0, 0}, 2, 2));
    assertThrows(IllegalArgumentException.class, () -> MODEL.of(new int[] {0}, new double[] {1}, new double[] {1, 0, 0}));
  }
}
