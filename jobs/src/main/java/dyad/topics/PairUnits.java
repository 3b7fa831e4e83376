package dyad.topics;

import dyad.article.UnitActors;
import dyad.core.Level;
import dyad.schema.Rows.MentionRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The pairs of actors one article names, at each level, with the paragraphs naming both: the units
 * over which a pair's topics are averaged. The actors are those of {@link UnitActors}, as the network
 * stage counts them, so pair_topics and comention_edges have the same pairs.
 */
public final class PairUnits {
  /** A pair (a < b) at a level, and the paragraphs naming both (ascending; empty when never together in one). */
  public record Pair(Level level, String a, String b, List<Integer> paragraphs) {}

  private PairUnits() {}

  public static List<Pair> of(List<MentionRow> mentions, List<Level> levels) {
    List<Pair> out = new ArrayList<>();
    for (Level level : levels) {
      UnitActors u = UnitActors.of(mentions, level);
      TreeMap<String, TreeSet<Integer>> paragraphsOf = new TreeMap<>();
      u.paragraphs().forEach((p, actors) -> {
        for (String a : actors) paragraphsOf.computeIfAbsent(a, x -> new TreeSet<>()).add(p);
      });
      List<Map.Entry<String, TreeSet<Integer>>> nodes = new ArrayList<>(paragraphsOf.entrySet());
      for (int i = 0; i < nodes.size(); i++) {
        for (int j = i + 1; j < nodes.size(); j++) {
          TreeSet<Integer> both = new TreeSet<>(nodes.get(i).getValue());
          both.retainAll(nodes.get(j).getValue());
          out.add(new Pair(level, nodes.get(i).getKey(), nodes.get(j).getKey(), List.copyOf(both)));
        }
      }
    }
    return out;
  }
}
