package dyad.sentiment;

import dyad.text.Tokens;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word valences (VADER's lexicon, overridden by dyad's diplomacy terms) and the verb cues that
 * give a sentence a direction. Loaded once by name from the classpath (data/lexicons in the repo).
 */
public final class Lexicon {
  public static final String VADER = "dyad/lexicons/vader_lexicon.txt";
  public static final String DIPLOMACY = "dyad/lexicons/diplomacy.tsv";
  public static final String CUES = "dyad/lexicons/cues.tsv";

  /** What a cue verb does: to its object, between its coordinated subjects, or attributes speech. */
  public enum CueKind { ACT, RECIPROCAL, SPEECH }

  public record Cue(String verb, CueKind kind, double valence, Double cooperation) {}

  /**
   * What the lexicon says of one lower-case word: its valence, its cue (or null), the phrases it
   * starts (or null), and whether it is a contrast ({@link #CONTRASTS}).
   */
  public record Entry(double valence, Cue cue, List<String[]> phrases, boolean contrast) {}

  private final Map<String, Double> words = new HashMap<>();
  /** Phrases by their first word: the longest listed phrase starting at a token wins. */
  private final Map<String, List<String[]>> phrases = new HashMap<>();
  private final Map<String, Double> phraseValence = new HashMap<>();
  private final Map<String, Cue> cues = new HashMap<>();
  private int longestPhrase = 1;
  /**
   * Words already looked up, with what was found: most words of news are in no lexicon, and each
   * miss would try every base form again. Bounded; a word beyond the bound is looked up anew.
   */
  private final java.util.concurrent.ConcurrentHashMap<String, Entry> seen = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int SEEN_LIMIT = 200_000;

  private static volatile Lexicon standard;

  /** The shipped lexicon, loaded once per JVM. */
  public static Lexicon standard() {
    Lexicon l = standard;
    if (l == null) {
      synchronized (Lexicon.class) {
        if (standard == null) standard = new Lexicon(Tokens.readResourceLines(VADER), Tokens.readResourceLines(DIPLOMACY),
            Tokens.readResourceLines(CUES));
        l = standard;
      }
    }
    return l;
  }

  Lexicon(List<String> vader, List<String> domain, List<String> cueLines) {
    for (String line : vader) {
      String[] f = line.split("\t");
      if (f.length >= 2) words.put(f[0].toLowerCase(Locale.ROOT), Double.parseDouble(f[1]));
    }
    for (String line : domain) {
      String[] f = line.split("\t");
      String term = f[0].toLowerCase(Locale.ROOT);
      double v = Double.parseDouble(f[1]);
      if (term.contains(" ")) {
        String[] parts = term.split(" ");
        phrases.computeIfAbsent(parts[0], k -> new java.util.ArrayList<>()).add(parts);
        phraseValence.put(term, v);
        longestPhrase = Math.max(longestPhrase, parts.length);
      } else {
        words.put(term, v);
      }
    }
    for (String line : cueLines) {
      String[] f = line.split("\t");
      CueKind kind = CueKind.valueOf(f[1].toUpperCase(Locale.ROOT));
      Double coop = f.length > 3 && !f[3].isBlank() ? Double.valueOf(f[3]) : null;
      cues.put(f[0].toLowerCase(Locale.ROOT), new Cue(f[0], kind, Double.parseDouble(f[2]), coop));
    }
    for (List<String[]> l : phrases.values()) l.sort((a, b) -> b.length - a.length);
  }

  /** Everything the lexicon says of a lower-case word, looked up once per JVM. */
  public Entry entry(String word) {
    Entry e = seen.get(word);
    if (e != null) return e;
    e = new Entry(lookUpValence(word), lookUpCue(word), phrases.get(word), CONTRASTS.contains(word));
    if (seen.size() < SEEN_LIMIT) seen.putIfAbsent(word, e);
    return e;
  }

  /** The valence of a lower-case word or its base form, or 0. */
  public double valence(String word) {
    return entry(word).valence();
  }

  /** The cue of a lower-case word or its base form, or null. */
  public Cue cue(String word) {
    return entry(word).cue();
  }

  private double lookUpValence(String word) {
    Double v = words.get(word);
    if (v != null) return v;
    for (String base : bases(word)) {
      v = words.get(base);
      if (v != null) return v;
    }
    return 0;
  }

  private Cue lookUpCue(String word) {
    Cue c = cues.get(word);
    if (c != null) return c;
    for (String base : bases(word)) {
      c = cues.get(base);
      if (c != null) return c;
    }
    return null;
  }

  /**
   * The longest listed phrase starting at {@code i} of lower-case {@code tokens}: its length in
   * tokens and valence, or null.
   */
  public double[] phraseAt(List<String> tokens, int i) {
    return phraseAt(tokens, i, entry(tokens.get(i)));
  }

  /** {@link #phraseAt(List, int)} with the entry of token {@code i} at hand. */
  double[] phraseAt(List<String> tokens, int i, Entry first) {
    List<String[]> candidates = first.phrases();
    if (candidates == null) return null;
    for (String[] p : candidates) {
      if (i + p.length > tokens.size()) continue;
      boolean ok = true;
      for (int k = 1; k < p.length && ok; k++) ok = tokens.get(i + k).equals(p[k]);
      if (ok) return new double[] {p.length, phraseValence.get(String.join(" ", p))};
    }
    return null;
  }

  /** Regular inflections back to a base form: accused, accuses, accusing -> accuse; sanctions -> sanction. */
  static List<String> bases(String w) {
    List<String> out = new java.util.ArrayList<>(4);
    int n = w.length();
    if (n > 4 && w.endsWith("ies")) out.add(w.substring(0, n - 3) + "y");
    if (n > 3 && w.endsWith("es")) out.add(w.substring(0, n - 2));
    if (n > 3 && w.endsWith("s") && !w.endsWith("ss")) out.add(w.substring(0, n - 1));
    if (n > 4 && w.endsWith("ied")) out.add(w.substring(0, n - 3) + "y");
    if (n > 3 && w.endsWith("ed")) {
      out.add(w.substring(0, n - 1));
      out.add(w.substring(0, n - 2));
      if (n > 5 && w.charAt(n - 3) == w.charAt(n - 4)) out.add(w.substring(0, n - 3));
    }
    if (n > 5 && w.endsWith("ing")) {
      out.add(w.substring(0, n - 3));
      out.add(w.substring(0, n - 3) + "e");
      if (n > 6 && w.charAt(n - 4) == w.charAt(n - 5)) out.add(w.substring(0, n - 4));
    }
    if (w.equals("told")) out.add("tell");
    if (w.equals("wrote") || w.equals("written")) out.add("write");
    if (w.equals("met")) out.add("meet");
    if (w.equals("struck")) out.add("strike");
    if (w.equals("signed")) out.add("sign");
    return out;
  }

  /** Words that flip the valence of what follows within three words. */
  static final Set<String> NEGATIONS = Set.of("not", "no", "never", "none", "nobody", "nothing", "neither", "nor",
      "nowhere", "cannot", "without", "hardly", "barely", "rarely", "seldom", "isn't", "aren't", "wasn't", "weren't",
      "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "couldn't", "shouldn't", "hasn't", "haven't",
      "hadn't", "mustn't", "n't", "lack", "lacks", "lacked", "refused", "refuses", "refuse", "failed", "fails", "fail");

  /** Words that strengthen (positive) or weaken (negative) the next sentiment word. */
  static final Map<String, Double> BOOSTERS = Map.ofEntries(
      Map.entry("very", 0.293), Map.entry("extremely", 0.293), Map.entry("highly", 0.293), Map.entry("deeply", 0.293),
      Map.entry("strongly", 0.293), Map.entry("greatly", 0.293), Map.entry("seriously", 0.293),
      Map.entry("severely", 0.293), Map.entry("utterly", 0.293), Map.entry("completely", 0.293),
      Map.entry("totally", 0.293), Map.entry("absolutely", 0.293), Map.entry("really", 0.293),
      Map.entry("most", 0.293), Map.entry("more", 0.293), Map.entry("so", 0.293), Map.entry("increasingly", 0.293),
      Map.entry("particularly", 0.293), Map.entry("especially", 0.293), Map.entry("fully", 0.293),
      Map.entry("firmly", 0.293), Map.entry("resolutely", 0.293), Map.entry("vigorously", 0.293),
      Map.entry("slightly", -0.293), Map.entry("somewhat", -0.293), Map.entry("partly", -0.293),
      Map.entry("barely", -0.293), Map.entry("marginally", -0.293), Map.entry("little", -0.293),
      Map.entry("less", -0.293), Map.entry("relatively", -0.293), Map.entry("fairly", -0.293),
      Map.entry("rather", -0.293), Map.entry("kind", -0.293), Map.entry("sort", -0.293));

  /**
   * Words after which the sentence's weight shifts: what precedes counts less, what follows more.
   * Not "although": it opens the clause that counts less, which comes first or last.
   */
  static final Set<String> CONTRASTS = Set.of("but", "however", "yet", "nevertheless", "nonetheless");
}
