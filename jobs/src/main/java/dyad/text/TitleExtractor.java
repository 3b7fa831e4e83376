package dyad.text;

import java.util.List;

/**
 * For inputs without a title field: takes the first paragraph as the headline when it is short
 * enough to be one and something follows it. Removes a first paragraph that repeats a known title.
 */
public final class TitleExtractor implements TextFilter {
  static final int MAX_TITLE_WORDS = 20;
  static final int MAX_TITLE_CHARS = 160;

  @Override
  public String name() {
    return "title";
  }

  @Override
  public void apply(Draft d) {
    List<String> ps = d.paragraphs();
    if (ps.size() < 2) return;
    String first = ps.get(0);
    if (d.title() != null && !d.title().isBlank()) {
      if (Tokens.fingerprintForm(first).equals(Tokens.fingerprintForm(d.title()))) {
        ps.remove(0);
        d.countRemoved(name(), 1);
      }
      return;
    }
    int words = Tokens.countWords(first);
    if (words > 0 && words <= MAX_TITLE_WORDS && first.length() <= MAX_TITLE_CHARS) {
      d.setTitle(first);
      ps.remove(0);
    }
  }
}
