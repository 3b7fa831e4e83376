package dyad.network;

import dyad.article.UnitActors;
import dyad.core.Level;
import dyad.schema.Rows.MentionRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The co-mention counts of one article, in plain Java, from the actors it names in each unit
 * ({@link UnitActors}): for each level, each pair of actors named in it (with the sentences and
 * paragraphs naming both), each actor (with the sentences and paragraphs naming it), and how many of
 * its sentences and paragraphs name any actor. The network stage sums these over the articles of
 * each period; doing the per-article part here keeps it to one pass over each article's mentions
 * instead of Spark self-joins of every unit.
 */
public final class ArticlePairs {
  /** A pair (a < b) at a level: sentences naming both, the paragraphs of those, paragraphs naming both. */
  public record Pair(Level level, String a, String b, int sentences, int sentenceParagraphs, int paragraphs, boolean self) {}

  /** An actor at a level: its mentions, the sentences and paragraphs naming it. */
  public record Node(Level level, String id, int mentions, int sentences, int paragraphs) {}

  /** At a level, the sentences and paragraphs that name any actor. */
  public record Units(Level level, int sentences, int paragraphs) {}

  /**
   * @param unresolved mentions of people and institutions with no known state, left out at state level
   */
  public record Result(List<Pair> pairs, List<Node> nodes, List<Units> units, int unresolved) {}

  private ArticlePairs() {}

  public static Result of(List<MentionRow> mentions, List<Level> levels) {
    List<Pair> pairs = new ArrayList<>();
    List<Node> nodes = new ArrayList<>();
    List<Units> units = new ArrayList<>();
    int unresolved = 0;
    for (Level level : levels) {
      UnitActors u = UnitActors.of(mentions, level);
      unresolved += u.unresolved();
      if (u.isEmpty()) continue;
      units.add(new Units(level, u.sentences().size(), u.paragraphs().size()));

      Map<String, int[]> nodeUnits = new TreeMap<>(); // sentences, paragraphs
      for (TreeSet<String> s : u.sentences().values()) for (String n : s) nodeUnits.computeIfAbsent(n, k -> new int[2])[0]++;
      for (TreeSet<String> p : u.paragraphs().values()) for (String n : p) nodeUnits.computeIfAbsent(n, k -> new int[2])[1]++;
      u.mentions().forEach((n, c) -> nodes.add(new Node(level, n, c, nodeUnits.get(n)[0], nodeUnits.get(n)[1])));

      // Per pair: sentences naming both, the distinct paragraphs of those, paragraphs naming both.
      Map<String, int[]> counts = new HashMap<>();
      Map<String, Integer> lastSentenceParagraph = new HashMap<>();
      for (Map.Entry<Long, TreeSet<String>> e : u.sentences().entrySet()) {
        int paragraph = (int) (e.getKey() >> 32);
        String[] s = e.getValue().toArray(new String[0]);
        for (int i = 0; i < s.length; i++) {
          for (int j = i + 1; j < s.length; j++) {
            String key = s[i] + '\u0001' + s[j];
            int[] c = counts.computeIfAbsent(key, k -> new int[3]);
            c[0]++;
            // Sentences come in paragraph order, so a new paragraph for the pair is a change.
            Integer last = lastSentenceParagraph.put(key, paragraph);
            if (last == null || last != paragraph) c[1]++;
          }
        }
      }
      for (TreeSet<String> p : u.paragraphs().values()) {
        String[] s = p.toArray(new String[0]);
        for (int i = 0; i < s.length; i++) {
          for (int j = i + 1; j < s.length; j++) counts.computeIfAbsent(s[i] + '\u0001' + s[j], k -> new int[3])[2]++;
        }
      }
      String[] all = u.mentions().keySet().toArray(new String[0]);
      for (int i = 0; i < all.length; i++) {
        for (int j = i + 1; j < all.length; j++) {
          int[] c = counts.getOrDefault(all[i] + '\u0001' + all[j], new int[3]);
          boolean self = all[j].equals(u.stateOf().get(all[i])) || all[i].equals(u.stateOf().get(all[j]));
          pairs.add(new Pair(level, all[i], all[j], c[0], c[1], c[2], self));
        }
      }
    }
    return new Result(pairs, nodes, units, unresolved);
  }
}
