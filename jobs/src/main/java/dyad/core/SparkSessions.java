package dyad.core;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Starts (or joins) the SparkSession. Under spark-submit the master and settings come from there
 * and are left alone; run directly, dyad defaults to local mode on loopback without a web UI.
 */
public final class SparkSessions {
  private SparkSessions() {}

  /** @param master the --master option, or null to keep spark-submit's master (else local[*]) */
  public static SparkSession start(String master) {
    SparkConf conf = new SparkConf(); // picks up spark.* system properties, as spark-submit sets them
    if (master != null && !master.isBlank()) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    conf.setIfMissing("spark.app.name", "dyad");
    // Dates are calendar days; a session time zone that follows the machine would shift them.
    conf.setIfMissing("spark.sql.session.timeZone", "UTC");
    // dyad's queries have a fixed shape, planned once. Adaptive execution would run each shuffle of
    // each query as a Spark job of its own and plan the rest again after it: on the seeds 41 jobs
    // instead of 24, and seconds of planning (docs/benchmarks.md).
    conf.setIfMissing("spark.sql.adaptive.enabled", "false");
    // Delta Lake's documented session settings (output.tableFormat delta): its SQL (RESTORE, OPTIMIZE,
    // VACUUM, VERSION AS OF) and path-based tables; they change nothing for Parquet.
    conf.setIfMissing("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension");
    conf.setIfMissing("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog");
    // Delta replays a table's log in this many tasks (50 by default) at every read and commit; dyad's
    // tables have a few files per batch, and one task halved an append's time on a small corpus.
    conf.setIfMissing("spark.databricks.delta.snapshotPartitions", "1");
    if (conf.get("spark.master").startsWith("local")) {
      conf.setIfMissing("spark.ui.enabled", "false");
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
      int cores = Runtime.getRuntime().availableProcessors();
      conf.setIfMissing("spark.sql.shuffle.partitions", String.valueOf(Math.max(4, 4 * cores)));
    }
    return SparkSession.builder().config(conf).getOrCreate();
  }

  /**
   * Computes {@code df} now and keeps it (memory, spilling to disk) with its lineage cut. Later
   * queries then plan over a plain scan: a stage of many joins otherwise hands Spark plans that
   * take longer to optimise and print (AQE re-explains the whole plan at every stage) than to run.
   */
  public static <T> org.apache.spark.sql.Dataset<T> materialize(org.apache.spark.sql.Dataset<T> df) {
    return df.localCheckpoint(true, org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
  }

  /**
   * What an {@link org.apache.spark.sql.Observation} counted during the action it was attached to
   * (a table's rows as it was written): counts come with the writes, not from jobs of their own.
   */
  public static java.util.Map<String, Object> observed(org.apache.spark.sql.Observation o) {
    try {
      return o.getAsJava();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + o.name(), e);
    }
  }

  /** A count of {@link #observed}: 0 where the action ran no task (an empty table), which leaves it unset. */
  public static long count(java.util.Map<String, Object> observed, String name) {
    Object v = observed.get(name);
    return v == null ? 0 : ((Number) v).longValue();
  }
}
