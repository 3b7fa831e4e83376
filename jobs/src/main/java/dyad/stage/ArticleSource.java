package dyad.stage;

import dyad.article.AnalysedArticle;
import java.io.Serializable;
import org.apache.spark.sql.Dataset;

/**
 * Where the per-article pass gets its records: the corpus's input files (read, cleaned and dated:
 * ingest), or an earlier run's articles (and mentions) for a stage run on its own.
 *
 * @param <T> one record as Spark holds it
 */
public interface ArticleSource<T> extends Serializable {
  /** The records, on the driver: a Dataset to map over. */
  Dataset<T> records();

  /** One record as an analysed article, on an executor. */
  AnalysedArticle article(T record);
}
