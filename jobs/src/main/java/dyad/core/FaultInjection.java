package dyad.core;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;

/**
 * A test-only switch that makes the first attempt of one task of a stage fail, to check that Spark's
 * retries leave the output as a fault-free run's. Off unless the Spark setting
 * {@code spark.dyad.test.failTasks} names sites (pass, dedup, network: the per-article pass, deduplication, the
 * network's pair counts); executors read it from
 * their own configuration, so it works under spark-submit too. Never set it in production.
 */
public final class FaultInjection {
  public static final String SETTING = "spark.dyad.test.failTasks";
  private static volatile Set<String> sites;

  private FaultInjection() {}

  /** Throws in the first attempt of partition 0's task when {@code site} is switched on. */
  public static void maybeFail(String site) {
    TaskContext task = TaskContext.get();
    if (task == null || task.attemptNumber() > 0 || task.partitionId() != 0 || !sites().contains(site)) return;
    String msg = "dyad fault injection: failing attempt 0 of task " + task.partitionId() + " in stage " + task.stageId()
        + " at " + site;
    System.err.println(msg);
    throw new IllegalStateException(msg);
  }

  private static Set<String> sites() {
    Set<String> s = sites;
    if (s == null) {
      SparkEnv env = SparkEnv.get();
      String v = env == null ? "" : env.conf().get(SETTING, "");
      s = Arrays.stream(v.split(",")).map(String::strip).filter(x -> !x.isEmpty()).collect(Collectors.toUnmodifiableSet());
      sites = s;
    }
    return s;
  }
}
