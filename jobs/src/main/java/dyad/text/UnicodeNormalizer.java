package dyad.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * First filter of the chain: one canonical form of Unicode so that every later pattern, hash and
 * matcher sees the same characters. NFKC folds compatibility forms (ligatures, full-width letters,
 * the ellipsis character); typographic quotes and dashes become ASCII; invisible and control
 * characters go; runs of horizontal space collapse. Line breaks are kept: paragraphs depend on them.
 */
public final class UnicodeNormalizer {
  private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u301D\u301E]");
  private static final Pattern SINGLE_QUOTES = Pattern.compile("[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]");
  private static final Pattern DASHES = Pattern.compile("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]");
  // Zero-width characters, BOM, soft hyphen and C0/C1 controls other than tab and line breaks.
  private static final Pattern INVISIBLE = Pattern.compile("[\u200B\u200C\u200D\u2060\uFEFF\u00AD\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F-\\x9F]");
  private static final Pattern LINE_BREAKS = Pattern.compile("\r\n?|[\u2028\u2029\u0085\f]");
  private static final Pattern HSPACE = Pattern.compile("(?<=\\S)[\\t\\p{Zs}]+");
  private static final Pattern INDENT = Pattern.compile("(?m)^[\\t\\p{Zs}]+");

  private UnicodeNormalizer() {}

  public static String normalize(String s) {
    if (s == null) return null;
    String t = Normalizer.normalize(s, Normalizer.Form.NFKC);
    t = LINE_BREAKS.matcher(t).replaceAll("\n");
    t = INVISIBLE.matcher(t).replaceAll("");
    t = DOUBLE_QUOTES.matcher(t).replaceAll("\"");
    t = SINGLE_QUOTES.matcher(t).replaceAll("'");
    t = DASHES.matcher(t).replaceAll("-");
    t = HSPACE.matcher(t).replaceAll(" ");
    // Leading space is kept as plain spaces: in wire copy an indent is what starts a paragraph.
    t = INDENT.matcher(t).replaceAll(m -> " ".repeat(m.group().length()));
    return t;
  }
}
