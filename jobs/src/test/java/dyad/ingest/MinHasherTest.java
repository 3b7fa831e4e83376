package dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.TestPaths;
import dyad.text.Tokens;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MinHasherTest {
  private final MinHasher mh = new MinHasher(5, 20, 5, 42);

  /** Exact Jaccard of 5-word shingle sets, to check the estimate against. */
  private static double jaccard(String a, String b) {
    Set<String> sa = shingles(a);
    Set<String> sb = shingles(b);
    Set<String> inter = new HashSet<>(sa);
    inter.retainAll(sb);
    Set<String> union = new HashSet<>(sa);
    union.addAll(sb);
    return (double) inter.size() / union.size();
  }

  private static Set<String> shingles(String t) {
    List<String> w = Tokens.words(t.toLowerCase());
    Set<String> s = new HashSet<>();
    for (int i = 0; i + 5 <= w.size(); i++) s.add(String.join(" ", w.subList(i, i + 5)));
    return s;
  }

  @Test
  void estimateTracksExactJaccardOnRealText() {
    String a = TestPaths.seed("003");
    String edited = "Newsweek World Desk\n" + a.replace("China is looking to expand", "China is seeking to expand")
        .replace("Hua said the agenda", "Hua said that the agenda");
    String other = TestPaths.seed("002");
    double exactNear = jaccard(a, edited);
    double estNear = MinHasher.similarity(mh.signature(a), mh.signature(edited));
    assertTrue(exactNear > 0.9, "the edited copy is a near-duplicate: " + exactNear);
    assertEquals(exactNear, estNear, 0.1);
    double estFar = MinHasher.similarity(mh.signature(a), mh.signature(other));
    assertTrue(estFar < 0.1, "two different articles on the same story: " + estFar + " vs exact " + jaccard(a, other));
  }

  @Test
  void nearDuplicatesShareABandDifferentArticlesDoNot() {
    String a = TestPaths.seed("001");
    long[] ka = mh.bandKeys(mh.signature(a));
    long[] kb = mh.bandKeys(mh.signature(a.replace("Blinken", "Blinken,")));
    long[] kc = mh.bandKeys(mh.signature(TestPaths.seed("000")));
    assertTrue(shared(ka, kb) > 0);
    assertEquals(0, shared(ka, kc));
  }

  @Test
  void deterministicAndCaseInsensitiveAndNullWhenTooShort() {
    String t = TestPaths.seed("004");
    assertArrayEquals(mh.signature(t), new MinHasher(5, 20, 5, 42).signature(t));
    assertArrayEquals(mh.signature(t), mh.signature(t.toUpperCase()));
    assertNull(mh.signature("four words only here"));
  }

  private static int shared(long[] a, long[] b) {
    int n = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) n++;
    }
    return n;
  }
}
