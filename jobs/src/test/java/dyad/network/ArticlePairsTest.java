package dyad.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dyad.TestRows;
import dyad.core.Level;
import dyad.schema.Rows.MentionRow;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticlePairsTest {
  static MentionRow m(int p, int s, String id, String type, String country) {
    return TestRows.mention(p, s, id, type, country);
  }

  /*
   * p0 s0: Putin (RUS) ... China        p0 s1: Russia, Russia again
   * p1 s0: Putin ... Xi (CHN)           p2 s0: an inferred person with no state, and China
   */
  private static final List<MentionRow> ARTICLE = List.of(
      m(0, 0, "vladimir-putin", "PERSON", "RUS"), m(0, 0, "CHN", "STATE", "CHN"),
      m(0, 1, "RUS", "STATE", "RUS"), m(0, 1, "RUS", "STATE", "RUS"),
      m(1, 0, "vladimir-putin", "PERSON", "RUS"), m(1, 0, "xi-jinping", "PERSON", "CHN"),
      m(2, 0, "someone", "PERSON", null), m(2, 0, "CHN", "STATE", "CHN"));

  @Test
  void actorLevelCountsEveryPairOnceWithItsSentencesAndParagraphs() {
    ArticlePairs.Result r = ArticlePairs.of(ARTICLE, List.of(Level.ACTOR));
    assertEquals(0, r.unresolved());
    assertEquals(List.of(new ArticlePairs.Units(Level.ACTOR, 4, 3)), r.units());
    assertEquals(List.of(
        new ArticlePairs.Node(Level.ACTOR, "CHN", 2, 2, 2),
        new ArticlePairs.Node(Level.ACTOR, "RUS", 2, 1, 1),
        new ArticlePairs.Node(Level.ACTOR, "someone", 1, 1, 1),
        new ArticlePairs.Node(Level.ACTOR, "vladimir-putin", 2, 2, 2),
        new ArticlePairs.Node(Level.ACTOR, "xi-jinping", 1, 1, 1)), r.nodes());
    // Five actors, ten pairs: every pair of the article, with zero sentences where never in one.
    assertEquals(10, r.pairs().size());
    assertEquals(new ArticlePairs.Pair(Level.ACTOR, "CHN", "vladimir-putin", 1, 1, 1, false), find(r, "CHN", "vladimir-putin"));
    assertEquals(new ArticlePairs.Pair(Level.ACTOR, "RUS", "vladimir-putin", 0, 0, 1, true), find(r, "RUS", "vladimir-putin"));
    assertEquals(new ArticlePairs.Pair(Level.ACTOR, "CHN", "xi-jinping", 0, 0, 0, true), find(r, "CHN", "xi-jinping"));
    assertEquals(new ArticlePairs.Pair(Level.ACTOR, "CHN", "RUS", 0, 0, 1, false), find(r, "CHN", "RUS"));
  }

  @Test
  void stateLevelRollsPeopleUpAndCountsThoseWithoutAState() {
    ArticlePairs.Result r = ArticlePairs.of(ARTICLE, List.of(Level.STATE));
    assertEquals(1, r.unresolved());
    assertEquals(List.of(new ArticlePairs.Node(Level.STATE, "CHN", 3, 3, 3), new ArticlePairs.Node(Level.STATE, "RUS", 4, 3, 2)),
        r.nodes());
    // CHN and RUS share p0 s0 (Putin, China) and p1 s0 (Putin, Xi), in two paragraphs; never a self pair.
    assertEquals(List.of(new ArticlePairs.Pair(Level.STATE, "CHN", "RUS", 2, 2, 2, false)), r.pairs());
    assertEquals(List.of(new ArticlePairs.Units(Level.STATE, 4, 3)), r.units());
  }

  @Test
  void sentencesInOneParagraphCountItOnce() {
    ArticlePairs.Result r = ArticlePairs.of(List.of(
        m(0, 0, "CHN", "STATE", "CHN"), m(0, 0, "USA", "STATE", "USA"),
        m(0, 1, "USA", "STATE", "USA"), m(0, 1, "CHN", "STATE", "CHN"),
        m(3, 2, "CHN", "STATE", "CHN"), m(3, 2, "USA", "STATE", "USA")), List.of(Level.ACTOR, Level.STATE));
    assertEquals(new ArticlePairs.Pair(Level.ACTOR, "CHN", "USA", 3, 2, 2, false), r.pairs().get(0));
    assertEquals(new ArticlePairs.Pair(Level.STATE, "CHN", "USA", 3, 2, 2, false), r.pairs().get(1));
  }

  private static ArticlePairs.Pair find(ArticlePairs.Result r, String a, String b) {
    return r.pairs().stream().filter(p -> p.a().equals(a) && p.b().equals(b)).findFirst().orElseThrow();
  }
}
