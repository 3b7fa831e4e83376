package dyad.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops paragraphs said twice in one article: exact repeats (scrapers doubling a block), and a
 * standfirst whose words reappear inside a longer paragraph further on. The longer form is kept.
 * Short paragraphs are left alone: two identical headings or one-line quotes are not a repeat.
 */
public final class RepeatedParagraphFilter implements TextFilter {
  static final int MIN_WORDS = 8;

  @Override
  public String name() {
    return "repeated_paragraph";
  }

  @Override
  public void apply(Draft d) {
    List<String> ps = d.paragraphs();
    List<String> forms = new ArrayList<>();
    int[] wordCounts = new int[ps.size()];
    for (int i = 0; i < ps.size(); i++) {
      String p = ps.get(i);
      int[] words = d.tokens(p).wordSpans();
      wordCounts[i] = words.length / 2;
      forms.add(Tokens.fingerprintForm(p, words, " "));
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < ps.size(); i++) {
      if (wordCounts[i] < MIN_WORDS || !isRepeat(i, forms)) out.add(ps.get(i)); // short ones are never a repeat
    }
    d.countRemoved(name(), ps.size() - out.size());
    d.setParagraphs(out);
  }

  private static boolean isRepeat(int i, List<String> forms) {
    String f = forms.get(i);
    for (int j = 0; j < forms.size(); j++) {
      if (j == i) continue;
      String g = forms.get(j);
      if (g.equals(f)) {
        if (j < i) return true; // keep the first of identical copies
      } else if (g.length() > f.length() && g.contains(f)) {
        return true; // keep the longer paragraph that contains this one
      }
    }
    return false;
  }
}
