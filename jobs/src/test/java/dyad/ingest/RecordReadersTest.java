package dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.core.IngestConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-file readers, without Spark: every record or failure comes back as a record. */
class RecordReadersTest {
  @TempDir Path dir;
  private IngestConfig cfg = IngestConfig.defaults();

  private List<RawRecord> read(String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, content);
    InputFile f = new InputFile(p.toUri().toString(), name, content.length, InputFile.Format.byExtension(name));
    List<RawRecord> out = new ArrayList<>();
    RecordReaders.read(f, Map.of(), cfg).forEachRemaining(out::add);
    return out;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void textFileIsOneRecord() throws IOException {
    List<RawRecord> r = read("a.txt", utf8("\uFEFFHello world.\nSecond line."));
    assertEquals(1, r.size());
    assertEquals("Hello world.\nSecond line.", r.get(0).getText());
    assertNull(r.get(0).getRejectReason());
  }

  @Test
  void gzippedTextIsDecompressed() throws IOException {
    Path p = dir.resolve("b.txt.gz");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(p))) {
      o.write(utf8("Compressed article text."));
    }
    InputFile f = new InputFile(p.toUri().toString(), "b.txt.gz", Files.size(p), InputFile.Format.byExtension("b.txt.gz"));
    RawRecord r = RecordReaders.read(f, Map.of(), cfg).next();
    assertEquals("Compressed article text.", r.getText());
  }

  @Test
  void corruptGzipBinaryAndBadUtf8AreRejectedWithReasons() throws IOException {
    assertEquals("unreadable", read("c.txt.gz", utf8("not gzip at all")).get(0).getRejectReason());
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    RawRecord bin = read("photo.png", png).get(0);
    assertEquals("binary", bin.getRejectReason());
    RawRecord bad = read("latin1.txt", "Caf\u00e9 in Paris".getBytes(StandardCharsets.ISO_8859_1)).get(0);
    assertEquals("invalid_utf8", bad.getRejectReason());
    assertEquals("invalid UTF-8 at byte 3", bad.getRejectDetail());
  }

  private static IngestConfig withMaxRecordBytes(long n) {
    return dyad.core.DyadConfig.fromJson("{\"ingest\": {\"maxRecordBytes\": " + n + "}}").ingest();
  }

  @Test
  void tooLargeRecordsAreRejectedWithoutReadingThemWhole() throws IOException {
    cfg = withMaxRecordBytes(100);
    assertEquals("too_large", read("big.txt", utf8("x ".repeat(200))).get(0).getRejectReason());
    List<RawRecord> lines = read("big.jsonl", utf8("{\"text\":\"" + "y".repeat(300) + "\"}\n{\"text\":\"ok\"}\n"));
    assertEquals(List.of("too_large", "ok"), List.of(lines.get(0).getRejectReason(), lines.get(1).getText()));
    assertEquals("line 2", lines.get(1).getLocator());
  }

  /** Lines are scanned a 64 KiB chunk at a time: records across chunk ends, a long one, a last one unterminated. */
  @Test
  void jsonLinesAcrossReadChunksKeepEveryRecordAndNumber() throws IOException {
    cfg = withMaxRecordBytes(150_000);
    StringBuilder sb = new StringBuilder(); // about 125 KB
    int n = 3000;
    for (int i = 1; i <= n; i++) {
      if (i == 1500) sb.append("\n"); // a blank line: no record, but a line number
      sb.append("{\"text\":\"record ").append(i).append(i == 2000 ? " " + "z".repeat(100_000) : "").append("\"}");
      if (i < n) sb.append('\n');
    }
    List<RawRecord> out = read("many.jsonl", utf8(sb.toString()));
    assertEquals(n, out.size());
    for (int i = 1; i <= n; i++) {
      RawRecord r = out.get(i - 1);
      assertEquals("record " + i + (i == 2000 ? " " + "z".repeat(100_000) : ""), r.getText());
      assertEquals("line " + (i < 1500 ? i : i + 1), r.getLocator());
    }
  }

  @Test
  void jsonLinesGiveOneRecordPerLineWithLocators() throws IOException {
    byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, '"', '}', '\n'};
    byte[] body = utf8("{\"id\": 7, \"date\": \"1987-02-26\", \"headline\": \"T\", \"Body\": [\"p1\", \"p2\"], \"link\": \"http://x\"}\n"
        + "\n"
        + "{\"text\": \"unterminated\n"
        + "[1, 2]\n");
    byte[] all = new byte[body.length + bad.length];
    System.arraycopy(body, 0, all, 0, body.length);
    System.arraycopy(bad, 0, all, body.length, bad.length);
    List<RawRecord> r = read("feed.jsonl", all);
    assertEquals(4, r.size(), "blank lines are not records");
    assertEquals("7", r.get(0).getRecordId());
    assertEquals("1987-02-26", r.get(0).getDate());
    assertEquals("T", r.get(0).getTitle());
    assertEquals("p1\n\np2", r.get(0).getText(), "an array of paragraphs is joined");
    assertEquals("http://x", r.get(0).getUrl());
    assertEquals("line 1", r.get(0).getLocator());
    assertEquals("malformed_json", r.get(1).getRejectReason());
    assertEquals("line 3", r.get(1).getLocator());
    assertEquals("malformed_json", r.get(2).getRejectReason());
    assertTrue(r.get(2).getRejectDetail().contains("expected a JSON object"));
    assertEquals("invalid_utf8", r.get(3).getRejectReason());
    assertEquals("line 5", r.get(3).getLocator());
  }

  @Test
  void jsonArrayFilesAreReadItemByItem() throws IOException {
    List<RawRecord> r = read("list.json", utf8("[{\"text\": \"one\"}, {\"content\": \"two\"}, 3]"));
    assertEquals(List.of("one", "two"), List.of(r.get(0).getText(), r.get(1).getText()));
    assertEquals("item 2", r.get(1).getLocator());
    assertEquals("malformed_json", r.get(2).getRejectReason());
  }

  @Test
  void csvWithQuotedMultilineFieldsAndAShortRow() throws IOException {
    String csv = "Title,Text,Date\n"
        + "\"A, title\",\"First line\nsecond \"\"quoted\"\" line\",2021-04-19\n"
        + "Short row,missing the date\n"
        + "T3,Third text,2021-04-20\n";
    List<RawRecord> r = read("feed.csv", utf8(csv));
    assertEquals(3, r.size());
    assertEquals("A, title", r.get(0).getTitle());
    assertEquals("First line\nsecond \"quoted\" line", r.get(0).getText());
    assertEquals("row 1", r.get(0).getLocator());
    assertEquals("malformed_csv", r.get(1).getRejectReason());
    assertEquals("expected 3 columns, got 2", r.get(1).getRejectDetail());
    assertEquals("row 3", r.get(2).getLocator());
    assertEquals("2021-04-20", r.get(2).getDate());
  }

  @Test
  void csvWithoutATextColumnIsOneRejectNamingTheHeader() throws IOException {
    List<RawRecord> r = read("meta.csv", utf8("a,b\n1,2\n"));
    assertEquals(1, r.size());
    assertEquals("missing_text", r.get(0).getRejectReason());
    assertTrue(r.get(0).getRejectDetail().contains("[a, b]"));
  }

  /** What a reader returned, as comparable text: position, reason, id and text of each record. */
  private static List<String> described(java.util.Iterator<RawRecord> it) {
    List<String> out = new ArrayList<>();
    it.forEachRemaining(r -> out.add(r.getLocator() + " " + r.getPosition() + " " + r.getRejectReason() + " "
        + r.getRecordId() + " " + r.getText()));
    return out;
  }

  @Test
  void rangesOfAJsonLinesFileGiveTheWholeFilesRecordsAtEverySplitSize() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= 40; i++) {
      if (i % 7 == 0) sb.append("\n"); // blank lines are not records but count as lines
      if (i % 11 == 0) sb.append("{\"id\": \"broken").append(i).append("\n");
      sb.append("{\"id\": \"a").append(i).append("\", \"text\": \"").append("word ".repeat(i)).append("\"}\n");
    }
    sb.append("{\"id\": \"huge\", \"text\": \"").append("x".repeat(300)).append("\"}\n");
    sb.append("{\"id\": \"last\", \"text\": \"no newline at the end\"}");
    byte[] content = utf8(sb.toString());
    Path p = dir.resolve("big.jsonl");
    Files.write(p, content);
    InputFile f = new InputFile(p.toUri().toString(), "big.jsonl", content.length, InputFile.Format.JSONL);
    // The "huge" line spans several ranges and is still one too_large reject.
    IngestConfig small = dyad.core.DyadConfig.fromJson("{\"ingest\": {\"maxRecordBytes\": 200}}").ingest();
    List<String> whole = described(RecordReaders.read(f, Map.of(), small));
    assertTrue(whole.stream().anyMatch(r -> r.contains("too_large")), whole.toString());
    assertTrue(whole.stream().anyMatch(r -> r.contains("malformed_json")), whole.toString());
    for (long size : new long[] {1, 7, 64, 100, 333, 1000, content.length - 1, content.length}) {
      List<String> ranged = new ArrayList<>();
      long before = 0;
      for (long s = 0; s < content.length; s += size) {
        InputSplit split = new InputSplit(f, s, Math.min(content.length, s + size), before);
        ranged.addAll(described(RecordReaders.read(split, Map.of(), small)));
        before += split.countNewlines(Map.of());
      }
      assertEquals(whole, ranged, "ranges of " + size + " bytes");
    }
  }

  @Test
  void onlyLargeUncompressedJsonLinesFilesAreSplit() throws IOException {
    Path lines = dir.resolve("l.jsonl");
    Files.write(lines, utf8("{\"text\": \"a\"}\n".repeat(100)));
    Path array = dir.resolve("a.json");
    Files.write(array, utf8("  [" + "{\"text\": \"a\"},".repeat(100) + "{}]"));
    InputFile l = new InputFile(lines.toUri().toString(), "l.jsonl", Files.size(lines), InputFile.Format.JSONL);
    InputFile a = new InputFile(array.toUri().toString(), "a.json", Files.size(array), InputFile.Format.JSONL);
    assertTrue(InputSplit.splittable(l, Map.of(), 100));
    assertEquals(false, InputSplit.splittable(l, Map.of(), Files.size(lines)), "not larger than a split");
    assertEquals(false, InputSplit.splittable(a, Map.of(), 100), "a JSON array is one value");
  }
}
