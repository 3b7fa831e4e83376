package dyad.core;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/**
 * The 95% confidence interval of a mean: mean ± t(0.975, n-1) · sd / √n, with Student's t, so that
 * a pair seen in three sentences gets the wide interval it deserves. Null below two records.
 */
public final class Confidence {
  private Confidence() {}

  /** t(0.975, df) for df 1..30 (standard tables); beyond, the Cornish-Fisher expansion around z. */
  private static final double[] T975 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
      2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060,
      2.056, 2.052, 2.048, 2.045, 2.042};
  private static final double Z = 1.959964;

  public static double t975(long df) {
    if (df < 1) return Double.NaN;
    if (df <= 30) return T975[(int) df - 1];
    double z3 = Z * Z * Z;
    double z5 = z3 * Z * Z;
    return Z + (z3 + Z) / (4.0 * df) + (5 * z5 + 16 * z3 + 3 * Z) / (96.0 * df * df);
  }

  /** Half the interval's width; NaN below two records. */
  public static double halfWidth(long n, double sd) {
    return n < 2 ? Double.NaN : t975(n - 1) * sd / Math.sqrt(n);
  }

  /** {@link #halfWidth} as a Spark column (null below two records). */
  public static Column halfWidth(Column n, Column sd) {
    Column df = n.minus(1).cast("double");
    Column z3 = lit(Z * Z * Z);
    Column approx = lit(Z).plus(z3.plus(Z).divide(df.multiply(4)))
        .plus(lit(5 * Math.pow(Z, 5) + 16 * Math.pow(Z, 3) + 3 * Z).divide(df.multiply(df).multiply(96)));
    Column t = approx;
    for (int d = 30; d >= 1; d--) t = when(n.minus(1).equalTo(d), lit(T975[d - 1])).otherwise(t);
    return when(n.geq(2), t.multiply(sd).divide(org.apache.spark.sql.functions.sqrt(n.cast("double"))));
  }
}
