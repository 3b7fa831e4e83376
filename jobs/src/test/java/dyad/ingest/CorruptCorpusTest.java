package dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.SparkTestBase;
import dyad.TestPaths;
import dyad.bench.CorpusBuilder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input at scale: a corpus with 5% corrupt records (binary, invalid UTF-8, truncated JSON, empty
 * text, lines over ingest.maxRecordBytes) completes, and every record in is an article, a duplicate or
 * a reject with its reason.
 */
class CorruptCorpusTest extends SparkTestBase {
  @TempDir Path tmp;

  @Test
  void fivePercentCorruptRecordsAreRejectedAndEveryRecordIsCounted() throws Exception {
    Path corpus = tmp.resolve("corpus/articles.jsonl");
    int n = 600;
    int[] kinds = new CorpusBuilder().add(TestPaths.seeds()).write(corpus, n, 0.05, 7);
    int corrupt = java.util.Arrays.stream(kinds).sum();
    assertEquals(30, corrupt, "5% of 600");
    for (int k : kinds) assertTrue(k > 0, "every kind of corruption is in the corpus");

    Path out = tmp.resolve("out");
    assertEquals(0, dyad("ingest", "--input", corpus.getParent().toString(), "--output", out.toString()));
    JsonNode counts = new ObjectMapper().readTree(out.resolve("_manifest.json").toFile()).get("counts");
    long articles = counts.get("articles").asLong(), duplicates = counts.get("duplicates").asLong();
    long rejects = counts.get("rejects").asLong();
    assertEquals(n, counts.get("records").asLong());
    assertEquals(n, articles + duplicates + rejects, "articles + duplicates + rejects = records in");
    assertEquals(articles + duplicates, duckLong("SELECT count(*) FROM " + table(out, "articles")));
    assertEquals(rejects, duckLong("SELECT count(*) FROM " + table(out, "rejects")));

    // Each corrupt record is a reject under the reason for its kind, at its own line.
    JsonNode byReason = counts.get("rejects_by_reason");
    int binary = kinds[0], badUtf8 = kinds[1], truncated = kinds[2], empty = kinds[3], huge = kinds[4];
    // Random bytes are rarely valid UTF-8, so binary lines are mostly rejected as invalid_utf8.
    assertEquals(binary + badUtf8, byReason.path("binary").asLong() + byReason.path("invalid_utf8").asLong(), byReason.toString());
    assertEquals(truncated, byReason.path("malformed_json").asLong(), byReason.toString());
    assertEquals(huge, byReason.path("too_large").asLong(), byReason.toString());
    assertTrue(byReason.path("missing_text").asLong() + byReason.path("empty").asLong() >= empty, byReason.toString());
    assertTrue(rejects >= corrupt, "at least the corrupt records are rejected");
    assertEquals(binary + badUtf8 + truncated + empty + huge, duckLong("SELECT count(*) FROM " + table(out, "rejects")
        + " WHERE reason IN ('binary', 'invalid_utf8', 'malformed_json', 'too_large', 'missing_text', 'empty')"));
  }
}
