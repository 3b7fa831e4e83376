package dyad.network;

import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;

/**
 * Pointwise mutual information of a pair against chance: with n units (sentences, paragraphs or
 * articles that name any actor), a pair in nAB of them and its members in nA and nB,
 * pmi = ln(p(a,b) / (p(a) p(b))) = ln(nAB n / (nA nB)) and npmi = pmi / -ln(p(a,b)), which is 1 for
 * a pair never named apart, 0 for independence and below 0 for a pair named together less than
 * chance predicts. A pair in every unit has npmi 1 by convention. In floating point the quotient of
 * a pair never named apart can come out a bit above 1 (1.0000000000000002), so npmi is clamped to
 * its range: a dashboard's {@code npmi <= 1} keeps every row.
 */
public final class Pmi {
  private Pmi() {}

  public static double pmi(long nAB, long nA, long nB, long n) {
    return Math.log((double) nAB * n / ((double) nA * nB));
  }

  public static double npmi(long nAB, long nA, long nB, long n) {
    if (nAB == n) return 1.0;
    return Math.max(-1.0, Math.min(1.0, pmi(nAB, nA, nB, n) / -Math.log((double) nAB / n)));
  }

  /** The same formulas as Spark columns, so the stage computes them without a UDF. */
  public static Column pmi(Column nAB, Column nA, Column nB, Column n) {
    return log(nAB.cast("double").multiply(n).divide(nA.cast("double").multiply(nB)));
  }

  public static Column npmi(Column nAB, Column nA, Column nB, Column n) {
    Column raw = pmi(nAB, nA, nB, n).divide(log(nAB.cast("double").divide(n)).multiply(-1));
    return when(nAB.equalTo(n), lit(1.0)).otherwise(least(lit(1.0), greatest(lit(-1.0), raw)));
  }
}
