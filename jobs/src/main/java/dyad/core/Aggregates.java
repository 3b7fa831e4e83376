package dyad.core;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

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
    return fixedSum(x).divide(count(x));
  }

  /** The sum of {@code x} (magnitude at most 1), whatever the order Spark adds the rows in. */
  public static Column exactSum(Column x) {
    return fixedSum(x);
  }

  /** The sum of {@code x} taken as a sum of longs (multiples of 1e-12), so it is exact whatever the order. */
  private static Column fixedSum(Column x) {
    return sum(round(x.multiply(SCALE)).cast("long")).divide(SCALE);
  }

  /**
   * The sample standard deviation of {@code x} (magnitude at most 1) from fixed-point sums of x and
   * x², for the same reason as {@link #mean}; null below two values, as stddev_samp.
   */
  public static Column stddevSamp(Column x) {
    Column n = count(x);
    Column s1 = fixedSum(x);
    Column s2 = fixedSum(x.multiply(x));
    Column variance = s2.minus(s1.multiply(s1).divide(n)).divide(n.minus(1));
    // Rounding can leave a tiny negative variance for equal values.
    return when(n.geq(2), sqrt(greatest(variance, lit(0.0))));
  }

}
