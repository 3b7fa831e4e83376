package dyad.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What text a regular expression's every match must contain, read off the expression itself, so
 * that a cheap search can skip the expression where it cannot match: a match of
 * {@code \b(reuters|afp|ap)\s*\/} holds one of reuters, afp, ap, and a slash. The boilerplate rules
 * are matched against every paragraph of every article, and almost none matches.
 *
 * <p>The reading is conservative: literal characters at the top level of the expression (or of
 * each of its top-level alternatives), and groups whose alternatives are all plain literals, are
 * required unless a quantifier makes them optional; anything else (classes, escapes other than
 * escaped punctuation, nested structure) requires nothing. An expression of which nothing can be
 * read, or one that is not understood, may always match. Literals are compared without case, as
 * the rules are matched; a text with any character outside ASCII is always searched in full,
 * since Unicode case folding could match there what ASCII comparison would not.
 */
public final class RequiredLiterals {
  /**
   * One alternative of the expression: each clause one group of literals, of which a match holds
   * at least one (lower case).
   */
  private record Alternative(List<List<String>> clauses, List<String> prefix) {}

  /** Null when the expression may match anything: then {@link #mayMatch} is always true. */
  private final List<Alternative> alternatives;

  private RequiredLiterals(List<Alternative> alternatives) {
    this.alternatives = alternatives;
  }

  /** The literals the matches of {@code regex} must contain. */
  public static RequiredLiterals of(String regex) {
    try {
      List<Alternative> out = new ArrayList<>();
      for (String alt : splitTop(regex)) {
        Parser p = new Parser(alt);
        List<List<String>> clauses = p.clauses();
        if (clauses.isEmpty()) return new RequiredLiterals(null); // this alternative requires nothing
        out.add(new Alternative(clauses, p.prefix));
      }
      return new RequiredLiterals(out);
    } catch (RuntimeException e) {
      return new RequiredLiterals(null); // not understood: search it in full
    }
  }

  /** The union of several expressions' requirements (an alternation of them): any one may match. */
  public static RequiredLiterals anyOf(List<RequiredLiterals> each) {
    List<Alternative> out = new ArrayList<>();
    for (RequiredLiterals r : each) {
      if (r.alternatives == null) return new RequiredLiterals(null);
      out.addAll(r.alternatives);
    }
    return new RequiredLiterals(out);
  }

  /** Whether nothing could be read: every text may match. */
  public boolean isEmpty() {
    return alternatives == null;
  }

  /**
   * False only when no match of the expression can lie in {@code text[from, to)}: it lacks a
   * literal every match holds.
   */
  public boolean mayMatch(String text, int from, int to) {
    return mayMatch(lower(text), from, to, false);
  }

  /**
   * False only when no match of the expression can be the whole of {@code text} (as
   * {@code Matcher.matches} asks): besides the literals, one that begins every such match must
   * begin the text.
   */
  public boolean mayMatchWhole(String text) {
    return mayMatch(lower(text), 0, text.length(), true);
  }

  /**
   * The text as {@link #mayMatch(String, int, int, boolean)} reads it: lower case when it is all
   * ASCII, else null (then everything may match). A text checked against several expressions is
   * lowered once.
   */
  public static String lower(String text) {
    for (int i = 0; i < text.length(); i++) if (text.charAt(i) >= 0x80) return null;
    return text.toLowerCase(Locale.ROOT);
  }

  /**
   * {@link #mayMatch(String, int, int)} or, when {@code whole}, {@link #mayMatchWhole}, of a text
   * given by its {@link #lower} form.
   */
  public boolean mayMatch(String lower, int from, int to, boolean whole) {
    if (alternatives == null || lower == null) return true;
    for (Alternative a : alternatives) {
      if (whole && a.prefix() != null && a.prefix().stream().noneMatch(lit -> lower.startsWith(lit, from))) continue;
      boolean all = true;
      for (List<String> clause : a.clauses()) {
        boolean any = false;
        for (String lit : clause) {
          int at = lower.indexOf(lit, from);
          if (at >= 0 && at + lit.length() <= to) {
            any = true;
            break;
          }
        }
        if (!any) {
          all = false;
          break;
        }
      }
      if (all) return true;
    }
    return false;
  }

  private static boolean hasNonAsciiLetter(String s) {
    for (int k = 0; k < s.length(); k++) if (s.charAt(k) >= 0x80 && Character.isLetter(s.charAt(k))) return true;
    return false;
  }

  /** The top-level alternatives of an expression: split at '|' outside groups and classes. */
  static List<String> splitTop(String re) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < re.length(); i++) {
      char c = re.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = classEnd(re, i);
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        out.add(re.substring(start, i));
        start = i + 1;
      }
    }
    if (depth != 0) throw new IllegalArgumentException("unbalanced: " + re);
    out.add(re.substring(start));
    return out;
  }

  /** The index of the ']' closing the class opened at {@code i}. */
  static int classEnd(String re, int i) {
    int j = i + 1;
    if (j < re.length() && re.charAt(j) == '^') j++;
    if (j < re.length() && re.charAt(j) == ']') j++; // a ']' first is a literal
    for (; j < re.length(); j++) {
      char c = re.charAt(j);
      if (c == '\\') j++;
      else if (c == '[') j = classEnd(re, j); // a nested class (union)
      else if (c == ']') return j;
    }
    throw new IllegalArgumentException("unclosed class: " + re);
  }

  /** Reads one alternative (no top-level '|') as a sequence of atoms, each with its quantifier. */
  private static final class Parser {
    private final String re;
    private int i;
    private final List<List<String>> clauses = new ArrayList<>();
    private final StringBuilder run = new StringBuilder();
    /** The clause that begins every match, when the first thing the alternative reads is required and literal. */
    List<String> prefix;
    /** Whether anything other than a zero-width assertion has been read, before the clause under way. */
    private boolean consumed;
    private boolean runAtStart;

    Parser(String re) {
      this.re = re;
    }

    List<List<String>> clauses() {
      while (i < re.length()) atom();
      flush();
      // A letter outside ASCII may match an ASCII letter without case (the Kelvin sign a k): such a
      // clause cannot be tested on ASCII text by comparison, so it is left out.
      clauses.removeIf(c -> c.stream().anyMatch(RequiredLiterals::hasNonAsciiLetter));
      if (prefix != null && prefix.stream().anyMatch(RequiredLiterals::hasNonAsciiLetter)) prefix = null;
      return clauses;
    }

    private void flush() {
      if (run.length() > 0) add(List.of(run.toString().toLowerCase(Locale.ROOT)), runAtStart);
      run.setLength(0);
    }

    private void add(List<String> clause, boolean atStart) {
      if (atStart && clauses.isEmpty()) prefix = clause;
      clauses.add(clause);
      consumed = true;
    }

    private void appendLiteral(String literal) {
      if (run.length() == 0) runAtStart = !consumed;
      run.append(literal);
    }

    /** One atom and its quantifier; literal characters gather into a run until something breaks it. */
    private void atom() {
      char c = re.charAt(i);
      if (c == '(') {
        int end = groupEnd(i);
        List<String> literals = groupLiterals(re.substring(i + 1, end));
        i = end + 1;
        boolean required = !optionalQuantifier();
        flush();
        if (required && literals != null) add(literals, !consumed);
        consumed = true;
        return;
      }
      String literal = null;
      if (c == '[') {
        i = classEnd(re, i) + 1;
      } else if (c == '\\') {
        char e = re.charAt(i + 1);
        if (e == 'p' || e == 'P') {
          i = re.indexOf('}', i) + 1;
          if (i == 0) throw new IllegalArgumentException("\\p without }");
        } else {
          i += 2;
          if (e == 'b' || e == 'B' || e == 'A' || e == 'z' || e == 'Z' || e == 'G') return; // zero-width
          if (!Character.isLetterOrDigit(e)) literal = String.valueOf(e); // escaped punctuation is itself
        }
      } else if (c == '^' || c == '$') {
        i++;
        return; // zero-width
      } else if (c == '.' || c == '*' || c == '+' || c == '?' || c == '{' || c == '}' || c == ')' || c == '|') {
        i++; // a dot, or syntax this reading does not follow: no literal
      } else {
        i++;
        literal = String.valueOf(c);
      }
      int before = i;
      boolean optional = optionalQuantifier();
      boolean quantified = i != before;
      if (literal == null || optional) {
        flush();
        consumed = true;
        return;
      }
      if (quantified) { // required, but repeated: the character alone, then the run breaks
        flush();
        appendLiteral(literal);
        flush();
        return;
      }
      appendLiteral(literal);
    }

    /** Consumes a quantifier after an atom; true when it allows zero occurrences. */
    private boolean optionalQuantifier() {
      if (i >= re.length()) return false;
      char q = re.charAt(i);
      boolean optional;
      if (q == '?' || q == '*') {
        optional = true;
        i++;
      } else if (q == '+') {
        optional = false;
        i++;
      } else if (q == '{') {
        int close = re.indexOf('}', i);
        if (close < 0) throw new IllegalArgumentException("unclosed {");
        String min = re.substring(i + 1, close).split(",", -1)[0].strip();
        optional = min.isEmpty() || Integer.parseInt(min) == 0;
        i = close + 1;
      } else {
        return false;
      }
      if (i < re.length() && (re.charAt(i) == '?' || re.charAt(i) == '+')) i++; // lazy or possessive
      return optional;
    }

    private int groupEnd(int open) {
      int depth = 0;
      for (int j = open; j < re.length(); j++) {
        char c = re.charAt(j);
        if (c == '\\') j++;
        else if (c == '[') j = classEnd(re, j);
        else if (c == '(') depth++;
        else if (c == ')' && --depth == 0) return j;
      }
      throw new IllegalArgumentException("unclosed group: " + re);
    }

    /**
     * A clause for a group: from each of its alternatives one clause of what that alternative
     * requires (the one whose shortest literal is longest), joined; null when an alternative
     * requires nothing, or the group is a lookaround or sets flags. A match of the group is a match
     * of one alternative, which holds a literal of its chosen clause.
     */
    private static List<String> groupLiterals(String body) {
      if (body.startsWith("?:")) body = body.substring(2);
      else if (body.startsWith("?")) return null;
      List<String> out = new ArrayList<>();
      for (String alt : splitTop(body)) {
        List<String> best = null;
        for (List<String> clause : new Parser(alt).clauses()) {
          if (best == null || shortest(clause) > shortest(best)) best = clause;
        }
        if (best == null) return null;
        out.addAll(best);
      }
      return out;
    }

    private static int shortest(List<String> clause) {
      int m = Integer.MAX_VALUE;
      for (String s : clause) m = Math.min(m, s.length());
      return m;
    }
  }
}
