package dyad.stage;

import dyad.core.DyadConfig;
import dyad.core.Progress;
import dyad.core.RunSummary;
import dyad.schema.Tables;
import java.util.Map;
import org.apache.spark.ml.util.MLWritable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** What a stage is given to do its work: the session and config, and the run's output to write into. */
public interface StageContext {
  SparkSession spark();

  DyadConfig config();

  Progress progress();

  /** The counts of the run, for its summary and manifest. */
  RunSummary summary();

  /** The --input path: the corpus for ingest, an earlier run's output for a stage run alone. */
  String input();

  /**
   * Writes a table (conformed to its schema) and counts its rows as it writes, with the further
   * aggregate {@code metrics} computed in the same pass; returns the row count under "rows" and each
   * metric under its name. In an append a per-article table gets only this batch's rows (its rows'
   * {@link Tables#BATCH}): the earlier ones are in the output already, and the counts are this batch's.
   */
  Map<String, Object> write(Tables.Table table, Dataset<?> rows, Column... metrics);

  /**
   * In an append, writes this per-article table whole instead of adding this batch's rows: its rows
   * of earlier batches changed (topics refitted). Nothing changes in a first run.
   */
  void replace(Tables.Table table);

  /** The batch this run adds: 1 for a first run, one more per --append. */
  int batch();

  /** In an append, a table as the output held it before this batch; null in a first run. */
  Dataset<Row> earlier(Tables.Table table);

  /**
   * A table as this run wrote it, or else as the run given as --input holds it: what a stage needs of
   * another's output, read from storage rather than computed again.
   */
  Dataset<Row> table(Tables.Table table);

  /** Writes a file other than a table (network.graphml). */
  void writeFile(String name, String content);

  /** Saves a Spark ML model (the topic model) into the output. */
  void writeModel(String name, MLWritable model);

  /** A scratch directory inside the output's staging directory, removed at commit: for checkpoints. */
  String scratch();

  /** The manifest section of a stage, for figures beyond row counts. */
  Map<String, Object> totals(String stage);
}
