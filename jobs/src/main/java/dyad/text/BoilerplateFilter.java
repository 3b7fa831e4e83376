package dyad.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes boilerplate and site furniture by rules loaded by name from a resource (default
 * {@code dyad/text/boilerplate.txt}; its header documents the rule kinds). Header and footer rules
 * cut the page chrome above and below the article; line rules drop single paragraphs anywhere;
 * trail rules strip "Read more" glued to a paragraph's end; caption rules drop photo captions.
 */
public final class BoilerplateFilter implements TextFilter {
  public static final String DEFAULT_RULES = "dyad/text/boilerplate.txt";
  /** A header rule only applies this near the top: lower down the same words are content. */
  static final int HEADER_REACH = 3;

  private final List<Pattern> line = new ArrayList<>();
  private final List<Pattern> header = new ArrayList<>();
  private final List<Pattern> footer = new ArrayList<>();
  private final List<Pattern> trail = new ArrayList<>();
  private final List<Pattern> caption = new ArrayList<>();

  public BoilerplateFilter() {
    this(DEFAULT_RULES);
  }

  public BoilerplateFilter(String resource) {
    for (String rule : Tokens.readResourceLines(resource)) {
      int tab = rule.indexOf('\t');
      if (tab < 0) throw new IllegalArgumentException(resource + ": rule without a TAB after its kind: " + rule);
      String kind = rule.substring(0, tab).strip();
      String regex = rule.substring(tab + 1).strip();
      int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
      switch (kind) {
        case "line" -> line.add(Pattern.compile(regex, flags));
        case "header" -> header.add(Pattern.compile(regex, flags));
        case "footer" -> footer.add(Pattern.compile(regex, flags));
        case "trail" -> trail.add(Pattern.compile("(?:" + regex + ")$", flags));
        case "caption" -> caption.add(Pattern.compile(regex, flags));
        default -> throw new IllegalArgumentException(
            resource + ": unknown rule kind '" + kind + "' (expected line, header, footer, trail or caption)");
      }
    }
  }

  @Override
  public String name() {
    return "boilerplate";
  }

  @Override
  public void apply(Draft d) {
    List<String> ps = d.paragraphs();
    int before = ps.size();
    int from = 0;
    for (int i = 0; i < Math.min(HEADER_REACH, ps.size()); i++) {
      if (matchesAny(header, ps.get(i))) from = i + 1;
    }
    int to = ps.size();
    for (int i = Math.max(from, ps.size() / 2); i < ps.size(); i++) {
      if (matchesAny(footer, ps.get(i))) {
        to = i;
        break;
      }
    }
    List<String> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      String p = stripTrail(ps.get(i));
      if (p.isEmpty() || matchesAny(line, p) || matchesAny(caption, p)) continue;
      out.add(p);
    }
    d.setParagraphs(out);
    d.countRemoved(name(), before - out.size());
  }

  private String stripTrail(String p) {
    String s = p;
    for (Pattern t : trail) {
      Matcher m = t.matcher(s);
      if (m.find() && m.start() > 0) s = s.substring(0, m.start()).strip();
    }
    return s;
  }

  private static boolean matchesAny(List<Pattern> patterns, String p) {
    for (Pattern pat : patterns) {
      if (pat.matcher(p).matches()) return true;
    }
    return false;
  }
}
