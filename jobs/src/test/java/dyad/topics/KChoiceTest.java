package dyad.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class KChoiceTest {
  @Test
  void aHandfulOfArticlesGetsAHandfulOfTopics() {
    // The seeds: 5 articles fitted as 140 paragraphs with 161 terms.
    assertEquals(5, KChoice.cap(5, 140, 161));
    assertEquals(List.of(5), KChoice.candidates(List.of(5, 10, 20, 40), KChoice.cap(5, 140, 161)));
  }

  @Test
  void documentsAndTermsBoundTheCapToo() {
    assertEquals(149, KChoice.cap(1491, 1491, 1350 * 2)); // BBC train: 10 documents per topic
    assertEquals(43, KChoice.cap(8906, 8906, 433)); // Reuters: 10 terms per topic
    assertEquals(List.of(5, 10, 20, 40), KChoice.candidates(List.of(40, 5, 20, 10), 149));
    assertEquals(List.of(5, 10, 20), KChoice.candidates(List.of(5, 10, 20, 40), 39));
  }

  @Test
  void withNoCandidateUnderTheCapTheCapItself() {
    assertEquals(3, KChoice.cap(3, 3000, 3000));
    assertEquals(List.of(3), KChoice.candidates(List.of(5, 10), 3));
    assertEquals(2, KChoice.cap(1, 4, 12)); // never fewer than two topics
  }

  @Test
  void theMostCoherentAndOfEqualScoresTheFewerTopics() {
    List<KChoice.Scored> scored = List.of(new KChoice.Scored(5, 0.12, 0.9), new KChoice.Scored(10, 0.21, 0.9),
        new KChoice.Scored(20, 0.19, 0.9), new KChoice.Scored(40, 0.21, 0.9));
    assertEquals(new KChoice.Scored(10, 0.21, 0.9), KChoice.mostCoherent(scored));
    assertEquals(new KChoice.Scored(20, -0.3, 0.9), KChoice.mostCoherent(List.of(new KChoice.Scored(40, -0.5, 0.9), new KChoice.Scored(20, -0.3, 0.9))));
    assertThrows(IllegalArgumentException.class, () -> KChoice.mostCoherent(List.of()));
  }

  @Test
  void theChoiceIsTheMostTopicsWithinTheToleranceOfTheMostCoherent() {
    // BBC News, fitted on train.csv, strict NPMI on val.csv: coherence falls as k grows.
    List<KChoice.Scored> bbc = List.of(new KChoice.Scored(5, 0.265, 0.95), new KChoice.Scored(10, 0.241, 0.9),
        new KChoice.Scored(20, 0.186, 0.82), new KChoice.Scored(40, 0.132, 0.72));
    assertEquals(10, KChoice.choose(bbc, 0.03, 0.7).chosen().k());
    assertEquals(5, KChoice.choose(bbc, 0.01, 0.7).chosen().k());
    assertEquals(20, KChoice.choose(bbc, 0.08, 0.7).chosen().k());
    assertEquals(5, KChoice.choose(bbc, 0, 0.7).chosen().k());
    // A candidate less coherent than one with more topics is passed over, not a stopping point.
    List<KChoice.Scored> bumpy = List.of(new KChoice.Scored(5, 0.20, 0.9), new KChoice.Scored(10, 0.10, 0.9),
        new KChoice.Scored(20, 0.19, 0.9), new KChoice.Scored(40, 0.05, 0.9));
    assertEquals(20, KChoice.choose(bumpy, 0.03, 0.7).chosen().k());
  }

  @Test
  void topicsThatRepeatOneAnothersTermsAreNotChosen() {
    // Reuters 1987 (433 terms): 40 topics are nearly as coherent, but share most of their top terms.
    List<KChoice.Scored> reuters = List.of(new KChoice.Scored(5, 0.175, 0.896), new KChoice.Scored(10, 0.205, 0.876),
        new KChoice.Scored(20, 0.183, 0.736), new KChoice.Scored(40, 0.176, 0.433));
    assertEquals(20, KChoice.choose(reuters, 0.03, 0.7).chosen().k());
    assertEquals(40, KChoice.choose(reuters, 0.03, 0).chosen().k());
    // The most diverse candidates may be less coherent than a repetitive one: the floor comes first.
    List<KChoice.Scored> flat = List.of(new KChoice.Scored(5, 0.10, 0.8), new KChoice.Scored(10, 0.30, 0.5));
    assertEquals(5, KChoice.choose(flat, 0.03, 0.7).chosen().k());
    // When no candidate is diverse enough, the floor is not applied.
    List<KChoice.Scored> repetitive = List.of(new KChoice.Scored(2, 0.10, 0.5), new KChoice.Scored(3, 0.30, 0.4));
    assertEquals(3, KChoice.choose(repetitive, 0.03, 0.7).chosen().k());
  }

  @Test
  void eachCandidateSaysWhyItWasOrWasNotChosen() {
    List<KChoice.Scored> reuters = List.of(new KChoice.Scored(5, 0.175, 0.896), new KChoice.Scored(10, 0.205, 0.876),
        new KChoice.Scored(20, 0.183, 0.736), new KChoice.Scored(40, 0.176, 0.433));
    KChoice.Choice c = KChoice.choose(reuters, 0.03, 0.7);
    assertEquals(new KChoice.Scored(10, 0.205, 0.876), c.best());
    assertEquals("chosen: the most topics of k [5, 10, 20, 40] with a held-out NPMI within 0.03 of the best (k=10, 0.205) "
        + "and a diversity of at least 0.7", c.why(List.of(5, 10, 20, 40)));
    assertEquals("not chosen: held-out NPMI 0.175 is within 0.03 of the best, but k=20 has more topics", c.whyNot(reuters.get(0)));
    assertEquals("not chosen: diversity 0.433, below topics.kMinDiversity 0.7", c.whyNot(reuters.get(3)));
    KChoice.Choice strict = KChoice.choose(reuters, 0.01, 0.7);
    assertEquals("not chosen: held-out NPMI 0.175, more than 0.01 below k=10's 0.205", strict.whyNot(reuters.get(0)));
    // Without a candidate diverse enough, the floor is said not to apply, and is not given as a reason.
    List<KChoice.Scored> repetitive = List.of(new KChoice.Scored(2, 0.10, 0.5), new KChoice.Scored(3, 0.30, 0.4));
    KChoice.Choice none = KChoice.choose(repetitive, 0.03, 0.7);
    assertEquals("chosen: the most topics of k [2, 3] with a held-out NPMI within 0.03 of the best (k=3, 0.300); no "
        + "candidate had a diversity of 0.7", none.why(List.of(2, 3)));
    assertEquals("not chosen: held-out NPMI 0.100, more than 0.03 below k=3's 0.300", none.whyNot(repetitive.get(0)));
  }

  @Test
  void theCapSaysWhy() {
    assertEquals("cap 5: 5 articles, 140 documents / 10, 161 terms / 10", KChoice.capReason(5, 140, 161));
  }
}
