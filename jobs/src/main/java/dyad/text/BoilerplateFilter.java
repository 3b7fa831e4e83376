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
  /** Furniture lines are short; longer paragraphs are prose and skip the line rules (and their cost). */
  static final int MAX_LINE_CHARS = 300;
  /** A photo caption is a sentence or two and its credit. */
  static final int MAX_CAPTION_CHARS = 700;

  /** Trail and caption rules match at the end of a paragraph: only this much of its tail is searched. */
  static final int TAIL_CHARS = 120;

  private final Pattern line;
  private final Pattern header;
  private final Pattern footer;
  private final Pattern trail;
  private final Pattern caption;
  // What each kind's matches must contain: a paragraph without it is not searched (almost none matches).
  private final RequiredLiterals lineNeeds;
  private final RequiredLiterals headerNeeds;
  private final RequiredLiterals footerNeeds;
  private final RequiredLiterals trailNeeds;
  private final RequiredLiterals captionNeeds;

  public BoilerplateFilter() {
    this(DEFAULT_RULES);
  }

  public BoilerplateFilter(String resource) {
    java.util.Map<String, List<String>> rules = new java.util.HashMap<>();
    for (String kind : List.of("line", "header", "footer", "trail", "caption")) rules.put(kind, new ArrayList<>());
    for (String rule : Tokens.readResourceLines(resource)) {
      int tab = rule.indexOf('\t');
      if (tab < 0) throw new IllegalArgumentException(resource + ": rule without a TAB after its kind: " + rule);
      String kind = rule.substring(0, tab).strip();
      String regex = rule.substring(tab + 1).strip();
      List<String> list = rules.get(kind);
      if (list == null) {
        throw new IllegalArgumentException(
            resource + ": unknown rule kind '" + kind + "' (expected line, header, footer, trail or caption)");
      }
      Pattern.compile(regex); // a bad rule fails here, naming itself
      list.add(regex);
    }
    // One alternation per kind: a paragraph is scanned once per kind, not once per rule.
    line = union(rules.get("line"), "");
    header = union(rules.get("header"), "");
    footer = union(rules.get("footer"), "");
    trail = union(rules.get("trail"), "$");
    caption = union(rules.get("caption"), "$");
    lineNeeds = needs(rules.get("line"));
    headerNeeds = needs(rules.get("header"));
    footerNeeds = needs(rules.get("footer"));
    trailNeeds = needs(rules.get("trail"));
    captionNeeds = needs(rules.get("caption"));
  }

  private static RequiredLiterals needs(List<String> regexes) {
    return RequiredLiterals.anyOf(regexes.stream().map(RequiredLiterals::of).toList());
  }

  private static Pattern union(List<String> regexes, String suffix) {
    if (regexes.isEmpty()) return null;
    StringBuilder sb = new StringBuilder("(?:");
    for (int i = 0; i < regexes.size(); i++) sb.append(i == 0 ? "" : "|").append("(?:").append(regexes.get(i)).append(')');
    return Pattern.compile(sb.append(')').append(suffix).toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
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
      String p = ps.get(i);
      if (p.length() <= MAX_LINE_CHARS && matches(header, headerNeeds, p, RequiredLiterals.lower(p))) from = i + 1;
    }
    int to = ps.size();
    for (int i = Math.max(from, ps.size() / 2); i < ps.size(); i++) {
      String p = ps.get(i);
      if (p.length() <= MAX_LINE_CHARS && matches(footer, footerNeeds, p, RequiredLiterals.lower(p))) {
        to = i;
        break;
      }
    }
    List<String> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      String p = stripTrail(ps.get(i));
      if (p.isEmpty()
          || p.length() <= MAX_LINE_CHARS && matches(line, lineNeeds, p, RequiredLiterals.lower(p))
          || p.length() <= MAX_CAPTION_CHARS && endsWith(caption, captionNeeds, p)) {
        continue;
      }
      out.add(p);
    }
    d.setParagraphs(out);
    d.countRemoved(name(), before - out.size());
  }

  private String stripTrail(String p) {
    if (trail == null) return p;
    int from = Math.max(0, p.length() - TAIL_CHARS);
    if (!mayEnd(trailNeeds, p, from)) return p;
    Matcher m = trail.matcher(p).region(from, p.length());
    return m.find() && m.start() > 0 ? p.substring(0, m.start()).strip() : p;
  }

  private static boolean matches(Pattern pattern, RequiredLiterals needs, String p, String lower) {
    return pattern != null && needs.mayMatch(lower, 0, p.length(), true) && pattern.matcher(p).matches();
  }

  private static boolean endsWith(Pattern pattern, RequiredLiterals needs, String p) {
    int from = Math.max(0, p.length() - TAIL_CHARS);
    return pattern != null && mayEnd(needs, p, from) && pattern.matcher(p).region(from, p.length()).find();
  }

  /** Whether the rules may find a match in {@code p} from {@code from} on: its tail alone is lowered and read. */
  private static boolean mayEnd(RequiredLiterals needs, String p, int from) {
    String tail = RequiredLiterals.lower(p.substring(from));
    return needs.mayMatch(tail, 0, tail == null ? 0 : tail.length(), false);
  }
}
