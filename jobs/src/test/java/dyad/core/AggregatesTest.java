package dyad.core;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.SparkTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;

/** Fixed-point aggregates: Spark's own results to 1e-9, and the same bits however the rows are partitioned. */
class AggregatesTest extends SparkTestBase {
  private static Dataset<Row> values(int partitions) {
    Random r = new Random(7);
    List<Double> xs = new ArrayList<>();
    for (int i = 0; i < 5000; i++) xs.add(r.nextDouble() * 2 - 1);
    return spark.createDataset(xs, Encoders.DOUBLE()).toDF("x").repartition(partitions);
  }

  private static Row agg(Dataset<Row> df) {
    return df.agg(Aggregates.mean(col("x")), Aggregates.stddevSamp(col("x")), functions.avg("x"), functions.stddev_samp("x")).first();
  }

  @Test
  void agreeWithSparkAndNotWithPartitioning() {
    Row one = agg(values(1));
    Row many = agg(values(7));
    assertEquals(one.getDouble(2), one.getDouble(0), 1e-9);
    assertEquals(one.getDouble(3), one.getDouble(1), 1e-9);
    assertTrue(one.getDouble(0) == many.getDouble(0) && one.getDouble(1) == many.getDouble(1),
        "bit for bit the same over 1 and 7 partitions");
  }

  @Test
  void stddevNeedsTwoValuesAndIsZeroForEqualOnes() {
    Row single = spark.createDataset(List.of(0.3), Encoders.DOUBLE()).toDF("x").agg(Aggregates.stddevSamp(col("x"))).first();
    assertNull(single.get(0));
    Row same = spark.createDataset(List.of(0.1, 0.1, 0.1), Encoders.DOUBLE()).toDF("x").agg(Aggregates.stddevSamp(col("x"))).first();
    assertEquals(0.0, same.getDouble(0), 1e-12);
  }
}
