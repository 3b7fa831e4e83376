package dyad.actors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorScorerTest {
  @Test
  void microScoresWithAllowedExtras() {
    ActorScorer s = new ActorScorer();
    assertArrayEquals(new long[] {2, 1, 1}, s.add(Set.of("USA", "CHN", "RUS"), Set.of("USA", "CHN", "FRA", "G20"), Set.of("G20")));
    assertArrayEquals(new long[] {1, 0, 0}, s.add(Set.of("EU"), Set.of("EU"), Set.of()));
    assertEquals(0.75, s.precision(), 1e-9);
    assertEquals(0.75, s.recall(), 1e-9);
    assertEquals(0.75, s.f1(), 1e-9);
    assertEquals("states precision=0.750 recall=0.750 f1=0.750 tp=3 fp=1 fn=1", s.summary("states"));
  }
}
