package dyad.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class EdgeStatsTest {
  private static Row in(String article, long units, long paras, long sentences, String source, String date, boolean self) {
    return RowFactory.create(article, units, paras, sentences, source, date == null ? null : Date.valueOf(date), self);
  }

  private static List<Object> out(Row r) {
    return List.of(r.getLong(0), r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), String.valueOf(r.get(5)),
        String.valueOf(r.get(6)), r.getBoolean(7), scala.jdk.javaapi.CollectionConverters.asJava(r.<String>getSeq(8)));
  }

  @Test
  void countsDistinctSourcesDatesAndRanksExamplesByUnitsThenId() {
    EdgeStats agg = new EdgeStats(2);
    EdgeStats.Buf b = agg.zero();
    b = agg.reduce(b, in("a3", 1, 1, 1, "reuters", "2021-03-01", false));
    b = agg.reduce(b, in("a1", 2, 1, 2, "reuters", null, false));
    b = agg.reduce(b, in("a2", 2, 2, 3, "tass", "2021-01-15", false));
    b = agg.reduce(b, in("a0", 1, 0, 0, null, "2022-06-30", true));
    assertEquals(List.of(4L, 4L, 6L, 6L, 2L, "2021-01-15", "2022-06-30", true, List.of("a1", "a2")), out(agg.finish(b)));
  }

  @Test
  void partialResultsMergeToTheSameAnswerInEitherOrder() {
    EdgeStats agg = new EdgeStats(3);
    Row[] rows = {in("x9", 5, 1, 5, "p", "2020-01-01", false), in("x1", 1, 1, 1, "q", null, false),
        in("x5", 5, 2, 5, "p", "2019-12-31", false), in("x2", 3, 1, 3, "r", "2020-02-02", false)};
    EdgeStats.Buf left = agg.reduce(agg.reduce(agg.zero(), rows[0]), rows[1]);
    EdgeStats.Buf right = agg.reduce(agg.reduce(agg.zero(), rows[2]), rows[3]);
    EdgeStats.Buf left2 = agg.reduce(agg.reduce(agg.zero(), rows[0]), rows[1]);
    EdgeStats.Buf right2 = agg.reduce(agg.reduce(agg.zero(), rows[2]), rows[3]);
    List<Object> expected = List.of(4L, 5L, 14L, 14L, 3L, "2019-12-31", "2020-02-02", false, List.of("x5", "x9", "x2"));
    assertEquals(expected, out(agg.finish(agg.merge(left, right))));
    assertEquals(expected, out(agg.finish(agg.merge(right2, left2))));
  }

  @Test
  void anAllUndatedEdgeHasNoDates() {
    EdgeStats agg = new EdgeStats(3);
    Row r = agg.finish(agg.merge(agg.zero(), agg.reduce(agg.zero(), in("u", 1, 1, 1, "s", null, false))));
    assertEquals(List.of(1L, 1L, 1L, 1L, 1L, "null", "null", false, List.of("u")), out(r));
  }
}
