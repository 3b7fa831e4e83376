package dyad.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences at . ! ? (and a closing quote or bracket after them) followed by
 * a space and a capital, digit or opening quote; not after abbreviations of titles, months and
 * places ("Mr.", "Gen.", "Feb.", "U.S.") or a single initial ("George W. Bush"). The JDK's
 * BreakIterator splits after "Mr." and inside "U.S.", which would cut names in two.
 */
public final class SentenceSplitter {
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen", "rep",
      "pres", "st", "mt", "ft", "jr", "sr", "rev", "hon", "no", "vs", "etc", "inc", "ltd", "co", "corp",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "dept");

  /** A sentence: [start, end) in the paragraph. */
  public record Span(int start, int end) {}

  private SentenceSplitter() {}

  public static List<Span> split(String p) {
    List<Span> out = new ArrayList<>();
    int start = skipSpace(p, 0);
    int n = p.length();
    for (int i = start; i < n; i++) {
      char c = p.charAt(i);
      if (c != '.' && c != '!' && c != '?') continue;
      int end = i + 1;
      while (end < n && (p.charAt(end) == '"' || p.charAt(end) == '\'' || p.charAt(end) == ')')) end++;
      if (end >= n || p.charAt(end) != ' ') continue;
      int next = skipSpace(p, end);
      if (next >= n) break;
      char nc = p.charAt(next);
      if (!(Character.isUpperCase(nc) || Character.isDigit(nc) || nc == '"' || nc == '\'' || nc == '(')) continue;
      if (c == '.' && isAbbreviation(p, i)) continue;
      out.add(new Span(start, end));
      start = next;
      i = next - 1;
    }
    if (start < n) {
      int end = n;
      while (end > start && Character.isWhitespace(p.charAt(end - 1))) end--;
      if (end > start) out.add(new Span(start, end));
    }
    return out;
  }

  /** The word before the dot at {@code dot} is an abbreviation or an initial. */
  private static boolean isAbbreviation(String p, int dot) {
    int b = dot;
    while (b > 0 && (Character.isLetter(p.charAt(b - 1)) || p.charAt(b - 1) == '.')) b--;
    String word = p.substring(b, dot);
    if (word.isEmpty()) return false;
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return true; // an initial
    if (word.indexOf('.') >= 0) return true; // U.S, U.K, e.g
    return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static int skipSpace(String p, int i) {
    while (i < p.length() && Character.isWhitespace(p.charAt(i))) i++;
    return i;
  }
}
