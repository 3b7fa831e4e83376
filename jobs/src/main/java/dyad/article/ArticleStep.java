package dyad.article;

import java.io.Serializable;

/**
 * One stage's share of the per-article pass, as a filter of Lucene's analysis chain is of a token
 * stream: plain Java, given an analysed article, it returns the article with its own part added
 * (the actors step its mentions, the sentiment step its tone and records ...). Steps run on the
 * executors, in the order of the stages, once per article; rejects pass through untouched. A step is
 * serialisable and small: its reference data (gazetteer, lexicons, model) is loaded once per JVM.
 */
public interface ArticleStep extends Serializable {
  AnalysedArticle apply(AnalysedArticle article);

  /**
   * Loads the step's reference data now. In local mode the executors are this JVM: the pipeline
   * calls this in the background while Spark starts, so the first tasks find it loaded.
   */
  default void prepare() {}
}
