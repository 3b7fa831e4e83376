package dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dyad.SparkTestBase;
import dyad.TestPaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of real articles mixed with every kind of bad input: each record must come out as an
 * article, a duplicate or a reject with the right reason, and none may be lost.
 */
class BadInputIntegrationTest extends SparkTestBase {
  @TempDir static Path tmp;
  static Path corpus;
  static Path out;
  static int recordsWritten;

  @BeforeAll
  static void buildCorpusAndRun() throws Exception {
    corpus = Files.createDirectories(tmp.resolve("corpus"));
    ObjectMapper json = new ObjectMapper();
    write("good/a.txt", TestPaths.seed("000"));
    write("good/b.txt", TestPaths.seed("003"));
    write("undated.txt", TestPaths.seed("004"));
    // An exact copy under another name, and a syndicated copy with its own header and one edit.
    write("copies/exact-copy-of-a.txt", TestPaths.seed("000"));
    write("copies/syndicated-b.txt", "Newsweek World Desk\n\n" + TestPaths.seed("003")
        .replace("China is looking to expand", "China is seeking to expand") + "\n\nCopyright 2021 Newsweek Digital LLC");
    write("empty.txt", "");
    write("blank.txt", "  \n\n \t \n");
    byte[] binary = new byte[4096];
    new Random(7).nextBytes(binary);
    binary[10] = 0;
    Files.write(corpus.resolve("image.jpg"), binary);
    Files.write(corpus.resolve("latin1.txt"), ("Le pr\u00e9sident a parl\u00e9 " + TestPaths.seed("004")).getBytes(StandardCharsets.ISO_8859_1));
    Files.write(corpus.resolve("broken.txt.gz"), "this is not gzip data".getBytes(StandardCharsets.UTF_8));
    write("french.txt", "Les ministres des affaires étrangères de la Chine et de la Russie ont déclaré lundi qu'ils "
        + "approfondiraient leur coopération face aux pressions des États-Unis et de leurs alliés dans la région. "
        + "Ils ont également discuté de la situation en Ukraine et du programme nucléaire iranien.");
    // 20 MB of real text in one file: more than ingest.maxRecordBytes.
    StringBuilder huge = new StringBuilder();
    String seed = TestPaths.seed("001");
    while (huge.length() < 20_000_000) huge.append(seed).append("\n\n");
    write("huge.txt", huge.toString());
    recordsWritten = 12;

    ObjectNode r1 = json.createObjectNode().put("id", "cnn-1").put("date", "2023-02-03").put("body", TestPaths.seed("001"));
    ObjectNode r2 = json.createObjectNode().put("id", "lt-2").put("headline", "China and Russia").put("content", TestPaths.seed("002"));
    ObjectNode r3 = json.createObjectNode().put("id", "nt-3").put("title", "No text here");
    ObjectNode r4 = json.createObjectNode().put("id", "cnn-1").put("text", TestPaths.seed("003"));
    write("feeds/feed.jsonl", r1 + "\n" + r2 + "\n{\"id\": \"broken\", \"text\": \"unterminated\n\n" + r3 + "\n" + r4 + "\n");
    recordsWritten += 5;

    write("feeds/feed.csv", "title,text,published\n"
        + "\"Kremlin, Beijing\",\"" + TestPaths.seed("002").replace("\"", "\"\"") + "\",2021-03-23\n"
        + "a row,with a missing column\n"
        + "Wire,\"" + TestPaths.seed("004").replace("\"", "\"\"").replace("Qin Gang", "Qin Gang (corrected)") + "\",July 14 2023\n");
    recordsWritten += 3;

    // Parquet: a good file written by Spark, and a corrupt one.
    StructType schema = new StructType().add("doc_id", DataTypes.StringType).add("text", DataTypes.StringType)
        .add("date", DataTypes.StringType);
    List<Row> rows = List.of(RowFactory.create("p1", TestPaths.seed("001").replace("Blinken", "Blinken,"), "2023-02-04"),
        RowFactory.create("p2", null, "2023-02-05"));
    spark.createDataFrame(rows, schema).coalesce(1).write().parquet(tmp.resolve("pq").toString());
    Path part = Files.list(tmp.resolve("pq")).filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow();
    Files.copy(part, Files.createDirectories(corpus.resolve("tables")).resolve("good.parquet"));
    write("tables/corrupt.parquet", "PAR1 not really parquet");
    recordsWritten += 3;

    out = tmp.resolve("out");
    assertEquals(0, dyad("run", "--input", corpus.toString(), "--output", out.toString()));
  }

  private static void write(String rel, String content) throws Exception {
    Path p = corpus.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }

  private static Map<String, String> rejects() {
    Map<String, String> m = new HashMap<>();
    for (List<Object> r : duck("SELECT source || coalesce(' ' || nullif(locator, ''), ''), reason FROM " + table(out, "rejects"))) {
      m.put((String) r.get(0), (String) r.get(1));
    }
    return m;
  }

  @Test
  void everyRecordIsAnArticleADuplicateOrAReject() throws Exception {
    long articles = duckLong("SELECT count(*) FROM " + table(out, "articles") + " WHERE duplicate_of IS NULL");
    long dups = duckLong("SELECT count(*) FROM " + table(out, "articles") + " WHERE duplicate_of IS NOT NULL");
    long rejects = duckLong("SELECT count(*) FROM " + table(out, "rejects"));
    assertEquals(recordsWritten, articles + dups + rejects);
    JsonNode m = new ObjectMapper().readTree(out.resolve("_manifest.json").toFile());
    assertEquals(recordsWritten, m.at("/counts/records").asLong());
    assertEquals(articles, m.at("/counts/articles").asLong());
    assertEquals(dups, m.at("/counts/duplicates").asLong());
    assertEquals(rejects, m.at("/counts/rejects").asLong());
  }

  @Test
  void rejectsNameTheRecordAndTheReason() {
    Map<String, String> expected = new HashMap<>(Map.ofEntries(
        Map.entry("empty.txt", "empty"),
        Map.entry("blank.txt", "empty"),
        Map.entry("image.jpg", "binary"),
        Map.entry("latin1.txt", "invalid_utf8"),
        Map.entry("broken.txt.gz", "unreadable"),
        Map.entry("french.txt", "not_english"),
        Map.entry("huge.txt", "too_large"),
        Map.entry("feeds/feed.jsonl line 3", "malformed_json"),
        Map.entry("feeds/feed.jsonl#nt-3 line 5", "missing_text"),
        Map.entry("feeds/feed.jsonl#cnn-1 line 6", "duplicate_id"),
        Map.entry("feeds/feed.csv row 2", "malformed_csv"),
        Map.entry("tables/good.parquet#p2 row 2", "missing_text"),
        Map.entry("tables/corrupt.parquet", "unreadable")));
    assertEquals(expected, rejects());
  }

  @Test
  void duplicatesPointAtTheKeptCopy() {
    List<List<Object>> d = duck("SELECT source, duplicate_kind, (SELECT source FROM " + table(out, "articles")
        + " k WHERE k.article_id = a.duplicate_of) FROM " + table(out, "articles") + " a WHERE duplicate_of IS NOT NULL ORDER BY source");
    // The kept copy is the earliest dated, then the first by source path; undated copies lose to dated ones.
    assertEquals(List.of(
        List.of("feeds/feed.jsonl#lt-2", "exact", "feeds/feed.csv:row 1"), // same text, the CSV copy is dated
        List.of("good/a.txt", "exact", "copies/exact-copy-of-a.txt"), // same date, first path kept
        List.of("good/b.txt", "near", "copies/syndicated-b.txt"), // own header, footer and one edit
        List.of("tables/good.parquet#p1", "near", "feeds/feed.jsonl#cnn-1"), // a day later
        List.of("undated.txt", "near", "feeds/feed.csv:row 3")), d); // the CSV copy has a date and one edit
  }

  @Test
  void fieldsAreMappedFromEachFormat() {
    List<List<Object>> r = duck("SELECT source, record_id, CAST(date AS VARCHAR), date_source, title FROM "
        + table(out, "articles") + " WHERE source LIKE 'feeds/%' OR source LIKE 'tables/%' ORDER BY source");
    assertEquals(List.of(
        List.of("feeds/feed.csv:row 1", "2021-03-23", "field", "Kremlin, Beijing"),
        List.of("feeds/feed.csv:row 3", "2023-07-14", "field", "Wire"),
        List.of("feeds/feed.jsonl#cnn-1", "cnn-1", "2023-02-03", "field", "ANALYSIS | China and Russia are closer than ever... and that's a problem for the US."),
        List.of("feeds/feed.jsonl#lt-2", "lt-2", "none", "China and Russia"),
        List.of("tables/good.parquet#p1", "p1", "2023-02-04", "field", "ANALYSIS | China and Russia are closer than ever... and that's a problem for the US.")).toString(),
        r.stream().map(x -> x.stream().filter(v -> v != null).toList()).toList().toString());
  }
}
