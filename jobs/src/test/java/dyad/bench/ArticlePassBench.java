package dyad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.actors.MentionStep;
import dyad.article.AnalysedArticle;
import dyad.article.ArticleAnalyzer;
import dyad.article.ArticleStep;
import dyad.core.DyadConfig;
import dyad.core.IngestConfig;
import dyad.ingest.ArticleBuilder;
import dyad.ingest.MinHasher;
import dyad.ingest.RawRecord;
import dyad.sentiment.SentimentScorer;
import dyad.sentiment.SentimentStep;
import dyad.topics.TopicStep;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The whole per-article pass in plain Java on one core, as the pipeline runs it on each executor:
 * cleaning (normalise, paragraphs, date, the cleaning chain, sentences and the one token stream,
 * checks, fingerprint), the MinHash signature, matching, tone and directed records (one
 * tokenisation of each sentence for both), coded events, and topic tokens. Each component is timed on its own
 * over every record, then the pass in all (the analyser the pipeline uses); best of the rounds, in
 * the thread's CPU time. Sentences' words are made once per article and shared: the components that
 * read them get articles fresh from cleaning and matching (made outside the timing), and events is
 * timed as the pass runs it, after sentiment on the same articles ("events"), and on fresh ones
 * ("events, own tokenisation").
 * The last line is {@code articles=N ms_per_article=X}, X the whole pass.
 *
 * <p>Usage: ArticlePassBench FILE.jsonl [rounds]
 */
public final class ArticlePassBench {
  private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<RawRecord> records = read(file);
    DyadConfig cfg = DyadConfig.defaults();
    IngestConfig noSignature = DyadConfig.fromJson("{\"ingest\": {\"dedup\": {\"near\": false}}}").ingest();
    ArticleBuilder clean = new ArticleBuilder(noSignature);
    ArticleBuilder builder = new ArticleBuilder(cfg.ingest());
    IngestConfig.Dedup d = cfg.ingest().dedup();
    MinHasher minHasher = new MinHasher(d.shingleWords(), d.bands(), d.rows(), d.seed());
    ArticleStep match = new MentionStep();
    ArticleStep sentiment = new SentimentStep();
    ArticleStep events = new dyad.events.EventsStep();
    ArticleStep topics = new TopicStep(cfg.topics().actorNames(), dyad.topics.TopicTokens.DEFAULT);
    ArticleAnalyzer analyzer = new ArticleAnalyzer(List.of(match, sentiment, events, topics));
    SentimentScorer scorer = SentimentScorer.standard();

    long t0 = System.nanoTime();
    List<AnalysedArticle> cleaned = new ArrayList<>();
    for (RawRecord r : records) cleaned.add(clean.build(r));
    List<AnalysedArticle> articles = cleaned.stream().filter(AnalysedArticle::isArticle).toList();
    List<AnalysedArticle> matched = articles.stream().map(match::apply).toList();
    System.out.printf(Locale.ROOT, "%s: %d records, %d articles; reference data loaded and first pass %.1f s%n",
        file.getFileName(), records.size(), articles.size(), (System.nanoTime() - t0) / 1e9);

    // Articles as matching leaves them, with no sentence read yet: made again before each use.
    java.util.function.Supplier<List<AnalysedArticle>> fresh = () -> records.stream().map(clean::build)
        .filter(AnalysedArticle::isArticle).map(match::apply).toList();
    List<List<AnalysedArticle>> input = new ArrayList<>(List.of(matched));
    Map<String, Consumer<Void>> parts = new LinkedHashMap<>();
    parts.put("cleaning", v -> records.forEach(clean::build));
    parts.put("minhash", v -> articles.forEach(a -> minHasher.signature(a.text().text(), a.text().tokens().wordSpans())));
    parts.put("matching", v -> articles.forEach(match::apply));
    parts.put("tone (every sentence)", v -> articles.forEach(a -> {
      for (int p = 0; p < a.text().paragraphs().size(); p++) {
        for (int s = 0; s < a.text().sentenceCount(p); s++) {
          int from = a.text().offset(p) + a.text().sentenceStart(p, s);
          scorer.sentence(a.text().tokens(), from, a.text().offset(p) + a.text().sentenceEnd(p, s)).tone();
        }
      }
    }));
    parts.put("tone and directed records", v -> input.get(0).forEach(sentiment::apply));
    // As in the pass: the sentences' words are those sentiment made.
    parts.put("events", v -> input.get(0).forEach(events::apply));
    SentimentScorer rules = scorer.rulesOnly();
    parts.put("tone and directed records, rules alone", v -> input.get(0).forEach(a -> SentimentStep.score(rules, a.articleId(),
        a.text(), a.mentions())));
    parts.put("events, own tokenisation", v -> input.get(0).forEach(events::apply));
    parts.put("topic tokens", v -> input.get(0).forEach(topics::apply));
    parts.put("the whole pass", v -> records.forEach(r -> analyzer.analyse(builder.build(r))));

    Map<String, Double> best = new LinkedHashMap<>();
    for (int round = 1; round <= rounds; round++) {
      StringBuilder line = new StringBuilder("round " + round + ":");
      for (Map.Entry<String, Consumer<Void>> e : parts.entrySet()) {
        if (e.getKey().equals("tone and directed records") || e.getKey().startsWith("tone and directed records,")
            || e.getKey().equals("events, own tokenisation")) input.set(0, fresh.get());
        // This thread's CPU time: each component runs on this one thread, and other processes on a
        // shared machine then cost it nothing (wall time here varied by 2x between runs).
        long s = CPU.getCurrentThreadCpuTime();
        e.getValue().accept(null);
        double secs = (CPU.getCurrentThreadCpuTime() - s) / 1e9;
        best.merge(e.getKey(), secs, Math::min);
        line.append(String.format(Locale.ROOT, " %s %.2f s;", e.getKey(), secs));
      }
      System.out.println(line);
    }
    System.out.println("| component | ms per article |");
    System.out.println("| --- | --- |");
    best.forEach((k, s) -> System.out.printf(Locale.ROOT, "| %s | %.3f |%n", k, s * 1000 / records.size()));
    System.out.printf(Locale.ROOT, "events / tone and directed records: %.3f%n", best.get("events") / best.get("tone and directed records"));
    System.out.printf(Locale.ROOT, "articles=%d ms_per_article=%.3f%n", records.size(), best.get("the whole pass") * 1000 / records.size());
  }

  /** The records of a JSON Lines file as the ingest readers give them (text, title, date, id). */
  static List<RawRecord> read(Path file) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<RawRecord> records = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file)) {
      for (String line; (line = r.readLine()) != null; ) {
        JsonNode n = json.readTree(line);
        RawRecord rec = RawRecord.of(file.getFileName().toString(), "line", records.size() + 1);
        rec.setText(n.path("text").asText());
        rec.setTitle(n.path("title").asText(null));
        rec.setDate(n.path("date").asText(null));
        rec.setRecordId(n.path("id").asText(null));
        records.add(rec);
      }
    }
    return records;
  }
}
