package dyad.actors;

import dyad.text.Tokens;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a state's form at tokens [from, to) is part of an organisation's name: "Air France",
 * "Dynamo Moscow", "Iraqi News Agency", "Dhaka Stock Exchange", "National Bank of Poland". The
 * organisation words are loaded from {@code dyad/gazetteer/org_words.tsv} and count only capitalised,
 * as names are written; bodies of a state (ministry, army, embassy) are not among them, since they
 * stand for the state. Plain Java, immutable once built.
 */
final class OrganisationNames {
  static final String WORDS = "dyad/gazetteer/org_words.tsv";
  /** Capitalised words that may stand between the place and the organisation word ("Iraqi News Agency"). */
  private static final int MAX_BETWEEN = 2;

  private final Set<String> after;
  private final Set<String> before;
  private final Set<String> of;

  OrganisationNames() {
    Set<String> a = new HashSet<>();
    Set<String> b = new HashSet<>();
    Set<String> o = new HashSet<>();
    for (String line : Tokens.readResourceLines(WORDS)) {
      String[] f = line.split("\t");
      if (f.length != 2) throw new IllegalStateException(WORDS + ": expected KIND<TAB>WORD, got '" + line + "'");
      String w = f[1].strip().toLowerCase(Locale.ROOT);
      switch (f[0].strip()) {
        case "after" -> a.add(w);
        case "before" -> b.add(w);
        case "of" -> o.add(w);
        default -> throw new IllegalStateException(WORDS + ": unknown kind '" + f[0] + "'");
      }
    }
    after = Set.copyOf(a);
    before = Set.copyOf(b);
    of = Set.copyOf(o);
  }

  /** The form at [from, to) is inside an organisation's name. */
  boolean inside(List<ActorTokenizer.Token> toks, int from, int to) {
    if (from > 0 && capitalisedIn(toks.get(from - 1), before)) return true;
    if (from > 1 && (toks.get(from - 1).key().equals("of") || toks.get(from - 1).key().equals("in"))
        && capitalisedIn(toks.get(from - 2), of)) {
      return true;
    }
    for (int k = to; k < toks.size() && k <= to + MAX_BETWEEN; k++) {
      ActorTokenizer.Token t = toks.get(k);
      if (!FuzzyNames.isCapitalisedWord(t)) return false;
      if (after.contains(t.key())) return true;
    }
    return false;
  }

  private static boolean capitalisedIn(ActorTokenizer.Token t, Set<String> words) {
    return FuzzyNames.isCapitalisedWord(t) && words.contains(t.key());
  }
}
