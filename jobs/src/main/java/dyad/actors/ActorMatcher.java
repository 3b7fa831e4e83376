package dyad.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the states and organisations a text names: all gazetteer forms at once in a token trie,
 * longest match first, so "South China Sea" (a phrase that is not an actor) blocks "China" and
 * "Guinea-Bissau" never counts as Guinea. Acronyms match only as written (US, not "us"); other
 * forms need the capitals they are written with ("Turkey" but not "turkey"). A form that names
 * several actors, or something else too (Georgia, Jordan, Congolese), is resolved by the rest of
 * the text: it counts only when exactly one of its actors is also named unambiguously there.
 * Plain Java, thread-safe once built.
 */
public final class ActorMatcher {
  /** How a form names its actor; written to {@code mentions.match_kind} by the actors stage. */
  public enum Kind { NAME, ALIAS, DEMONYM, METONYM }

  /** What a gazetteer form stands for; actorId null for a phrase that is no actor. */
  record Entry(String actorId, String type, Kind kind, boolean caseSensitive, List<String> formTokens, boolean ambiguous) {}

  /** A resolved mention: [start, end) in the text, the surface, the actor and how it was named. */
  public record Mention(int start, int end, String surface, String actorId, String type, Kind kind, boolean contextResolved) {}

  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    final List<Entry> entries = new ArrayList<>();
  }

  private final Node root = new Node();

  public ActorMatcher(Gazetteer g) {
    for (Gazetteer.State s : g.states()) {
      Set<String> amb = new HashSet<>(s.ambiguous());
      add(s.name(), s.id(), "STATE", Kind.NAME, amb);
      s.aliases().forEach(a -> add(a, s.id(), "STATE", Kind.ALIAS, amb));
      s.demonyms().forEach(a -> add(a, s.id(), "STATE", Kind.DEMONYM, amb));
      s.metonyms().forEach(a -> add(a, s.id(), "STATE", Kind.METONYM, amb));
    }
    for (Gazetteer.Igo i : g.igos()) {
      add(i.name(), i.id(), "IGO", Kind.NAME, Set.of());
      i.aliases().forEach(a -> add(a, i.id(), "IGO", Kind.ALIAS, Set.of()));
      i.metonyms().forEach(a -> add(a, i.id(), "IGO", Kind.METONYM, Set.of()));
    }
    g.notActors().keySet().forEach(p -> add(p, null, null, null, Set.of()));
  }

  private void add(String form, String actorId, String type, Kind kind, Set<String> ambiguous) {
    List<ActorTokenizer.Token> toks = ActorTokenizer.tokens(form);
    if (toks.isEmpty()) return;
    Node n = root;
    List<String> forms = new ArrayList<>();
    for (ActorTokenizer.Token t : toks) {
      n = n.next.computeIfAbsent(t.key(), k -> new Node());
      forms.add(t.text());
    }
    n.entries.add(new Entry(actorId, type, kind, isAcronym(form), forms, ambiguous.contains(form)));
  }

  /** Every letter a capital, at least two of them: US, UK, PRC, NATO, U.S. */
  static boolean isAcronym(String form) {
    int letters = 0;
    for (int i = 0; i < form.length(); i++) {
      char c = form.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) return false;
        letters++;
      }
    }
    return letters >= 2;
  }

  /** The mentions in {@code text}, in order. */
  public List<Mention> find(String text) {
    List<ActorTokenizer.Token> toks = ActorTokenizer.tokens(text);
    List<Candidate> found = new ArrayList<>();
    int i = 0;
    while (i < toks.size()) {
      Candidate best = longestAt(toks, i);
      if (best == null) {
        i++;
        continue;
      }
      if (!best.blocked()) found.add(best);
      i = best.endToken;
    }
    // Actors named without ambiguity anywhere in the text decide the ambiguous forms.
    Set<String> named = new HashSet<>();
    for (Candidate c : found) {
      if (c.actors.size() == 1 && !c.ambiguous) named.add(c.actors.iterator().next());
    }
    List<Mention> out = new ArrayList<>();
    for (Candidate c : found) {
      String actor = null;
      boolean byContext = false;
      if (c.actors.size() == 1 && !c.ambiguous) {
        actor = c.actors.iterator().next();
      } else {
        List<String> supported = c.actors.stream().filter(named::contains).toList();
        if (supported.size() == 1) {
          actor = supported.get(0);
          byContext = true;
        }
      }
      if (actor != null) {
        Entry e = c.entryFor(actor);
        out.add(new Mention(c.start, c.end, text.substring(c.start, c.end), actor, e.type(), e.kind(), byContext));
      }
    }
    return out;
  }

  private final class Candidate {
    int start;
    int end;
    int endToken;
    final Set<String> actors = new LinkedHashSet<>();
    final List<Entry> entries = new ArrayList<>();
    boolean ambiguous;
    boolean blockedByPhrase;

    boolean blocked() {
      return blockedByPhrase || actors.isEmpty();
    }

    Entry entryFor(String actor) {
      return entries.stream().filter(e -> actor.equals(e.actorId())).findFirst().orElseThrow();
    }
  }

  /** The longest gazetteer form starting at token {@code i} whose case fits, or null. */
  private Candidate longestAt(List<ActorTokenizer.Token> toks, int i) {
    Node n = root;
    Candidate best = null;
    for (int j = i; j < toks.size(); j++) {
      n = n.next.get(toks.get(j).key());
      if (n == null) break;
      List<Entry> fitting = new ArrayList<>();
      for (Entry e : n.entries) {
        if (caseFits(e, toks, i)) fitting.add(e);
      }
      if (fitting.isEmpty()) continue;
      Candidate c = new Candidate();
      c.start = toks.get(i).start();
      c.end = toks.get(j).end();
      c.endToken = j + 1;
      for (Entry e : fitting) {
        if (e.actorId() == null) {
          c.blockedByPhrase = true;
        } else {
          c.actors.add(e.actorId());
          c.entries.add(e);
          c.ambiguous |= e.ambiguous();
        }
      }
      best = c;
    }
    return best;
  }

  /** Acronyms exactly as written; other forms with at least their capitals where they have them. */
  private static boolean caseFits(Entry e, List<ActorTokenizer.Token> toks, int from) {
    for (int k = 0; k < e.formTokens().size(); k++) {
      String form = e.formTokens().get(k);
      String text = toks.get(from + k).text();
      if (e.caseSensitive()) {
        if (!form.equals(text)) return false;
      } else if (Character.isUpperCase(form.charAt(0)) && !Character.isUpperCase(text.charAt(0))) {
        return false;
      }
    }
    return true;
  }
}
