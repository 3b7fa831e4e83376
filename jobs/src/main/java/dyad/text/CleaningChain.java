package dyad.text;

import java.util.List;

/**
 * The cleaning filters in the order they must run: furniture first (it would otherwise be taken for
 * a title or repeat), then the title, glued words, and repeats last (they compare clean paragraphs).
 */
public final class CleaningChain {
  private final List<TextFilter> filters;

  public CleaningChain(List<TextFilter> filters) {
    this.filters = List.copyOf(filters);
  }

  /** The chain of the shipped rules, built once per JVM: its filters keep no state of their own. */
  public static CleaningChain standard() {
    return Standard.CHAIN;
  }

  private static final class Standard {
    static final CleaningChain CHAIN = build();

    private Standard() {}
  }

  private static CleaningChain build() {
    return new CleaningChain(List.of(
        new BoilerplateFilter(),
        new VideoCaptionFilter(),
        new RelatedLinkFilter(),
        new TagListFilter(),
        new GluedWordSplitter(),
        new TitleExtractor(),
        new RepeatedParagraphFilter()));
  }

  public void apply(Draft d) {
    for (TextFilter f : filters) f.apply(d);
  }
}
