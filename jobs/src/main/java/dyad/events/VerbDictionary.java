package dyad.events;

import dyad.text.Tokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CAMEO's verbs and verb patterns (data/events/, converted from PETRARCH2's CAMEO.2.0.txt by
 * build_events.py, with dyad's additions in dyad_verbs.tsv): each inflected form of a verb with its
 * default code, and each verb's patterns, word slots before and after it that give a more specific
 * code ("restore" + "diplomatic ties" is 050 where "restore" alone is none). Immutable once built;
 * the shipped dictionary is loaded once per JVM.
 */
public final class VerbDictionary {
  public static final String VERBS = "dyad/events/cameo_verbs.tsv";
  public static final String PATTERNS = "dyad/events/cameo_patterns.tsv";
  public static final String DYAD_VERBS = "dyad/events/dyad_verbs.tsv";
  /** The code of a verb or pattern that is no event by itself. */
  public static final String NONE = "---";

  /** An inflected form ("cordoned off") of a verb ("cordon off") with the verb's default code. */
  public record Form(List<String> words, String verb, String code) {}

  /**
   * A pattern: slots to find in order before the verb (nearest last) and after it, each slot a set
   * of alternatives, each alternative one or more words; its code and, for reciprocal patterns, the
   * code of the event the other way round (or null).
   */
  public record Pattern(List<List<List<String>>> before, List<List<List<String>>> after, String code, String reverse,
      List<Set<String>> heads) {
    int size() {
      return before.size() + after.size();
    }

    /**
     * Whether every slot has an alternative whose first word (or its plural) is among {@code words}
     * (a sentence's words, lower-case): a pattern that fails this cannot match, and most do.
     */
    public boolean possible(Set<String> words) {
      for (Set<String> h : heads) {
        boolean any = false;
        // The smaller side is iterated: a slot may list a hundred aircraft, a sentence has some twenty words.
        if (h.size() <= words.size()) {
          for (String w : h) {
            if (words.contains(w)) {
              any = true;
              break;
            }
          }
        } else {
          for (String w : words) {
            if (h.contains(w)) {
              any = true;
              break;
            }
          }
        }
        if (!any) return false;
      }
      return true;
    }
  }

  private static Pattern pattern(List<List<List<String>>> before, List<List<List<String>>> after, String code, String reverse) {
    List<Set<String>> heads = new ArrayList<>();
    for (List<List<List<String>>> side : List.of(before, after)) {
      for (List<List<String>> slot : side) {
        Set<String> h = new java.util.HashSet<>();
        // With the plurals a slot's word matches, so that a sentence's words are looked up as written.
        for (List<String> alt : slot) {
          String w = alt.get(0);
          h.add(w);
          h.add(w + "s");
          h.add(w + "es");
          if (w.endsWith("y")) h.add(w.substring(0, w.length() - 1) + "ies");
        }
        heads.add(Set.copyOf(h));
      }
    }
    // The smallest slot first: most patterns fail there, after a lookup or two.
    heads.sort(java.util.Comparator.comparingInt(Set::size));
    return new Pattern(before, after, code, reverse, List.copyOf(heads));
  }

  private static volatile VerbDictionary standard;
  private final Map<String, List<Form>> byFirstWord;
  private final Map<String, List<Pattern>> patterns;
  /** Each verb's words that begin a slot of any of its patterns. */
  private final Map<String, Set<String>> heads;
  private final Set<String> anyHead;

  VerbDictionary(List<String> verbLines, List<String> patternLines) {
    Map<String, List<Form>> forms = new HashMap<>();
    for (String line : verbLines) {
      String[] f = line.split("\t");
      if (f[0].equals("verb")) continue;
      for (String form : f[3].split("\\|")) {
        List<String> words = List.of(form.split(" "));
        List<Form> at = forms.computeIfAbsent(words.get(0), k -> new ArrayList<>());
        // A reciprocal default ("041:041") keeps its first code; the coder gives such codes both ways.
        Form fm = new Form(words, f[0], f[2].split(":")[0]);
        // A later file's entry for the same form and verb replaces the earlier one (dyad's additions).
        at.removeIf(x -> x.words().equals(words) && x.verb().equals(fm.verb()));
        at.add(fm);
      }
    }
    // Longest forms first: "broke off" before "broke".
    forms.values().forEach(l -> l.sort((a, b) -> b.words().size() - a.words().size()));
    Map<String, List<Pattern>> pats = new HashMap<>();
    for (String line : patternLines) {
      String[] f = line.split("\t", -1);
      if (f[0].equals("verb")) continue;
      String[] code = f[3].split(":");
      pats.computeIfAbsent(f[0], k -> new ArrayList<>())
          .add(pattern(slots(f[1]), slots(f[2]), code[0], code.length > 1 ? code[1] : null));
    }
    // The pattern with the most slots wins: the most specific phrase.
    pats.values().forEach(l -> l.sort((a, b) -> b.size() - a.size()));
    Map<String, List<Form>> fz = new HashMap<>();
    forms.forEach((k, v) -> fz.put(k, List.copyOf(v)));
    Map<String, List<Pattern>> pz = new HashMap<>();
    pats.forEach((k, v) -> pz.put(k, List.copyOf(v)));
    this.byFirstWord = Map.copyOf(fz);
    this.patterns = Map.copyOf(pz);
    Map<String, Set<String>> hz = new HashMap<>();
    pz.forEach((verb, list) -> {
      Set<String> all = new java.util.HashSet<>();
      for (Pattern p : list) p.heads().forEach(all::addAll);
      hz.put(verb, Set.copyOf(all));
    });
    this.heads = Map.copyOf(hz);
    Set<String> all = new java.util.HashSet<>();
    hz.values().forEach(all::addAll);
    this.anyHead = Set.copyOf(all);
  }

  /** Whether a word begins a slot of any verb's pattern: a sentence's other words are never looked up again. */
  public boolean isHead(String word) {
    return anyHead.contains(word);
  }

  /** The words that begin a slot of any verb's pattern. */
  public Set<String> heads() {
    return anyHead;
  }

  /** The words that begin a form of a verb. */
  public Set<String> firstWords() {
    return byFirstWord.keySet();
  }

  /**
   * The words of a sentence that begin a slot of one of this verb's patterns: the only words its
   * patterns' {@link Pattern#possible} checks need, and most often none.
   */
  public Set<String> headsIn(String verb, Set<String> sentenceWords) {
    Set<String> h = heads.getOrDefault(verb, Set.of());
    Set<String> out = null;
    for (String w : sentenceWords) {
      if (h.contains(w)) {
        if (out == null) out = new java.util.HashSet<>();
        out.add(w);
      }
    }
    return out == null ? Set.of() : out;
  }

  public static VerbDictionary standard() {
    VerbDictionary d = standard;
    if (d == null) {
      synchronized (VerbDictionary.class) {
        if (standard == null) {
          List<String> verbs = new ArrayList<>(Tokens.readResourceLines(VERBS));
          verbs.addAll(Tokens.readResourceLines(DYAD_VERBS));
          standard = new VerbDictionary(verbs, Tokens.readResourceLines(PATTERNS));
        }
        d = standard;
      }
    }
    return d;
  }

  /** The forms beginning with this lower-case word, longest first; empty when none. */
  public List<Form> formsAt(String word) {
    return byFirstWord.getOrDefault(word, List.of());
  }

  /** A verb's patterns, most slots first. */
  public List<Pattern> patterns(String verb) {
    return patterns.getOrDefault(verb, List.of());
  }

  private static List<List<List<String>>> slots(String field) {
    if (field.isBlank()) return List.of();
    List<List<List<String>>> out = new ArrayList<>();
    for (String slot : field.trim().split(" ")) {
      List<List<String>> alts = new ArrayList<>();
      for (String alt : slot.split("\\|")) if (!alt.isEmpty()) alts.add(Arrays.asList(alt.split("_")));
      out.add(List.copyOf(alts));
    }
    return List.copyOf(out);
  }
}
