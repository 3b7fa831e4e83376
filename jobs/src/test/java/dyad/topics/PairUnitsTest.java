package dyad.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dyad.network.ArticlePairs;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairUnitsTest {
  @Test
  void pairsWithTheParagraphsNamingBothAtEachLevel() {
    // Paragraph 0 names Putin and China; paragraph 1 Russia and China; paragraph 2 the EU alone.
    List<ArticlePairs.Mention> ms = List.of(
        new ArticlePairs.Mention(1, 0, "RUS", "STATE", "RUS"),
        new ArticlePairs.Mention(0, 0, "vladimir-putin", "PERSON", "RUS"),
        new ArticlePairs.Mention(0, 1, "CHN", "STATE", "CHN"),
        new ArticlePairs.Mention(1, 0, "CHN", "STATE", "CHN"),
        new ArticlePairs.Mention(2, 0, "EU", "IGO", null));
    assertEquals(List.of(
        new PairUnits.Pair("actor", "CHN", "EU", List.of()),
        new PairUnits.Pair("actor", "CHN", "RUS", List.of(1)),
        new PairUnits.Pair("actor", "CHN", "vladimir-putin", List.of(0)),
        new PairUnits.Pair("actor", "EU", "RUS", List.of()),
        new PairUnits.Pair("actor", "EU", "vladimir-putin", List.of()),
        new PairUnits.Pair("actor", "RUS", "vladimir-putin", List.of()),
        // At state level Putin is Russia: China and Russia share both paragraphs.
        new PairUnits.Pair("state", "CHN", "EU", List.of()),
        new PairUnits.Pair("state", "CHN", "RUS", List.of(0, 1)),
        new PairUnits.Pair("state", "EU", "RUS", List.of())),
        PairUnits.of(ms, List.of("actor", "state")));
  }
}
