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
  /** Months and weekdays. */
  private static final Set<String> MONTHS_AND_DAYS = Set.of("january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday");
  private static final Set<String> NOT_NAMES = union(MONTHS_AND_DAYS, Set.of("mr", "mrs", "ms", "dr", "sir", "madam",
      "dame", "lord", "lady", "baron", "baroness", "prince", "princess", "sheikh", "colonel", "major", "captain",
      "lieutenant", "sergeant", "marshal", "brigadier", "professor", "prof", "reverend"));
  /** Words of organisations' names, which no person's name holds ("King Arthur International"). */
  private static final Set<String> ORGANISATION_WORDS = Set.of("international", "group", "company", "corporation",
      "limited", "holdings", "association", "foundation", "institute", "society");
  /** Lower-case words inside names. */
  private static final Set<String> NAME_PARTICLES = Set.of("wa", "de", "da", "do", "dos", "das", "di", "du", "van",
      "von", "der", "den", "la", "le", "bin", "ibn", "bint", "al", "el", "ben", "y");
  /** Punctuation after which a lower-case last word still ends a name ("Caroline wilson,"). */
  private static final Set<String> CLOSING = Set.of(",", ";", ")");
  /** Words a title may be preceded by ("Russian Deputy Foreign Minister", "US climate envoy"). */
  private static final int MAX_MODIFIERS = 2;
  /** Ranks that may stand between a title and the name ("NATO spokesman Lieutenant-Colonel X"). */
  private static final Set<String> RANKS = Set.of("colonel", "major", "captain", "lieutenant", "general", "brigadier",
      "sergeant", "marshal", "admiral", "commander", "commodore", "-");
  /** Honorifics that, before a surname, say a person is meant ("Mr Blair"); not titles of office. */
  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "sir", "madam");
  /**
   * Titles that only a state's office holders bear, so that a name after one names an official even
   * with no state before it ("Privatisation Minister X", "spokesman for the Kremlin" is not one):
   * any title with one of these words. "spokesman", "chairman", "director" and the like are
   * companies' titles too, and are left out.
   */
  private static final Set<String> STATE_TITLE_WORDS = Set.of("minister", "premier", "chancellor", "king", "queen",
      "emir", "ambassador", "envoy", "consul", "chargé", "charge", "ministry", "government", "presidential", "speaker",
      "attache", "attaché");
  /** The title's last word after which a portfolio may stand before it ("Agriculture Secretary", "Privatisation Minister"). */
  private static final Set<String> PORTFOLIO_HEADS = Set.of("minister", "secretary");

  /** A person found by title: the name's tokens [from, to), the title as written. */
  record Hit(int from, int to, String title) {}

  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    boolean end;
  }

  private final Node titles = new Node();
  private final Set<String> titleWords = new HashSet<>();
  /** Given names, which alone after a title are a first name, not a person's name ("Secretary of State Antony"). */
  private final Set<String> givenNames;

  TitleAffiliation(Set<String> givenNames) {
    for (String line : Tokens.readResourceLines(TITLES)) {
      Node n = titles;
      for (ActorTokenizer.Token t : ActorTokenizer.tokens(line)) {
        n = n.next.computeIfAbsent(t.key(), k -> new Node());
        titleWords.add(t.key());
      }
      n.end = true;
    }
    this.givenNames = givenNames.stream().filter(w -> !isTitleWord(w)).collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /**
   * The person named after the title that follows an actor mention ending at token {@code j}, or
   * null. {@code covered} tells which tokens already belong to a mention.
   */
  Hit after(List<ActorTokenizer.Token> toks, int j, boolean[] covered) {
    Hit t = titleAfter(toks, j, covered);
    return t == null ? null : named(toks, t, covered);
  }

  /** The person named after a title found by {@link #titleAfter}, or null. */
  Hit named(List<ActorTokenizer.Token> toks, Hit t, boolean[] covered) {
    // One word only after the titles of states' own offices ("Indonesian President Suharto"):
    // "US car firms General Motors" is no general's name.
    int nameEnd = name(toks, t.from(), covered, stateTitle(t.title()));
    return nameEnd < 0 ? null : new Hit(t.from(), nameEnd, t.title());
  }

  /**
   * The title that follows an actor mention ending at token {@code j}, as a hit with no name yet:
   * {@code from} is where a name would start (past a comma and ranks); null when no title follows.
   */
  Hit titleAfter(List<ActorTokenizer.Token> toks, int j, boolean[] covered) {
    if (j < toks.size() && toks.get(j).text().equalsIgnoreCase("'s")) j++;
    for (int skip = 0; skip <= MAX_MODIFIERS && j + skip < toks.size(); skip++) {
      int t = j + skip;
      if (skip > 0 && (!FuzzyNames.isWord(toks.get(t - 1).text()) || covered[t - 1])) break;
      int titleEnd = longestTitle(toks, t);
      if (titleEnd < 0) continue;
      int k = extension(toks, titleEnd, covered);
      // "Assistant Secretary of State X": "Assistant Secretary" leads nowhere, the longer reading may.
      if (k < 0) continue;
      String title = span(toks, t, k);
      if (k < toks.size() && toks.get(k).text().equals(",")) k++;
      k = pastRanks(toks, k);
      return k < toks.size() ? new Hit(k, k, title) : null;
    }
    return null;
  }

  /**
   * A person named in apposition to a title of the anchor at tokens [from, to): "NAME, (the)? ANCHOR
   * ('s)? TITLE" ("Sergei Posukhov, Lukashenko's political adviser") or "the TITLE of (the)? ANCHOR
   * [one or two words], NAME" ("the speaker of the Belarus parliament, Semyon Sharetsky"); null
   * when neither. The hit's title is the title as written.
   */
  Hit appositive(List<ActorTokenizer.Token> toks, int from, int to, boolean[] covered) {
    // NAME, (the) ANCHOR('s) TITLE
    Hit t = titleAfter(toks, to, noneCovered(toks.size()));
    if (t != null) {
      int k = from;
      if (k > 0 && Set.of("the", "a", "an").contains(toks.get(k - 1).key())) k--;
      if (k > 0 && toks.get(k - 1).text().equals(",")) {
        int nameStart = nameEndingAt(toks, k - 1, covered);
        if (nameStart >= 0) return new Hit(nameStart, k - 1, t.title());
      }
    }
    // the TITLE of (the) ANCHOR [word word], NAME
    int of = from - 1;
    if (of > 0 && toks.get(of).key().equals("the")) of--;
    if (of < 1 || !toks.get(of).key().equals("of")) return null;
    int titleStart = titleBefore(toks, of);
    if (titleStart < 0 || HONORIFICS.contains(toks.get(titleStart).key())) return null;
    int k = to;
    if (k < toks.size() && toks.get(k).text().equalsIgnoreCase("'s")) k++;
    for (int w = 0; w < 2 && k < toks.size() && FuzzyNames.isWord(toks.get(k).text()) && !covered[k]; w++) k++;
    if (k >= toks.size() || !toks.get(k).text().equals(",")) return null;
    int nameStart = pastRanks(toks, k + 1);
    int nameEnd = name(toks, nameStart, covered, false);
    return nameEnd < 0 ? null : new Hit(nameStart, nameEnd, span(toks, titleStart, of));
  }

  /** Where a name of two or three capitalised words ending right before token {@code end} starts; -1 if none. */
  private int nameEndingAt(List<ActorTokenizer.Token> toks, int end, boolean[] covered) {
    int s = end;
    while (s > 0 && end - s < 3 && FuzzyNames.isCapitalisedWord(toks.get(s - 1)) && nameWord(toks.get(s - 1), covered[s - 1])) s--;
    return end - s < 2 ? -1 : s;
  }

  /**
   * A state's official named after a title with no state before it ("Privatisation Minister Wieslaw
   * Kaczmarek", "spokesman ... Sergei Yastrzhembsky" is not: spokesmen work for companies too),
   * starting at token {@code i}; null when none. The title must be one only states' office holders
   * bear, written capitalised ("the brooding king, X" in a film review is a part played), and no
   * other name may stand before it: "Air France chairman" belongs to the company.
   */
  Hit standalone(List<ActorTokenizer.Token> toks, int i, boolean[] covered) {
    // Written capitalised, as titles before names are: most tokens are not, and cost nothing here.
    if (!Character.isUpperCase(toks.get(i).text().charAt(0))) return null;
    if (covered[i] || (i > 0 && covered[i - 1])) return null;
    int t = i;
    int modifiers = 0;
    while (modifiers < MAX_MODIFIERS && t < toks.size() && longestTitle(toks, t) < 0 && FuzzyNames.isCapitalisedWord(toks.get(t))
        && !covered[t]) {
      t++;
      modifiers++;
    }
    int titleEnd = t < toks.size() ? longestTitle(toks, t) : -1;
    if (titleEnd < 0) return null;
    List<String> words = new java.util.ArrayList<>();
    for (int k = t; k < titleEnd; k++) words.add(toks.get(k).key());
    if (words.stream().noneMatch(STATE_TITLE_WORDS::contains)) return null;
    if (modifiers > 0 && !PORTFOLIO_HEADS.contains(words.get(words.size() - 1))) return null;
    // "Ericsson spokesman", "the Belgrade airport director": a name before the title owns it.
    if (i > 0 && FuzzyNames.isCapitalisedWord(toks.get(i - 1)) && !sentenceStart(toks, i - 1)) return null;
    int k = titleEnd;
    if (k < toks.size() && toks.get(k).text().equals(",")) k++;
    k = pastRanks(toks, k);
    int nameEnd = name(toks, k, covered, false);
    return nameEnd < 0 ? null : new Hit(k, nameEnd, span(toks, i, titleEnd));
  }

  private static final ThreadLocal<boolean[]> NONE = ThreadLocal.withInitial(() -> new boolean[0]);

  /**
   * An array of n or more falses ("no token belongs to a mention"), reused per thread: looking for a
   * title after each mention must not allocate one per mention.
   */
  static boolean[] noneCovered(int n) {
    boolean[] a = NONE.get();
    if (a.length < n) {
      a = new boolean[Math.max(n, 2 * a.length)];
      NONE.set(a);
    }
    return a;
  }

  /** A title only states' office holders bear (president too, here: it follows a state). */
  private static boolean stateTitle(String title) {
    for (String w : title.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
      if (STATE_TITLE_WORDS.contains(w) || w.equals("president")) return true;
    }
    return false;
  }

  /** A month's or weekday's name. */
  static boolean isCalendarWord(String key) {
    return CALENDAR.contains(key);
  }

  private static final Set<String> CALENDAR = union(MONTHS_AND_DAYS, Set.of("jan", "feb", "mar", "apr", "jun", "jul",
      "aug", "sep", "sept", "oct", "nov", "dec"));

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }

  /** A word of some title or a rank ("General" of "Secretary General" is no one's surname). */
  boolean isTitleWord(String key) {
    return titleWords.contains(key) || RANKS.contains(key) || NOT_NAMES.contains(key);
  }

  /**
   * Where the title of office or honorific that ends right before token {@code i} starts ("President
   * Clinton", "Mr Blair", "Mr. Blair"), the longest; -1 when none does.
   */
  int titleBefore(List<ActorTokenizer.Token> toks, int i) {
    if (i <= 0) return -1;
    for (int s = Math.max(0, i - 6); s < i; s++) {
      if (longestTitleEndingAt(toks, s, i)) return s;
    }
    if (HONORIFICS.contains(toks.get(i - 1).key())) return i - 1;
    if (i > 1 && toks.get(i - 1).text().equals(".") && HONORIFICS.contains(toks.get(i - 2).key())) return i - 2;
    return -1;
  }

  private boolean longestTitleEndingAt(List<ActorTokenizer.Token> toks, int from, int to) {
    Node n = titles;
    for (int k = from; k < to; k++) {
      n = n.next.get(toks.get(k).key());
      if (n == null) return false;
    }
    return n.end;
  }

  private static int pastRanks(List<ActorTokenizer.Token> toks, int k) {
    int r = k;
    while (r < toks.size() && RANKS.contains(toks.get(r).key())) r++;
    // Only whole ranks before a capitalised word: "General Motors" is not a rank.
    return r > k && r < toks.size() && Character.isUpperCase(toks.get(r).text().charAt(0)) ? r : k;
  }

  /** The token opens a sentence or paragraph, where every word is capitalised. */
  private static boolean sentenceStart(List<ActorTokenizer.Token> toks, int i) {
    if (i == 0) return true;
    String prev = toks.get(i - 1).text();
    return prev.equals(".") || prev.equals("\"") || prev.equals(":") || prev.equals("-")
        || toks.get(i).start() > toks.get(i - 1).end() + 1;
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
   * A name of two or three words, or one where {@code oneWord} allows it (a hyphenated word counts as one: "Jean-Pierre", "al-Sharaa"):
   * capitalised, except that the last may be in lower case when a comma closes it (machine
   * translation writes "Caroline wilson,") and it does not look like a verb or adverb. None of them
   * a title, rank, month, weekday or function word, and none already part of a mention.
   */
  private int name(List<ActorTokenizer.Token> toks, int k, boolean[] covered, boolean oneWord) {
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
      // A particle inside a name, before its next capitalised word: "Kengo wa Dondo", "Ahmed bin Ali".
      if (!upper && words > 0 && NAME_PARTICLES.contains(toks.get(end).key()) && wordEnd < toks.size()
          && FuzzyNames.isCapitalisedWord(toks.get(wordEnd)) && nameWord(toks.get(wordEnd), covered[wordEnd])) {
        end = wordEnd;
        continue;
      }
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
    if (words >= 2) return end;
    // One word after a state's title ("Indonesian President Suharto said"), capitalised, and not the
    // first of a longer capitalised phrase.
    boolean single = oneWord && words == 1 && Character.isUpperCase(toks.get(k).text().charAt(0))
        && !givenNames.contains(toks.get(k).key())
        && toks.get(k).text().length() >= 3 && (end >= toks.size() || !FuzzyNames.isCapitalisedWord(toks.get(end)));
    return single ? end : -1;
  }

  /** The hyphen at {@code i} joins the words either side of it with no space. */
  private static boolean adjacent(List<ActorTokenizer.Token> toks, int i) {
    return toks.get(i - 1).end() == toks.get(i).start() && toks.get(i).end() == toks.get(i + 1).start();
  }

  private boolean nameWord(ActorTokenizer.Token t, boolean covered) {
    String key = t.key();
    return !covered && FuzzyNames.isWord(t.text()) && t.text().length() >= 2 && !titleWords.contains(key)
        && !NOT_NAMES.contains(key) && !ORGANISATION_WORDS.contains(key) && !Tokens.FUNCTION_WORDS.contains(key);
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
