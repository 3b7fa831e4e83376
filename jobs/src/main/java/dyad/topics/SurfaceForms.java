package dyad.topics;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The word readers see for each counted term: the commonest surface word that folds into it
 * ("series" for the counted "sery"), ties to the alphabetically first word, so the choice does not
 * depend on the order the counts come in. Plain Java: the topics stage feeds it counts made in
 * Spark, bench/topics counts words itself.
 */
public final class SurfaceForms {
  private final Map<String, Map<String, Long>> counts = new TreeMap<>();

  /** Adds {@code n} sightings of {@code word}, folded into {@code term}. */
  public void add(String term, String word, long n) {
    counts.computeIfAbsent(term, t -> new TreeMap<>()).merge(word, n, Long::sum);
  }

  /** Each term's commonest word. */
  public Map<String, String> forms() {
    Map<String, String> out = new HashMap<>();
    counts.forEach((term, words) -> {
      String best = null;
      long most = 0;
      for (Map.Entry<String, Long> e : words.entrySet()) { // alphabetical: a tie keeps the first
        if (e.getValue() > most) {
          best = e.getKey();
          most = e.getValue();
        }
      }
      out.put(term, best);
    });
    return out;
  }
}
