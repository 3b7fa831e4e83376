package dyad.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The co-mention counts of one article, in plain Java: for each level, each pair of actors named in
 * it (with the sentences and paragraphs naming both), each actor (with the sentences and paragraphs
 * naming it), and how many of its sentences and paragraphs name any actor. The network stage sums
 * these over the articles of each period; doing the per-article part here keeps it to one pass over
 * each article's mentions instead of Spark self-joins of every unit.
 */
public final class ArticlePairs {
  /** One mention, as the mentions table has it. */
  public record Mention(int paragraph, int sentence, String actorId, String type, String country) {}

  /** A pair (a < b) at a level: sentences naming both, the paragraphs of those, paragraphs naming both. */
  public record Pair(String level, String a, String b, int sentences, int sentenceParagraphs, int paragraphs, boolean self) {}

  /** An actor at a level: its mentions, the sentences and paragraphs naming it. */
  public record Node(String level, String id, int mentions, int sentences, int paragraphs) {}

  /** At a level, the sentences and paragraphs that name any actor. */
  public record Units(String level, int sentences, int paragraphs) {}

  /**
   * @param unresolved mentions of people and institutions with no known state, left out at state level
   */
  public record Result(List<Pair> pairs, List<Node> nodes, List<Units> units, int unresolved) {}

  private ArticlePairs() {}

  /**
   * The node a mention is at a level: at actor level the actor; at state level a person or
   * institution becomes the state (or organisation) they stood for; null when unknown.
   */
  public static String node(String level, Mention m) {
    if (level.equals("actor")) return m.actorId();
    return dyad.actors.ActorTypes.stateOf(m.type(), m.actorId(), m.country());
  }

  public static Result of(List<Mention> mentions, List<String> levels) {
    // Spark hands an article's mentions in no fixed order; sorted, every run counts alike.
    mentions = new ArrayList<>(mentions);
    mentions.sort(java.util.Comparator.comparingInt(Mention::paragraph).thenComparingInt(Mention::sentence)
        .thenComparing(Mention::actorId).thenComparing(Mention::country, java.util.Comparator.nullsFirst(String::compareTo)));
    List<Pair> pairs = new ArrayList<>();
    List<Node> nodes = new ArrayList<>();
    List<Units> units = new ArrayList<>();
    int unresolved = 0;
    for (String level : levels) {
      Map<Long, TreeSet<String>> bySentence = new TreeMap<>();
      Map<Integer, TreeSet<String>> byParagraph = new TreeMap<>();
      Map<String, Integer> mentionCount = new TreeMap<>();
      // At actor level a node's state tells a person from their state (a self pair); at state level
      // both are the state already.
      Map<String, String> stateOf = new HashMap<>();
      for (Mention m : mentions) {
        String n = node(level, m);
        if (n == null) {
          unresolved++;
          continue;
        }
        bySentence.computeIfAbsent(((long) m.paragraph() << 32) | m.sentence(), k -> new TreeSet<>()).add(n);
        byParagraph.computeIfAbsent(m.paragraph(), k -> new TreeSet<>()).add(n);
        mentionCount.merge(n, 1, Integer::sum);
        if (level.equals("actor") && m.country() != null) stateOf.putIfAbsent(n, m.country());
      }
      if (mentionCount.isEmpty()) continue;
      units.add(new Units(level, bySentence.size(), byParagraph.size()));

      Map<String, int[]> nodeUnits = new TreeMap<>(); // sentences, paragraphs
      for (TreeSet<String> s : bySentence.values()) for (String n : s) nodeUnits.computeIfAbsent(n, k -> new int[2])[0]++;
      for (TreeSet<String> p : byParagraph.values()) for (String n : p) nodeUnits.computeIfAbsent(n, k -> new int[2])[1]++;
      mentionCount.forEach((n, c) -> nodes.add(new Node(level, n, c, nodeUnits.get(n)[0], nodeUnits.get(n)[1])));

      // Per pair: sentences naming both, the distinct paragraphs of those, paragraphs naming both.
      Map<String, int[]> counts = new HashMap<>();
      Map<String, Integer> lastSentenceParagraph = new HashMap<>();
      for (Map.Entry<Long, TreeSet<String>> e : bySentence.entrySet()) {
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
      for (TreeSet<String> p : byParagraph.values()) {
        String[] s = p.toArray(new String[0]);
        for (int i = 0; i < s.length; i++) {
          for (int j = i + 1; j < s.length; j++) counts.computeIfAbsent(s[i] + '\u0001' + s[j], k -> new int[3])[2]++;
        }
      }
      String[] all = mentionCount.keySet().toArray(new String[0]);
      for (int i = 0; i < all.length; i++) {
        for (int j = i + 1; j < all.length; j++) {
          int[] c = counts.getOrDefault(all[i] + '\u0001' + all[j], new int[3]);
          boolean self = all[j].equals(stateOf.get(all[i])) || all[i].equals(stateOf.get(all[j]));
          pairs.add(new Pair(level, all[i], all[j], c[0], c[1], c[2], self));
        }
      }
    }
    return new Result(pairs, nodes, units, unresolved);
  }
}
