package dyad.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** Each table has its typed row, property for column, and the two agree on every type. */
class RowsTest {
  private static final Map<Tables.Table, Class<?>> ROWS = new LinkedHashMap<>();

  static {
    ROWS.put(Tables.ARTICLES, Rows.ArticleRow.class);
    ROWS.put(Tables.REJECTS, Rows.RejectRow.class);
    ROWS.put(Tables.MENTIONS, Rows.MentionRow.class);
    ROWS.put(Tables.ACTORS, Rows.ActorRow.class);
    ROWS.put(Tables.COMENTION_EDGES, Rows.EdgeRow.class);
    ROWS.put(Tables.ACTOR_METRICS, Rows.MetricRow.class);
    ROWS.put(Tables.ARTICLE_TONE, Rows.ToneRow.class);
    ROWS.put(Tables.SENTENCE_SENTIMENT, Rows.SentenceRow.class);
    ROWS.put(Tables.PAIR_SENTIMENT, Rows.PairSentimentRow.class);
    ROWS.put(Tables.EVENTS, Rows.EventRow.class);
    ROWS.put(Tables.PAIR_EVENTS, Rows.PairEventRow.class);
    ROWS.put(Tables.TOPICS, Rows.TopicRow.class);
    ROWS.put(Tables.ARTICLE_TOPICS, Rows.ArticleTopicsRow.class);
    ROWS.put(Tables.PAIR_TOPICS, Rows.PairTopicRow.class);
    ROWS.put(Tables.TOPIC_TRENDS, Rows.TopicTrendRow.class);
    ROWS.put(Tables.TOPIC_QUALITY, Rows.TopicQualityRow.class);
  }

  /** What a bean may carry beyond its table's columns: the mention's display name, for the actors table. */
  private static final Map<String, Set<String>> EXTRAS = Map.of("mentions", Set.of("name"));

  @Test
  void everyTableHasARowWhosePropertiesAreItsColumns() {
    assertEquals(Tables.ALL.size(), ROWS.size(), "a typed row per table");
    ROWS.forEach((table, type) -> {
      StructType bean = Encoders.bean(type).schema();
      Set<String> properties = new TreeSet<>();
      for (StructField p : bean.fields()) properties.add(Rows.snake(p.name()));
      Set<String> columns = new TreeSet<>(Set.of(table.schema().fieldNames()));
      Set<String> extra = new TreeSet<>(properties);
      extra.removeAll(columns);
      assertEquals(EXTRAS.getOrDefault(table.name(), Set.of()), extra, table.name() + ": properties beyond its columns");
      assertTrue(properties.containsAll(columns), table.name() + ": a property per column, missing " + missing(columns, properties));
      for (StructField p : bean.fields()) {
        String column = Rows.snake(p.name());
        if (!columns.contains(column)) continue;
        assertTrue(sameShape(table.schema().apply(column).dataType(), p.dataType()),
            table.name() + "." + column + ": " + table.schema().apply(column).dataType() + " vs " + p.dataType());
      }
    });
  }

  private static Set<String> missing(Set<String> columns, Set<String> properties) {
    Set<String> m = new TreeSet<>(columns);
    m.removeAll(properties);
    return m;
  }

  /** Same types, nullability aside; structs field for field in order (a cast between structs goes by position). */
  private static boolean sameShape(DataType a, DataType b) {
    if (a instanceof ArrayType x && b instanceof ArrayType y) return sameShape(x.elementType(), y.elementType());
    if (a instanceof StructType x && b instanceof StructType y) {
      if (x.fields().length != y.fields().length) return false;
      for (int i = 0; i < x.fields().length; i++) {
        if (!x.fields()[i].name().equals(y.fields()[i].name()) || !sameShape(x.fields()[i].dataType(), y.fields()[i].dataType())) return false;
      }
      return true;
    }
    return a.equals(b);
  }

  @Test
  void propertiesNameTheirColumns() {
    assertEquals("article_id", Rows.snake("articleId"));
    assertEquals("a_units", Rows.snake("AUnits"));
    assertEquals("scope_units", Rows.snake("scopeUnits"));
    assertEquals("npmi", Rows.snake("npmi"));
    assertEquals("example_articles", Rows.snake("exampleArticles"));
  }
}
