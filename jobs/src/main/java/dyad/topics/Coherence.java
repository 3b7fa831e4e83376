package dyad.topics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * NPMI coherence of a topic's top words by document co-occurrence (Bouma 2009; Röder et al. 2015):
 * the mean over word pairs of ln(p(a,b) / (p(a) p(b))) / -ln p(a,b), with p the share of documents
 * containing the words; a pair never together scores -1. Plain Java over document word sets, so
 * the formula is tested by hand; the topics stage counts the same documents in Spark.
 */
public final class Coherence {
  private Coherence() {}

  /** NPMI of one pair from document counts: together, each alone-or-together, all documents. */
  public static double npmi(long both, long a, long b, long docs) {
    if (both == 0) return -1;
    if (both == docs) return 1;
    double p = (double) both / docs;
    // Clamped: floating point can put a pair never apart a hair above 1.
    return Math.max(-1.0, Math.min(1.0, Math.log(p / (((double) a / docs) * ((double) b / docs))) / -Math.log(p)));
  }

  /** Mean NPMI over the pairs of {@code words} in {@code documents} (each a set of words). */
  public static double npmi(List<String> words, List<Set<String>> documents) {
    Map<String, Long> df = new HashMap<>();
    Map<String, Long> pair = new HashMap<>();
    for (Set<String> d : documents) {
      List<String> in = new ArrayList<>();
      for (String w : words) if (d.contains(w)) in.add(w);
      for (String w : in) df.merge(w, 1L, Long::sum);
      for (int i = 0; i < in.size(); i++) for (int j = i + 1; j < in.size(); j++) pair.merge(in.get(i) + " " + in.get(j), 1L, Long::sum);
    }
    double sum = 0;
    int n = 0;
    for (int i = 0; i < words.size(); i++) {
      for (int j = i + 1; j < words.size(); j++) {
        long both = pair.getOrDefault(words.get(i) + " " + words.get(j), 0L);
        sum += npmi(both, df.getOrDefault(words.get(i), 0L), df.getOrDefault(words.get(j), 0L), documents.size());
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }

  /** Share of distinct words among all the topics' top lists (1: no word shared). */
  public static double diversity(List<List<String>> topWords) {
    Set<String> distinct = new HashSet<>();
    int total = 0;
    for (List<String> t : topWords) {
      distinct.addAll(t);
      total += t.size();
    }
    return total == 0 ? 0 : (double) distinct.size() / total;
  }
}
