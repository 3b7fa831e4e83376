package dyad.core;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Column;

/** Aggregates whose result does not depend on how Spark partitions the rows. */
public final class Aggregates {
  /** Values are summed as multiples of 1e-12: exact in a long up to 9 million values of magnitude 1. */
  private static final double SCALE = 1e12;

  private Aggregates() {}

  /**
   * The mean of {@code x} (values of magnitude at most 1), summed in fixed point: a sum of doubles
   * depends on the order Spark adds them in, so the same rows read in other partitions would give a
   * mean differing in the last bits; a sum of longs does not.
   */
  public static Column mean(Column x) {
    return sum(round(x.multiply(SCALE)).cast("long")).divide(count(x)).divide(SCALE);
  }
}
