package dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.SparkTestBase;
import dyad.TestPaths;
import dyad.schema.Tables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyad run --append}: the first half of a dated corpus (Reuters, February 1987), then the
 * second (March, with a syndicated copy of a February story), gives the rows of one run over both,
 * on either table format; a killed append leaves the previous batch readable and is repaired by the
 * next; a batch with other per-article settings, or a file added twice, is refused or rejected.
 */
class AppendTest extends SparkTestBase {
  @TempDir static Path tmp;
  private static Path first;
  private static Path second;
  private static Path both;
  private static Path full;
  /** Topics of a given k and fewer EM iterations: the same mechanism, a third of the time. */
  private static String cfg;

  /** Feb and March stories of Reuters part a, in files of their own; and one run over both. */
  @BeforeAll
  static void corpusAndOneRun() throws Exception {
    Path reuters = TestPaths.shared().resolve("corpus/reuters/reuters21578-part-a.jsonl");
    List<String> feb = new ArrayList<>();
    List<String> mar = new ArrayList<>();
    try (Stream<String> lines = Files.lines(reuters)) {
      for (String l : (Iterable<String>) lines::iterator) {
        if (l.contains("\"date\": \"1987-02-") && feb.size() < 70) feb.add(l);
        else if (l.contains("\"date\": \"1987-03-") && mar.size() < 50) mar.add(l);
      }
    }
    // A later copy of a February story under an id of its own: a duplicate of the article in the output.
    String story = feb.stream().max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
    String copy = story.replaceFirst("\"id\": \"[^\"]+\"", "\"id\": \"syndicated-copy\"")
        .replaceFirst("\"date\": \"1987-02-\\d\\d\"", "\"date\": \"1987-03-02\"");
    mar.add(copy);
    first = Files.createDirectories(tmp.resolve("in-first"));
    second = Files.createDirectories(tmp.resolve("in-second"));
    both = Files.createDirectories(tmp.resolve("in-both"));
    Files.write(first.resolve("reuters-1987-02.jsonl"), feb);
    Files.write(both.resolve("reuters-1987-02.jsonl"), feb);
    Files.write(second.resolve("reuters-1987-03.jsonl"), mar);
    Files.write(both.resolve("reuters-1987-03.jsonl"), mar);
    cfg = Files.writeString(tmp.resolve("dyad.json"), "{\"topics\": {\"k\": 4, \"iterations\": 30}}").toString();
    full = tmp.resolve("full");
    assertEquals(0, dyad("run", "--input", both.toString(), "--output", full.toString(), "-c", cfg));
  }

  @Test
  void appendingTheSecondHalfGivesTheRowsOfOneRunOverBothOnParquet() throws Exception {
    Path out = tmp.resolve("parquet");
    assertEquals(0, dyad("run", "--input", first.toString(), "--output", out.toString(), "-c", cfg));
    Map<String, String> before = contentHashes(out);
    assertEquals(0, dyad("run", "--input", second.toString(), "--output", out.toString(), "--append", "--refit-topics", "-c", cfg));
    // Refitted on the whole corpus, even the topic tables are those of the one run.
    assertSameRows(out, full, List.of());

    JsonNode m = manifest(out);
    assertEquals("parquet", m.at("/table_format").asText());
    assertEquals(2, m.at("/batches").size());
    assertEquals("fitted", m.at("/batches/0/topics").asText());
    assertEquals("refitted", m.at("/batches/1/topics").asText());
    assertEquals(m.at("/batches/0/counts/records").asLong() + m.at("/batches/1/counts/records").asLong(), m.at("/counts/records").asLong());
    assertEquals(manifest(full).at("/counts/articles").asLong(), m.at("/counts/articles").asLong());
    assertEquals(64, m.at("/batches/1/input/fingerprint").asText().length());
    assertTrue(!before.get("articles").equals(contentHashes(out).get("articles")), "the articles table grew");

    // The syndicated copy is a duplicate of the February article already in the output.
    List<List<Object>> copy = duck("SELECT a.duplicate_kind, o.date FROM " + table(out, "articles") + " a JOIN "
        + table(out, "articles") + " o ON a.duplicate_of = o.article_id WHERE a.source LIKE '%#syndicated-copy'");
    assertEquals(1, copy.size());
    assertEquals("exact", copy.get(0).get(0));
    assertTrue(String.valueOf(copy.get(0).get(1)).startsWith("1987-02"), "kept: the older story");
  }

  @Test
  void appendingOnDeltaCommitsEachTableOnceAndKeepsTheFirstBatchByTimeTravel() throws Exception {
    Path out = tmp.resolve("delta");
    assertEquals(0, dyad("run", "--input", first.toString(), "--output", out.toString(), "--table-format", "delta", "-c", cfg));
    long firstArticles = duckLong("SELECT count(*) FROM " + table(out, "articles"));
    assertEquals(0, dyad("run", "--input", second.toString(), "--output", out.toString(), "--append", "-c", cfg));
    // The model of the first batch is reapplied: every table but the topic tables is the one run's.
    assertSameRows(out, full, List.of("topics", "article_topics", "pair_topics", "topic_trends", "topic_quality"));

    JsonNode m = manifest(out);
    assertEquals("delta", m.at("/table_format").asText());
    assertEquals("reapplied", m.at("/batches/1/topics").asText());
    for (String t : List.of("articles", "mentions", "comention_edges", "pair_sentiment", "article_topics")) {
      assertEquals(1, m.at("/tables/" + t + "/version").asLong(), t + ": one commit per batch");
    }
    // Version 0 is the first batch, as it was; the reapplied model left its article_topics as they were.
    assertEquals(firstArticles, spark.read().format("delta").option("versionAsOf", 0).load(out.resolve("articles").toString()).count());
    var topicsBefore = spark.read().format("delta").option("versionAsOf", 0).load(out.resolve("article_topics").toString());
    var topicsNow = spark.read().format("delta").load(out.resolve("article_topics").toString());
    assertTrue(topicsBefore.count() > 0);
    assertEquals(0, topicsBefore.exceptAll(topicsNow).count(), "the first batch's article_topics are unchanged");

    // The readers go by the manifest: the notebooks' DuckDB views, and the report through Spark.
    try (java.sql.Connection c = dyad.output.SqlViews.open(out.toString(), TestPaths.repoRoot().resolve("notebooks/views.sql").toString())) {
      assertEquals(m.at("/tables/articles/rows").asLong(), ((Number) dyad.output.SqlViews.rows(c, "SELECT count(*) FROM articles").get(0).get(0)).longValue());
      assertEquals(m.at("/tables/comention_edges/rows").asLong(),
          ((Number) dyad.output.SqlViews.rows(c, "SELECT count(*) FROM comention_edges").get(0).get(0)).longValue());
    }
    assertEquals(0, dyad("report", "--input", out.toString(), "--output", tmp.resolve("delta-report").toString()));
    assertTrue(Files.readString(tmp.resolve("delta-report/index.html")).contains("USA"), "the report names the pairs");
  }

  @Test
  void aKilledAppendLeavesThePreviousBatchReadableAndTheNextAppendRepairsIt() throws Exception {
    for (String format : List.of("parquet", "delta")) {
      Path out = tmp.resolve("killed-" + format);
      assertEquals(0, dyad("run", "--input", first.toString(), "--output", out.toString(), "--skip", "topics",
          "--table-format", format, "-c", cfg));
      byte[] manifest = Files.readAllBytes(out.resolve("_manifest.json"));
      Map<String, String> before = contentHashes(out);

      List<String> cmd = dyad.DyadProcess.command(List.of(), "run", "--input", second.toString(), "--output", out.toString(),
          "--skip", "topics", "--append", "-c", cfg);
      // Articles and rejects are written (on Delta: committed); the append is mid-write.
      boolean killed = dyad.DyadProcess.killAt(cmd, "write: mentions");
      assertTrue(killed, format + ": the append reached its writes before it was killed");

      assertTrue(java.util.Arrays.equals(manifest, Files.readAllBytes(out.resolve("_manifest.json"))), format + ": the manifest");
      assertEquals(before, contentHashes(out), format + ": every table as the first batch left it");
      if (format.equals("delta")) {
        long latest = io.delta.tables.DeltaTable.forPath(spark, out.resolve("articles").toString()).history(1)
            .select("version").first().getLong(0);
        assertEquals(1, latest, "the killed append had committed its articles past the manifest's version");
      }

      assertEquals(0, dyad("run", "--input", second.toString(), "--output", out.toString(), "--skip", "topics", "--append", "-c", cfg));
      assertSameRows(out, full, List.of("topics", "article_topics", "pair_topics", "topic_trends", "topic_quality"));
    }
  }

  @Test
  void aFileAddedTwiceIsRejectedRecordByRecordAndOtherPerArticleSettingsAreRefused() throws Exception {
    Path out = tmp.resolve("twice");
    assertEquals(0, dyad("run", "--input", first.toString(), "--output", out.toString(), "--skip", "topics", "-c", cfg));
    JsonNode one = manifest(out);
    Map<String, String> before = contentHashes(out);
    assertEquals(0, dyad("run", "--input", first.toString(), "--output", out.toString(), "--skip", "topics", "--append", "-c", cfg));
    JsonNode two = manifest(out);
    long kept = one.at("/counts/articles").asLong() + one.at("/counts/duplicates").asLong();
    assertEquals(kept, two.at("/batches/1/counts/rejects_by_reason/duplicate_id").asLong(), "each article of the file again");
    assertEquals(0, two.at("/batches/1/counts/articles").asLong());
    assertEquals(one.at("/tables/articles/rows").asLong(), duckLong("SELECT count(*) FROM " + table(out, "articles")));
    assertEquals(2 * one.at("/counts/records").asLong(), two.at("/counts/records").asLong());
    assertEquals(kept, duckLong("SELECT count(*) FROM " + table(out, "rejects")
        + " WHERE reason = 'duplicate_id' AND detail LIKE '%is in the output already (batch 1)'"));
    Map<String, String> after = contentHashes(out);
    for (String t : List.of("articles", "mentions", "actors", "comention_edges", "actor_metrics", "pair_sentiment")) {
      assertEquals(before.get(t), after.get(t), t + ": no article was added");
    }

    // Other cleaning settings would not analyse the batch as the output's articles were: refused, naming the key.
    Path other = Files.writeString(tmp.resolve("other.json"), "{\"ingest\": {\"minWords\": 3}}");
    java.io.StringWriter err = new java.io.StringWriter();
    var cl = Main.commandLine();
    cl.setErr(new java.io.PrintWriter(err));
    assertEquals(2, cl.execute("run", "--input", second.toString(), "--output", out.toString(), "--skip", "topics",
        "--append", "-c", other.toString()));
    assertTrue(err.toString().contains("[ingest.minWords] differ"), err.toString());
    // Settings that only shape the recomputed tables may change.
    Path periods = Files.writeString(tmp.resolve("periods.json"), "{\"network\": {\"periods\": [\"year\", \"all\"]}}");
    assertEquals(0, dyad("run", "--input", second.toString(), "--output", out.toString(), "--skip", "topics",
        "--append", "-c", periods.toString()));
    assertEquals(0, duckLong("SELECT count(*) FROM " + table(out, "comention_edges") + " WHERE period NOT IN ('1987', 'all')"));
    assertEquals(2, dyad("run", "--input", second.toString(), "--output", out.toString(), "--append", "--overwrite", "-c", cfg));
    assertEquals(2, dyad("run", "--input", second.toString(), "--output", tmp.resolve("nothing-here").toString(), "--append", "-c", cfg));
    assertEquals(2, dyad("run", "--input", second.toString(), "--output", out.toString(), "--append", "-c", cfg),
        "the output was made without topics");
  }

  /** Every table and file of {@code a} holds the rows of {@code b}'s, but for {@code except}. */
  private static void assertSameRows(Path a, Path b, List<String> except) throws Exception {
    for (String t : Tables.ALL.keySet()) {
      if (except.contains(t) || !Files.isDirectory(b.resolve(t))) continue;
      assertEquals(0, rowsDiffering(a, b, t), t + ": rows on one side only");
    }
    assertEquals(-1, Files.mismatch(a.resolve("network.graphml"), b.resolve("network.graphml")), "network.graphml");
  }

  private static JsonNode manifest(Path out) throws Exception {
    return new ObjectMapper().readTree(out.resolve("_manifest.json").toFile());
  }
}
