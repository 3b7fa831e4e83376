package dyad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Synthetic corpora of any size, resampled from real news: each article is 3 to 12 paragraphs drawn
 * from the real corpora given (seeds, BBC News, Reuters) with a date drawn from their real dates.
 * The text is real; the articles are not (documented as synthetic wherever figures are quoted).
 * Optionally a share of the records is corrupt, spread evenly over five kinds: binary bytes, invalid
 * UTF-8, truncated JSON, empty text and a line over ingest.maxRecordBytes (at most two of those, so
 * large corpora stay small on disk). Same arguments, same bytes.
 *
 * <p>Usage: CorpusBuilder OUT.jsonl ARTICLES [CORRUPT_SHARE] SOURCE...  (files or directories)
 */
public final class CorpusBuilder {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String[] KINDS = {"binary", "bad_utf8", "truncated_json", "empty_text", "huge"};
  private static final int MAX_HUGE = 2;

  private final List<String> paragraphs = new ArrayList<>();
  private final List<String> dates = new ArrayList<>();

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    long n = Long.parseLong(args[1].replace("_", ""));
    double corrupt = args.length > 2 ? Double.parseDouble(args[2]) : 0;
    CorpusBuilder b = new CorpusBuilder();
    for (int i = 3; i < args.length; i++) b.add(Path.of(args[i]));
    long t0 = System.nanoTime();
    int[] kinds = b.write(out, n, corrupt, 20210419);
    System.err.printf("wrote %s: %d records (%d corrupt) from %d paragraphs, %d dates, in %.1f s%n", out, n,
        java.util.Arrays.stream(kinds).sum(), b.paragraphs.size(), b.dates.size(), (System.nanoTime() - t0) / 1e9);
  }

  /** Adds the paragraphs and dates of a file or of every file under a directory. */
  public CorpusBuilder add(Path source) throws IOException {
    if (Files.isDirectory(source)) {
      try (Stream<Path> s = Files.walk(source)) {
        for (Path p : s.filter(Files::isRegularFile).sorted().toList()) add(p);
      }
      return this;
    }
    String name = source.getFileName().toString();
    if (name.endsWith(".jsonl")) {
      try (BufferedReader r = Files.newBufferedReader(source)) {
        for (String line; (line = r.readLine()) != null; ) {
          if (line.isBlank()) continue;
          JsonNode o = JSON.readTree(line);
          if (o.hasNonNull("date")) dates.add(o.get("date").asText());
          // Wire copy is hard-wrapped; a paragraph starts at an indented line.
          if (o.hasNonNull("text")) splitInto(o.get("text").asText().split("\n\\s{2,}"), true);
        }
      }
    } else if (name.endsWith(".csv")) {
      for (String text : BbcCsv.texts(source)) {
        // BBC texts are one block: paragraphs of three sentences.
        String[] sentences = text.split("(?<=[.!?\"])\\s+(?=[A-Z\"])");
        for (int i = 0; i < sentences.length; i += 3) {
          keep(String.join(" ", java.util.Arrays.copyOfRange(sentences, i, Math.min(sentences.length, i + 3))));
        }
      }
    } else if (name.endsWith(".txt")) {
      splitInto(Files.readString(source).split("\n\\s*\n"), false);
    }
    return this;
  }

  private void splitInto(String[] parts, boolean unwrap) {
    for (String p : parts) keep(unwrap ? p.replaceAll("\\s*\n\\s*", " ") : p);
  }

  private void keep(String p) {
    String s = p.strip();
    if (s.split("\\s+").length >= 8) paragraphs.add(s);
  }

  /** Writes {@code n} JSON Lines records; returns how many of each corrupt kind it wrote. */
  public int[] write(Path out, long n, double corruptShare, long seed) throws IOException {
    if (paragraphs.isEmpty()) throw new IllegalArgumentException("no paragraphs in the sources");
    Random r = new Random(seed);
    int[] kinds = new int[KINDS.length];
    long every = corruptShare > 0 ? Math.max(1, Math.round(1 / corruptShare)) : 0;
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 20)) {
      for (long i = 0; i < n; i++) {
        int parts = 3 + r.nextInt(10);
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < parts; p++) {
          if (p > 0) text.append("\n\n");
          text.append(paragraphs.get(r.nextInt(paragraphs.size())));
        }
        ObjectNode rec = JSON.createObjectNode();
        rec.put("id", String.format("syn-%08d", i));
        if (!dates.isEmpty()) rec.put("date", dates.get(r.nextInt(dates.size())));
        String first = text.toString().split("(?<=[.!?])\\s", 2)[0];
        rec.put("title", first.length() > 120 ? first.substring(0, 120) : first);
        rec.put("source", "synthetic-" + (i % 50));
        rec.put("text", text.toString());
        byte[] line = JSON.writeValueAsBytes(rec);
        if (every > 0 && i % every == every - 1) {
          int k = (int) ((i / every) % KINDS.length);
          if (KINDS[k].equals("huge") && kinds[k] >= MAX_HUGE) k = 2;
          line = corrupt(KINDS[k], rec, line, r);
          kinds[k]++;
        }
        o.write(line);
        o.write('\n');
      }
    }
    return kinds;
  }

  private static byte[] corrupt(String kind, ObjectNode rec, byte[] line, Random r) throws IOException {
    switch (kind) {
      case "binary" -> {
        byte[] b = new byte[200 + r.nextInt(800)];
        r.nextBytes(b);
        for (int i = 0; i < b.length; i++) if (b[i] == '\n' || b[i] == '\r') b[i] = 0;
        return b;
      }
      case "bad_utf8" -> {
        byte[] b = line.clone();
        // Lone continuation and overlong bytes inside the text: not UTF-8.
        int at = b.length / 2;
        b[at] = (byte) 0xC3;
        b[at + 1] = (byte) 0x28;
        b[at + 2] = (byte) 0xFF;
        return b;
      }
      case "truncated_json" -> {
        return java.util.Arrays.copyOf(line, line.length / 2);
      }
      case "empty_text" -> {
        rec.put("text", "");
        return JSON.writeValueAsBytes(rec);
      }
      case "huge" -> {
        StringBuilder t = new StringBuilder(9 << 20);
        while (t.length() < (9 << 20)) t.append(rec.get("text").asText()).append(' ');
        rec.put("text", t.toString());
        return JSON.writeValueAsBytes(rec);
      }
      default -> throw new IllegalArgumentException(kind);
    }
  }

  /** The text column of a BBC News CSV (text,category; quoted fields with doubled quotes). */
  static final class BbcCsv {
    static List<String> texts(Path csv) throws IOException {
      var settings = new com.univocity.parsers.csv.CsvParserSettings();
      settings.setHeaderExtractionEnabled(true);
      settings.setMaxCharsPerColumn(1 << 22);
      List<String> out = new ArrayList<>();
      try (var reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
        for (String[] row : new com.univocity.parsers.csv.CsvParser(settings).parseAll(reader)) {
          if (row.length > 0 && row[0] != null) out.add(row[0]);
        }
      }
      return out;
    }
  }
}
