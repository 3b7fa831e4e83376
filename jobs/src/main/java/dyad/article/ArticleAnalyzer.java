package dyad.article;

import java.io.Serializable;
import java.util.List;

/** The steps of the per-article pass, in order: each article goes through all of them once. */
public final class ArticleAnalyzer implements Serializable {
  private static final long serialVersionUID = 1L;
  private final List<ArticleStep> steps;

  public ArticleAnalyzer(List<ArticleStep> steps) {
    this.steps = List.copyOf(steps);
  }

  /** The article with every step's part; a reject as it came. */
  public AnalysedArticle analyse(AnalysedArticle a) {
    if (!a.isArticle()) return a;
    for (ArticleStep s : steps) a = s.apply(a);
    return a;
  }
}
