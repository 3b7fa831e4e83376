package dyad.output;

import dyad.schema.Tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.SeedRun;
import dyad.SparkTestBase;
import dyad.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** notebooks/views.sql through DuckDB JDBC on the seed run, and docs/bi.md's Spark SQL through Spark. */
class ViewsTest extends SparkTestBase {
  private static Path out;
  private static Connection db;

  @BeforeAll
  static void open() throws Exception {
    out = SeedRun.output();
    db = SqlViews.open(out.toString(), TestPaths.repoRoot().resolve("notebooks/views.sql").toString());
  }

  @AfterAll
  static void close() throws Exception {
    db.close();
  }

  private static List<List<Object>> q(String sql) throws Exception {
    return SqlViews.rows(db, sql);
  }

  private static long n(String sql) throws Exception {
    return ((Number) q(sql).get(0).get(0)).longValue();
  }

  @Test
  void everyViewAnswers() throws Exception {
    String sql = Files.readString(TestPaths.repoRoot().resolve("notebooks/views.sql"));
    Matcher m = Pattern.compile("CREATE OR REPLACE VIEW (\\w+)").matcher(sql);
    int views = 0;
    while (m.find()) {
      views++;
      String v = m.group(1);
      if (v.equals("rejects")) continue; // the seeds have none
      assertTrue(n("SELECT count(*) FROM " + v) > 0, "view " + v + " has rows on the seed run");
    }
    assertEquals(Tables.ALL.size() + 7, views, "a view per table and the seven BI views");
  }

  @Test
  void topPairsRankTheEdgesOfEachPeriod() throws Exception {
    long periods = n("SELECT count(DISTINCT period) FROM comention_edges WHERE level = 'state' AND scope = 'article'");
    assertEquals(periods, n("SELECT count(*) FROM top_pairs WHERE level = 'state' AND rank = 1"));
    long max = n("SELECT max(articles) FROM comention_edges WHERE level = 'state' AND scope = 'article' AND period = 'all' AND NOT self_pair");
    List<Object> first = q("SELECT articles, name_a, name_b FROM top_pairs WHERE level = 'state' AND period = 'all' AND rank = 1").get(0);
    assertEquals(max, ((Number) first.get(0)).longValue());
    assertFalse(first.get(1) == null || first.get(2) == null, "names from actors");
  }

  @Test
  void timelinesAndPooledViewKeepEveryRecord() throws Exception {
    assertEquals(n("SELECT count(*) FROM pair_sentiment WHERE source_actor IS NOT NULL AND period <> 'all'"),
        n("SELECT count(*) FROM sentiment_timeline"));
    assertEquals(n("SELECT sum(records) FROM pair_sentiment WHERE source_actor IS NOT NULL"),
        n("SELECT sum(records) FROM pair_sentiment_undirected"));
    assertEquals(n("SELECT count(*) FROM sentence_sentiment WHERE source_actor IS NOT NULL"),
        n("SELECT count(*) FROM sentiment_sentences"));
    assertTrue(n("SELECT count(*) FROM sentiment_timeline WHERE ci_low > mean_score OR ci_high < mean_score") == 0);
  }

  @Test
  void topicViewsCarryLabelsAndRanks() throws Exception {
    assertEquals(0, n("SELECT count(*) FROM pair_top_topics WHERE rank > 3 OR label IS NULL"));
    // Within a period the labelled shares still sum to 1.
    assertEquals(0, n("SELECT count(*) FROM (SELECT period, sum(share) s FROM topic_trends_labelled GROUP BY period) WHERE abs(s - 1) > 1e-6"));
  }

  @Test
  void biGuideSparkSqlRuns() throws Exception {
    String doc = Files.readString(TestPaths.repoRoot().resolve("docs/bi.md"));
    Matcher m = Pattern.compile("```sql spark\n(.*?)```", Pattern.DOTALL).matcher(doc);
    int statements = 0;
    while (m.find()) {
      for (String s : m.group(1).split(";\\s*\n")) {
        if (s.isBlank()) continue;
        String stmt = s.replace("'out/", "'" + out + "/").strip();
        var df = spark.sql(stmt);
        if (stmt.toUpperCase().startsWith("SELECT")) assertTrue(df.count() > 0, stmt);
        statements++;
      }
    }
    assertTrue(statements >= 3, "docs/bi.md has Spark SQL to run");
  }
}
