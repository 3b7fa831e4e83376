package dyad.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dyad.TestRows;
import dyad.core.Level;
import dyad.schema.Rows.MentionRow;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairUnitsTest {
  private static MentionRow m(int p, int s, String id, String type, String country) {
    return TestRows.mention(p, s, id, type, country);
  }

  @Test
  void pairsWithTheParagraphsNamingBothAtEachLevel() {
    // Paragraph 0 names Putin and China; paragraph 1 Russia and China; paragraph 2 the EU alone.
    List<MentionRow> ms = List.of(
        m(1, 0, "RUS", "STATE", "RUS"),
        m(0, 0, "vladimir-putin", "PERSON", "RUS"),
        m(0, 1, "CHN", "STATE", "CHN"),
        m(1, 0, "CHN", "STATE", "CHN"),
        m(2, 0, "EU", "IGO", null));
    assertEquals(List.of(
        new PairUnits.Pair(Level.ACTOR, "CHN", "EU", List.of()),
        new PairUnits.Pair(Level.ACTOR, "CHN", "RUS", List.of(1)),
        new PairUnits.Pair(Level.ACTOR, "CHN", "vladimir-putin", List.of(0)),
        new PairUnits.Pair(Level.ACTOR, "EU", "RUS", List.of()),
        new PairUnits.Pair(Level.ACTOR, "EU", "vladimir-putin", List.of()),
        new PairUnits.Pair(Level.ACTOR, "RUS", "vladimir-putin", List.of()),
        // At state level Putin is Russia: China and Russia share both paragraphs.
        new PairUnits.Pair(Level.STATE, "CHN", "EU", List.of()),
        new PairUnits.Pair(Level.STATE, "CHN", "RUS", List.of(0, 1)),
        new PairUnits.Pair(Level.STATE, "EU", "RUS", List.of())),
        PairUnits.of(ms, List.of(Level.ACTOR, Level.STATE)));
  }
}
