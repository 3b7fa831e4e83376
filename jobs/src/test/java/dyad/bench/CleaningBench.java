package dyad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.article.AnalysedArticle;
import dyad.ingest.ArticleBuilder;
import dyad.schema.Rows.ArticleRow;
import dyad.ingest.RawRecord;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Single-core throughput of the ingest cleaning chain (ArticleBuilder: normalise, split, date,
 * clean, language check, fingerprint) in plain Java, on the records of a JSON Lines file.
 * Usage: CleaningBench FILE.jsonl [rounds]. Prints one line per round and a final summary line.
 */
public final class CleaningBench {
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    ObjectMapper json = new ObjectMapper();
    List<RawRecord> records = new ArrayList<>();
    long chars = 0;
    try (BufferedReader r = Files.newBufferedReader(file)) {
      String line;
      while ((line = r.readLine()) != null) {
        JsonNode n = json.readTree(line);
        RawRecord rec = RawRecord.of(file.getFileName().toString(), "line", records.size() + 1);
        rec.setText(n.path("text").asText());
        rec.setTitle(n.path("title").asText(null));
        rec.setDate(n.path("date").asText(null));
        chars += rec.getText().length();
        records.add(rec);
      }
    }
    // The MinHash signature is deduplication's, timed by bench/article-pass: this is the cleaning chain,
    // its checks and fingerprint, and the sentences and token stream it now hands every stage.
    ArticleBuilder builder = new ArticleBuilder(dyad.core.DyadConfig.fromJson("{\"ingest\": {\"dedup\": {\"near\": false}}}").ingest());
    double best = Double.MAX_VALUE;
    for (int round = 1; round <= rounds; round++) {
      long t0 = System.nanoTime();
      for (RawRecord rec : records) builder.build(rec);
      double s = (System.nanoTime() - t0) / 1e9;
      best = Math.min(best, s);
      System.out.printf(Locale.ROOT, "round %d: %.2f s%n", round, s);
    }
    // A digest of everything the builder returns, so that a faster chain can be shown to give the same records.
    java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
    for (RawRecord rec : records) {
      AnalysedArticle a = builder.build(rec);
      ArticleRow o = a.article();
      String all = String.join("\u0001", a.isArticle() ? AnalysedArticle.ARTICLE : AnalysedArticle.REJECT,
          String.valueOf(o.getTitle()), String.valueOf(o.getText()),
          String.valueOf(o.getParagraphs()), String.valueOf(o.getWords()), String.valueOf(o.getRepeatedParagraphs()),
          String.valueOf(o.getRemovedParagraphs()), String.valueOf(o.getDate()), String.valueOf(o.getDateSource()),
          String.valueOf(a.fingerprint()), String.valueOf(a.isArticle() ? null : a.reject().getReason()),
          String.valueOf(a.isArticle() ? null : a.reject().getDetail()));
      md.update(all.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    System.out.printf(Locale.ROOT, "records=%d chars=%d best_s=%.2f records_per_s_per_core=%.0f mb_per_s_per_core=%.2f digest=%s%n",
        records.size(), chars, best, records.size() / best, chars / best / 1e6, java.util.HexFormat.of().formatHex(md.digest()).substring(0, 16));
  }
}
