package dyad.stage;

import dyad.article.ArticleStep;
import dyad.core.DyadConfig;
import dyad.schema.Tables;
import java.util.List;
import java.util.Set;

/**
 * One stage of the pipeline, as the command line sees it: what it adds to each article in the
 * shared per-article pass, what it needs there, and its corpus-wide work over the pass's results.
 * The pipeline is a loop over stages; it knows nothing of their internals. A stage run on its own
 * ({@code dyad network --input RUN}) gets the parts it needs from an earlier run's tables.
 */
public interface Stage {
  /** Its name, as --skip and the one-stage commands use it. */
  String name();

  /** The parts of an analysed article its step adds. */
  Set<Part> adds();

  /** The parts it needs: added by a stage before it in this run, or read from an earlier run. */
  Set<Part> needs();

  /** The tables it writes, in order. */
  List<Tables.Table> writes();

  /**
   * Its step of the per-article pass, or null when it has none. Called on the driver; the step runs
   * on the executors.
   */
  ArticleStep step(DyadConfig cfg);

  /**
   * Its corpus-wide work: reads the pass's results, writes its tables through {@code ctx}; returns
   * the corpus for the stages after it (ingest's with its duplicates marked, the others' as it came).
   */
  Corpus run(Corpus corpus, StageContext ctx);

  /**
   * Loads the reference data of this stage's per-article work ahead of the pass (see
   * {@link ArticleStep#prepare}).
   */
  default void prepare(DyadConfig cfg) {
    ArticleStep s = step(cfg);
    if (s != null) s.prepare();
  }

  /**
   * Where the records come from when this stage runs: the input files for ingest; null for the
   * others, which then read the articles of the run given as --input.
   */
  default ArticleSource<?> source(StageContext ctx) {
    return null;
  }
}
