package dyad.article;

import dyad.core.Level;
import dyad.schema.ActorType;
import dyad.schema.Rows.MentionRow;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The actors one article names at one level, by unit: in each sentence, in each paragraph and in the
 * whole article, with their mentions: what the co-mention counts and the pairs' topic units are made
 * of. At state level a person or institution is the state they stood for (the roll-up rule of
 * {@link ActorType#stateOf}); mentions with no known state are counted as unresolved. Plain Java,
 * in sorted order, so every run counts alike.
 *
 * @param sentences the actors of each sentence naming any, keyed by paragraph &lt;&lt; 32 | sentence
 * @param paragraphs the actors of each paragraph naming any
 * @param mentions the mentions of each actor named
 * @param stateOf at actor level, the state each actor stood for (the first known); empty at state level
 * @param unresolved mentions left out for want of a state (state level only)
 */
public record UnitActors(Level level, TreeMap<Long, TreeSet<String>> sentences, TreeMap<Integer, TreeSet<String>> paragraphs,
    TreeMap<String, Integer> mentions, Map<String, String> stateOf, int unresolved) {

  private static final Comparator<MentionRow> ORDER = Comparator.comparingInt(MentionRow::getParagraph)
      .thenComparingInt(MentionRow::getSentence).thenComparing(MentionRow::getActorId)
      .thenComparing(MentionRow::getCountry, Comparator.nullsFirst(String::compareTo));

  /** The node a mention is at a level: at actor level the actor, at state level the state it stands for; null when unknown. */
  public static String node(Level level, MentionRow m) {
    return level == Level.ACTOR ? m.getActorId() : ActorType.stateOf(m.getType(), m.getActorId(), m.getCountry());
  }

  public static UnitActors of(List<MentionRow> mentions, Level level) {
    List<MentionRow> sorted = new java.util.ArrayList<>(mentions);
    sorted.sort(ORDER); // mentions read back from a table come in no fixed order
    TreeMap<Long, TreeSet<String>> bySentence = new TreeMap<>();
    TreeMap<Integer, TreeSet<String>> byParagraph = new TreeMap<>();
    TreeMap<String, Integer> count = new TreeMap<>();
    Map<String, String> stateOf = new HashMap<>();
    int unresolved = 0;
    for (MentionRow m : sorted) {
      String n = node(level, m);
      if (n == null) {
        unresolved++;
        continue;
      }
      bySentence.computeIfAbsent(((long) m.getParagraph() << 32) | m.getSentence(), k -> new TreeSet<>()).add(n);
      byParagraph.computeIfAbsent(m.getParagraph(), k -> new TreeSet<>()).add(n);
      count.merge(n, 1, Integer::sum);
      // At actor level a node's state tells a person from their state (a self pair); at state level both are the state.
      if (level == Level.ACTOR && m.getCountry() != null) stateOf.putIfAbsent(n, m.getCountry());
    }
    return new UnitActors(level, bySentence, byParagraph, count, stateOf, unresolved);
  }

  /** Whether the article names any actor at this level. */
  public boolean isEmpty() {
    return mentions.isEmpty();
  }
}
