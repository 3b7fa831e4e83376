package dyad.text;

import java.text.Normalizer;

/**
 * First filter of the chain: one canonical form of Unicode so that every later pattern, hash and
 * matcher sees the same characters. NFKC folds compatibility forms (ligatures, full-width letters,
 * the ellipsis character); typographic quotes and dashes become ASCII; invisible and control
 * characters go; runs of horizontal space collapse to one. Line breaks, and the indent at the start
 * of a line, are kept: paragraphs depend on them. One pass over the characters, as it runs on every
 * byte of the corpus.
 */
public final class UnicodeNormalizer {
  private UnicodeNormalizer() {}

  public static String normalize(String s) {
    if (s == null) return null;
    if (isNormal(s)) return s;
    String t = Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
    StringBuilder sb = new StringBuilder(t.length());
    boolean lineStart = true;
    boolean pendingSpace = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\r') {
        if (i + 1 < t.length() && t.charAt(i + 1) == '\n') continue;
        c = '\n';
      }
      if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\f') {
        sb.append('\n');
        lineStart = true;
        pendingSpace = false;
        continue;
      }
      if (isInvisible(c)) continue;
      if (c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR) {
        if (lineStart) sb.append(' '); // an indent starts a paragraph in wire copy
        else pendingSpace = true;
        continue;
      }
      if (pendingSpace) {
        sb.append(' ');
        pendingSpace = false;
      }
      sb.append(fold(c));
      lineStart = false;
    }
    return sb.toString();
  }

  /**
   * Whether {@link #normalize} would return {@code s} as it is, found in one scan without copying:
   * printable ASCII (which NFKC leaves alone) with no character to fold, drop or turn into a space,
   * and no run of spaces inside a line nor spaces ending one. Most records are so.
   */
  static boolean isNormal(String s) {
    boolean lineStart = true;
    boolean space = false; // a space after the line's first visible character, not yet followed by another
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        if (space) return false; // trailing spaces are dropped
        lineStart = true;
        continue;
      }
      if (c == ' ') {
        if (lineStart) continue; // an indent is kept as it is
        if (space) return false; // a run of spaces becomes one
        space = true;
        continue;
      }
      if (c < 0x20 || c >= 0x7F || c == '`') return false;
      lineStart = false;
      space = false;
    }
    return !space;
  }

  /** Zero-width characters, BOM, soft hyphen, and C0/C1 controls other than tab and line breaks. */
  private static boolean isInvisible(char c) {
    return (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
        || (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F);
  }

  /** Typographic quotes and dashes to their ASCII forms. */
  private static char fold(char c) {
    switch (c) {
      case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u00AB': case '\u00BB':
      case '\u2033': case '\u301D': case '\u301E':
        return '"';
      case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '`': case '\u00B4':
        return '\'';
      case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015':
      case '\u2212': case '\uFE58': case '\uFE63': case '\uFF0D':
        return '-';
      default:
        return c;
    }
  }
}
