package dyad.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.core.Confidence;
import dyad.SeedRun;
import dyad.SparkTestBase;
import dyad.TestPaths;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `dyad run` writes tone and directed sentiment; `dyad eval sentiment` scores against human labels. */
class SentimentStageIntegrationTest extends SparkTestBase {
  @TempDir Path tmp;

  @Test
  void seedsLavrovOnBrusselsIsNegativeAndChinaRussiaPositive() {
    Path out = SeedRun.output();
    String records = table(out, "sentence_sentiment");
    List<List<Object>> lavrov = duck("SELECT source_actor, source_state, polarity, cue FROM " + records
        + " WHERE target_actor = 'EU' AND text LIKE '%destroyed by unilateral decisions from Brussels%'");
    assertEquals(List.of(List.of("sergey-lavrov", "RUS", -1, "said")), lavrov);

    String pairs = table(out, "pair_sentiment");
    for (String[] p : new String[][] {{"CHN", "RUS"}, {"RUS", "CHN"}}) {
      List<Object> r = duck("SELECT records, mean_score, ci_low FROM " + pairs + " WHERE level = 'state' AND period = 'all' "
          + "AND source_actor = '" + p[0] + "' AND target_actor = '" + p[1] + "'").get(0);
      assertTrue((long) r.get(0) >= 5, p[0] + "->" + p[1] + " records " + r.get(0));
      assertTrue((double) r.get(1) > 0.1, p[0] + "->" + p[1] + " mean " + r.get(1));
    }
    // Every record counts once per level and period.
    assertEquals(duckLong("SELECT count(*) FROM " + records),
        duckLong("SELECT sum(records) FROM " + pairs + " WHERE level = 'actor' AND period = 'all'"));
    assertEquals(0, duckLong("SELECT count(*) FROM " + pairs + " WHERE level = 'state' AND source_actor = target_actor"));
    assertEquals(5, duckLong("SELECT count(*) FROM " + table(out, "article_tone")));
    assertEquals(0, duckLong("SELECT count(*) FROM " + table(out, "article_tone") + " WHERE abs(tone - (positive - negative)) > 1e-9"));
  }

  @Test
  void readmeQueryOfPairSentimentRunsAsWritten() {
    List<String> queries = readmeQueries("pair_sentiment", SeedRun.output());
    assertEquals(1, queries.size());
    List<List<Object>> rows = duck(queries.get(0));
    assertTrue(rows.stream().anyMatch(r -> r.get(1).equals("EU")), "Russia on the EU: " + rows);
  }

  @Test
  void confidenceIntervalsAgreeWithAHandComputation() {
    Path out = SeedRun.output();
    // mean ± t(0.975, n-1) sd / √n, recomputed from the records by DuckDB for every pair with 2+ records.
    List<List<Object>> rows = duck("SELECT p.records, p.mean_score, p.ci_low, p.ci_high, s.sd FROM "
        + table(out, "pair_sentiment") + " p JOIN (SELECT source_actor, target_actor, stddev_samp(score) sd, count(*) n FROM "
        + table(out, "sentence_sentiment") + " GROUP BY ALL) s ON p.source_actor IS NOT DISTINCT FROM s.source_actor "
        + "AND p.target_actor = s.target_actor WHERE p.level = 'actor' AND p.period = 'all' AND p.records >= 2");
    assertTrue(rows.size() > 20, "pairs with 2+ records: " + rows.size());
    for (List<Object> r : rows) {
      long n = (long) r.get(0);
      double half = Confidence.t975(n - 1) * (double) r.get(4) / Math.sqrt(n);
      assertEquals(Math.max(-1, (double) r.get(1) - half), (double) r.get(2), 1e-9, r.toString());
      assertEquals(Math.min(1, (double) r.get(1) + half), (double) r.get(3), 1e-9, r.toString());
    }
    // Two or three records give half-widths above 1: those intervals are clipped to the scores' range.
    assertTrue(rows.stream().anyMatch(r -> (double) r.get(2) == -1 || (double) r.get(3) == 1), "some intervals clipped");
    assertEquals(0, duckLong("SELECT count(*) FROM " + table(out, "pair_sentiment") + " WHERE ci_low < -1 OR ci_high > 1 "
        + "OR ci_low > mean_score OR ci_high < mean_score"));
    assertEquals(0, duckLong("SELECT count(*) FROM " + table(out, "pair_sentiment") + " WHERE records = 1 AND ci_low IS NOT NULL"));
  }

  @Test
  void theStageAloneOnARunsOutputGivesTheSameRows() {
    Path again = tmp.resolve("again");
    assertEquals(0, dyad("sentiment", "--input", SeedRun.output().toString(), "--output", again.toString()));
    for (String t : List.of("article_tone", "sentence_sentiment", "pair_sentiment")) {
      assertEquals(0, rowsDiffering(SeedRun.output(), again, t), t + ": same input, same rows");
    }
  }

  /**
   * A run made before articles stored their sentences: the sentence index its mentions refer to is
   * unknown, so the stage refuses it, saying why, rather than split the sentences again.
   */
  @Test
  void anOlderRunWithoutStoredSentencesIsRefused() throws IOException {
    Path old = tmp.resolve("old");
    Files.createDirectories(old);
    Files.copy(SeedRun.output().resolve("_manifest.json"), old.resolve("_manifest.json"));
    spark.read().parquet(SeedRun.output().resolve("articles").toString()).drop("sentences")
        .write().parquet(old.resolve("articles").toString());
    spark.read().parquet(SeedRun.output().resolve("mentions").toString()).write().parquet(old.resolve("mentions").toString());
    PrintStream err = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buf, true));
    try {
      assertEquals(2, dyad("sentiment", "--input", old.toString(), "--output", tmp.resolve("again").toString()));
    } finally {
      System.setErr(err);
    }
    assertTrue(buf.toString().contains("no sentences column"), buf.toString());
  }

  @Test
  void evalSentimentPrintsMacroF1AsItsLastLine() throws IOException {
    Path f = tmp.resolve("labelled.jsonl");
    Files.writeString(f, String.join("\n",
        "{\"sentence_normalized\": \"Critics condemned Smith for the disastrous decision.\", \"targets\": [{\"from\": 18, \"to\": 23, \"mention\": \"Smith\", \"polarity\": 2.0}]}",
        "{\"sentence_normalized\": \"Jones praised the brilliant work of the team.\", \"targets\": [{\"from\": 0, \"to\": 5, \"mention\": \"Jones\", \"polarity\": 6.0}]}",
        "{\"sentence_normalized\": \"Brown will travel to Ohio on Tuesday.\", \"targets\": [{\"from\": 0, \"to\": 5, \"mention\": \"Brown\", \"polarity\": 4.0}]}"));
    List<String> lines = eval(f);
    assertEquals("macro_f1=1.000 accuracy=1.000 n=3", lines.get(lines.size() - 1));

    Path dev = TestPaths.shared().resolve("eval/newsmtsc/devtest_mt.jsonl");
    Assumptions.assumeTrue(Files.isRegularFile(dev), "NewsMTSC development split in ../shared");
    String last = eval(dev).get(eval(dev).size() - 1);
    assertTrue(last.matches("macro_f1=0\\.\\d{3} accuracy=0\\.\\d{3} n=1476"), last);
    double f1 = Double.parseDouble(last.substring(9, 14));
    assertTrue(f1 >= 0.50, "no worse than whole-sentence VADER: " + last);
  }

  private static List<String> eval(Path f) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true));
    try {
      assertEquals(0, dyad("eval", "sentiment", "--input", f.toString()));
    } finally {
      System.setOut(old);
    }
    return buf.toString().lines().toList();
  }
}
