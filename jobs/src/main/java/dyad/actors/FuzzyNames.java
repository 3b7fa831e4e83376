package dyad.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * People's names with one word misspelt or cut short, as machine translation leaves them ("Antony
 * blink", "Qin Qang"). A name matches when all its words but one are exact and that one is close:
 * one edit away (two for long words), or, in lower case, a truncation keeping at least 60% of the
 * word. Only the curated people (people_extra.tsv) are matched so. To keep
 * common words and other people out, the close word must have four letters or more, must not be
 * a word of any gazetteer person's name itself (Kerr is not a typo of Kerry when a Kerr exists),
 * and exactly one person may fit. Plain Java, thread-safe once built.
 */
final class FuzzyNames {
  /** A multi-word name form of a person, as match keys. */
  record Form(Person person, List<String> keys) {}

  /** A fuzzy match: the person and the tokens [from, to) it covers. */
  record Hit(Person person, int from, int to) {}

  private final Map<String, List<Form>> byFirst = new HashMap<>();
  private final Map<String, List<Form>> bySecond = new HashMap<>();
  private final Set<String> nameWords = new HashSet<>();

  /** Adds a name form: its words are known name words; only {@code matchable} forms are matched fuzzily. */
  void add(Person p, List<ActorTokenizer.Token> form, boolean matchable) {
    List<String> keys = new ArrayList<>();
    for (ActorTokenizer.Token t : form) {
      if (!isWord(t.text())) return; // forms with punctuation (initials, hyphens) are matched exactly only
      keys.add(t.key());
    }
    nameWords.addAll(keys);
    if (!matchable || keys.size() < 2) return;
    Form f = new Form(p, List.copyOf(keys));
    byFirst.computeIfAbsent(keys.get(0), k -> new ArrayList<>()).add(f);
    bySecond.computeIfAbsent(keys.get(1), k -> new ArrayList<>()).add(f);
  }

  /** The one person whose name is written, with one word misspelt, at token {@code i}; or null. */
  Hit at(List<ActorTokenizer.Token> toks, int i) {
    if (!isWord(toks.get(i).text()) || !Character.isUpperCase(toks.get(i).text().charAt(0))) return null;
    Set<Form> forms = new LinkedHashSet<>(byFirst.getOrDefault(toks.get(i).key(), List.of()));
    if (i + 1 < toks.size()) forms.addAll(bySecond.getOrDefault(toks.get(i + 1).key(), List.of()));
    Hit found = null;
    for (Form f : forms) {
      int n = f.keys().size();
      if (i + n > toks.size() || !fits(f, toks, i)) continue;
      if (found != null && found.person() != f.person()) return null; // two people fit: not guessed
      if (found == null || i + n > found.to()) found = new Hit(f.person(), i, i + n);
    }
    return found;
  }

  private boolean fits(Form f, List<ActorTokenizer.Token> toks, int i) {
    int misses = 0;
    for (int k = 0; k < f.keys().size(); k++) {
      String text = toks.get(i + k).text();
      String key = toks.get(i + k).key();
      if (key.equals(f.keys().get(k))) continue;
      // A cut-short word is a translation artefact only in lower case ("Antony blink"); capitalised, it is
      // more likely another name (McCall is not McCallum).
      boolean truncationAllowed = !Character.isUpperCase(text.charAt(0));
      if (++misses > 1 || !isWord(text) || nameWords.contains(key) || !close(key, f.keys().get(k), truncationAllowed)) {
        return false;
      }
    }
    return misses == 1;
  }

  /**
   * One edit (two for words of eight letters or more), or (when allowed) a cut keeping 60% of the
   * word. A cut is never an edit: capitalised, "Kerr" is another name, not Kerry less a letter.
   */
  static boolean close(String text, String name, boolean truncationAllowed) {
    if (text.length() < 4 || name.length() < 4) return false;
    if (name.startsWith(text)) return truncationAllowed && text.length() * 10 >= name.length() * 6;
    int limit = name.length() >= 8 ? 2 : 1;
    return Math.abs(text.length() - name.length()) <= limit && editDistance(text, name, limit) <= limit;
  }

  /** Optimal string alignment distance (Levenshtein plus adjacent transpositions), stopping above {@code limit}. */
  static int editDistance(String a, String b, int limit) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) d[i][0] = i;
    for (int j = 0; j <= b.length(); j++) d[0][j] = j;
    for (int i = 1; i <= a.length(); i++) {
      int rowMin = Integer.MAX_VALUE;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > limit) return rowMin;
    }
    return d[a.length()][b.length()];
  }

  /** A word of letters with a capital first, as the words of names are written. */
  static boolean isCapitalisedWord(ActorTokenizer.Token t) {
    return isWord(t.text()) && Character.isUpperCase(t.text().charAt(0));
  }

  static boolean isWord(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isLetter(s.charAt(i))) return false;
    }
    return !s.isEmpty();
  }
}
