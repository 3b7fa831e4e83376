package dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `dyad run` in local mode on data/, read back by DuckDB as a dashboard would. */
class RunIntegrationTest extends SparkTestBase {
  @TempDir Path tmp;

  @Test
  void runOnTheReferenceCorpusWritesArticlesRejectsAndManifest() throws Exception {
    Path out = dyad.SeedRun.output();

    String articles = table(out, "articles");
    List<String> columns = duck("DESCRIBE SELECT * FROM " + articles).stream()
        .map(r -> (String) r.get(0)).collect(Collectors.toList());
    assertEquals(List.of(Tables.ARTICLES.schema().fieldNames()), columns);
    assertTrue(columns.containsAll(List.of("article_id", "source", "date", "period", "title", "text", "paragraphs",
        "words", "duplicate_of", "date_source")));
    assertEquals(5, duckLong("SELECT count(*) FROM " + articles));
    assertEquals(5, duckLong("SELECT count(DISTINCT article_id) FROM " + articles));
    assertEquals(0, duckLong("SELECT count(*) FROM " + articles + " WHERE duplicate_of IS NOT NULL"));
    assertEquals(0, duckLong("SELECT count(*) FROM " + table(out, "rejects")));

    List<List<Object>> dated = duck("SELECT source, CAST(date AS VARCHAR), period, date_source FROM " + articles
        + " WHERE date IS NOT NULL ORDER BY source");
    assertEquals(List.of(
        List.of("seeds/000_b3f028fb606ec4d9.txt", "2021-04-19", "2021-04", "text_prefix"),
        List.of("seeds/001_764842f75cb87e49.txt", "2023-02-03", "2023-02", "text_footer")), dated);
    assertEquals(3, duckLong("SELECT count(*) FROM " + articles + " WHERE date IS NULL AND date_source = 'none' AND period IS NULL"));
    assertEquals(0, duckLong("SELECT count(*) FROM " + articles
        + " WHERE text ILIKE '%read more%' OR text ILIKE '%you may like%' OR text ILIKE '%trends 24h%' OR text ILIKE '%privacy%'"));
    assertEquals(0, duckLong("SELECT count(*) FROM " + articles
        + " WHERE text IS DISTINCT FROM array_to_string(paragraphs, chr(10) || chr(10))"), "text is the paragraphs joined");
    assertTrue(duckLong("SELECT min(len(paragraphs)) FROM " + articles) > 0);

    JsonNode m = new ObjectMapper().readTree(out.resolve("_manifest.json").toFile());
    assertEquals(5, m.at("/counts/records").asLong());
    assertEquals(5, m.at("/counts/articles").asLong());
    assertEquals(3, m.at("/counts/undated_articles").asLong());
    assertEquals(5, m.at("/tables/articles/rows").asLong());
    assertEquals(64, m.at("/input/fingerprint").asText().length());
    assertEquals(0.8, m.at("/config/ingest/dedup/threshold").asDouble());
    assertTrue(m.at("/seconds/ingest").asDouble() > 0);
    assertFalse(m.at("/dyad_version").asText().isEmpty());
  }

  @Test
  void sameInputSameRowsAndOutputIsReplacedOnlyWhenAsked() throws Exception {
    String input = TestPaths.repoRoot().resolve("data/corpus").toString();
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    assertEquals(0, dyad("ingest", "--input", input, "--output", a.toString()));
    assertEquals(0, dyad("ingest", "--input", input, "--output", b.toString()));
    String rowsA = "SELECT * FROM " + table(a, "articles") + " ORDER BY article_id";
    String rowsB = "SELECT * FROM " + table(b, "articles") + " ORDER BY article_id";
    assertEquals(duck(rowsA).toString(), duck(rowsB).toString());

    // An existing output is refused without --overwrite, and left as it was.
    List<Path> before = listing(a);
    assertEquals(2, dyad("ingest", "--input", input, "--output", a.toString()));
    assertEquals(before, listing(a));
    // A run that fails after it started writing leaves the previous output untouched too.
    Path empty = Files.createDirectories(tmp.resolve("empty-corpus"));
    assertEquals(2, dyad("ingest", "--input", empty.toString(), "--output", a.toString(), "--overwrite"));
    assertEquals(before, listing(a));
    assertEquals(List.of(), leftovers(tmp), "no staging directory is left behind");
    // With --overwrite the output is replaced.
    assertEquals(0, dyad("ingest", "--input", input, "--output", a.toString(), "--overwrite", "--to", "2022-12-31"));
    assertEquals(4, duckLong("SELECT count(*) FROM " + table(a, "articles")));
    assertEquals(1, duckLong("SELECT count(*) FROM " + table(a, "rejects") + " WHERE reason = 'outside_date_range'"));
  }

  @Test
  void usageErrorsAreClear() {
    assertEquals(2, dyad("run", "--output", tmp.resolve("x").toString()));
    assertEquals(2, dyad("run", "--input", tmp.resolve("missing").toString(), "--output", tmp.resolve("y").toString()));
    assertEquals(2, dyad("run", "--input", TestPaths.seeds().toString(), "--output", tmp.resolve("z").toString(), "--from", "April"));
    // Only the later stages can be left out: ingest and actors feed every other.
    assertEquals(2, dyad("run", "--input", TestPaths.seeds().toString(), "--output", tmp.resolve("z").toString(), "--skip", "actors"));
    assertNull(tmp.resolve("y").toFile().listFiles());
  }

  private static List<Path> listing(Path dir) throws Exception {
    try (var s = Files.walk(dir)) {
      List<Path> l = new ArrayList<>(s.map(p -> dir.relativize(p)).collect(Collectors.toList()));
      l.sort(null);
      return l;
    }
  }

  private static List<String> leftovers(Path dir) throws Exception {
    try (var s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.contains(".dyad-")).collect(Collectors.toList());
    }
  }
}
