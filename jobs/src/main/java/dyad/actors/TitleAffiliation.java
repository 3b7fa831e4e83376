package dyad.actors;

import dyad.text.Tokens;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * People the gazetteer does not know, recognised by the title between a state and their name:
 * "Russian Foreign Minister X", "China's Foreign Ministry spokesman X", "the British Ambassador to
 * Beijing, X", "French Secretary of State for European Affairs, X". The state (or organisation)
 * before the title is the one the person works for. Titles are loaded by name from
 * {@code dyad/gazetteer/titles.tsv}. Plain Java, thread-safe once built.
 */
final class TitleAffiliation {
  static final String TITLES = "dyad/gazetteer/titles.tsv";
  private static final Set<String> PREPOSITIONS = Set.of("to", "for", "of", "in", "at");
  private static final Set<String> NOT_NAMES = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "mr", "mrs", "ms", "dr", "sir", "madam", "dame", "lord", "lady", "baron",
      "baroness", "prince", "princess", "sheikh", "colonel", "major", "captain", "lieutenant", "sergeant", "marshal",
      "brigadier", "professor", "prof", "reverend");
  /** Punctuation after which a lower-case last word still ends a name ("Caroline wilson,"). */
  private static final Set<String> CLOSING = Set.of(",", ";", ")");
  /** Words a title may be preceded by ("Russian Deputy Foreign Minister", "US climate envoy"). */
  private static final int MAX_MODIFIERS = 2;

  /** A person found by title: the name's tokens [from, to), the title as written. */
  record Hit(int from, int to, String title) {}

  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    boolean end;
  }

  private final Node titles = new Node();
  private final Set<String> titleWords = new HashSet<>();

  TitleAffiliation() {
    for (String line : Tokens.readResourceLines(TITLES)) {
      Node n = titles;
      for (ActorTokenizer.Token t : ActorTokenizer.tokens(line)) {
        n = n.next.computeIfAbsent(t.key(), k -> new Node());
        titleWords.add(t.key());
      }
      n.end = true;
    }
  }

  /**
   * The person named after the title that follows an actor mention ending at token {@code j}, or
   * null. {@code covered} tells which tokens already belong to a mention.
   */
  Hit after(List<ActorTokenizer.Token> toks, int j, boolean[] covered) {
    if (j < toks.size() && toks.get(j).text().equalsIgnoreCase("'s")) j++;
    for (int skip = 0; skip <= MAX_MODIFIERS && j + skip < toks.size(); skip++) {
      int t = j + skip;
      if (skip > 0 && (!FuzzyNames.isWord(toks.get(t - 1).text()) || covered[t - 1])) break;
      int titleEnd = longestTitle(toks, t);
      if (titleEnd < 0) continue;
      int k = extension(toks, titleEnd, covered);
      if (k < 0) return null;
      String title = span(toks, t, k);
      if (k < toks.size() && toks.get(k).text().equals(",")) k++;
      int nameEnd = name(toks, k, covered);
      return nameEnd < 0 ? null : new Hit(k, nameEnd, title);
    }
    return null;
  }

  private int longestTitle(List<ActorTokenizer.Token> toks, int i) {
    Node n = titles;
    int best = -1;
    for (int k = i; k < toks.size(); k++) {
      n = n.next.get(toks.get(k).key());
      if (n == null) break;
      if (n.end) best = k + 1;
    }
    return best;
  }

  /** Past "to Beijing" / "for European Affairs": through a comma within five tokens, else one mention. */
  private static int extension(List<ActorTokenizer.Token> toks, int k, boolean[] covered) {
    if (k >= toks.size() || !PREPOSITIONS.contains(toks.get(k).key())) return k;
    for (int c = k + 1; c < toks.size() && c <= k + 5; c++) {
      if (toks.get(c).text().equals(",")) return c;
      if (!FuzzyNames.isWord(toks.get(c).text())) break;
    }
    int c = k + 1;
    if (c < toks.size() && toks.get(c).key().equals("the")) c++;
    if (c >= toks.size() || !covered[c]) return -1;
    while (c < toks.size() && covered[c]) c++;
    return c;
  }

  /**
   * A name of two or three words (a hyphenated word counts as one: "Jean-Pierre", "al-Sharaa"):
   * capitalised, except that the last may be in lower case when a comma closes it (machine
   * translation writes "Caroline wilson,") and it does not look like a verb or adverb. None of them
   * a title, rank, month, weekday or function word, and none already part of a mention.
   */
  private int name(List<ActorTokenizer.Token> toks, int k, boolean[] covered) {
    int end = k;
    int words = 0;
    while (end < toks.size() && words < 3 && nameWord(toks.get(end), covered[end])) {
      int wordEnd = end + 1;
      while (wordEnd + 1 < toks.size() && toks.get(wordEnd).text().equals("-") && adjacent(toks, wordEnd)
          && nameWord(toks.get(wordEnd + 1), covered[wordEnd + 1])) {
        wordEnd += 2;
      }
      boolean upper = false;
      for (int w = end; w < wordEnd; w++) upper |= Character.isUpperCase(toks.get(w).text().charAt(0));
      if (!upper) {
        // Verbs and adverbs end sentences too ("Li Wenhua agreed,"): their endings are not a name's.
        String w = toks.get(end).key();
        boolean verbLike = w.endsWith("ed") || w.endsWith("ing") || w.endsWith("ly");
        boolean closed = wordEnd < toks.size() && CLOSING.contains(toks.get(wordEnd).text()) && !verbLike;
        if (words == 0 || !closed) break;
        end = wordEnd;
        words++;
        break;
      }
      end = wordEnd;
      words++;
    }
    return words >= 2 ? end : -1;
  }

  /** The hyphen at {@code i} joins the words either side of it with no space. */
  private static boolean adjacent(List<ActorTokenizer.Token> toks, int i) {
    return toks.get(i - 1).end() == toks.get(i).start() && toks.get(i).end() == toks.get(i + 1).start();
  }

  private boolean nameWord(ActorTokenizer.Token t, boolean covered) {
    String key = t.key();
    return !covered && FuzzyNames.isWord(t.text()) && t.text().length() >= 2 && !titleWords.contains(key)
        && !NOT_NAMES.contains(key) && !Tokens.FUNCTION_WORDS.contains(key);
  }

  private static String span(List<ActorTokenizer.Token> toks, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from && toks.get(i).start() > toks.get(i - 1).end()) sb.append(' ');
      sb.append(toks.get(i).text());
    }
    return sb.toString();
  }
}
