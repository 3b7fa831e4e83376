package dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.actors.ActorMatcher;
import dyad.actors.MentionStep;
import dyad.article.AnalysedArticle;
import dyad.article.ArticleText;
import dyad.core.Hashing;
import dyad.core.IngestConfig;
import dyad.events.CameoCodes;
import dyad.events.EventCoder;
import dyad.events.EventsStep;
import dyad.ingest.ArticleBuilder;
import dyad.ingest.RawRecord;
import dyad.schema.ActorType;
import dyad.schema.Rows.EventRow;
import dyad.schema.Rows.MentionRow;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * `dyad eval events`: coded events against hand-coded gold, sentence by sentence (format in
 * docs/events.md). A gold event is found when dyad codes an event of the same directed pair of
 * states in its sentence; found events are then scored for their quad class and root code.
 * Precision is over dyad's events between two states (organisations are not coded in the gold).
 * The last line is pair_recall=... quad_acc=... root_acc=... precision=... n=N (n: gold events).
 */
public final class EventsEvaluation {
  /** One gold event. */
  record Gold(String source, String target, String cameo) {}

  /** One sentence with its gold events; {@code text} as read or as resolved from its reference. */
  record Item(String id, String text, String date, List<Gold> events) {}

  private EventsEvaluation() {}

  public static void run(File input, File shared, boolean verbose, PrintStream out) throws IOException {
    if (!input.isFile()) throw new IllegalArgumentException("gold events file not found: " + input);
    List<Item> items = read(input.toPath(), shared.toPath());
    ActorMatcher matcher = MentionStep.matcher();
    ArticleBuilder builder = new ArticleBuilder(IngestConfig.defaults());
    EventCoder coder = EventCoder.standard();
    long gold = 0;
    long found = 0;
    long quadRight = 0;
    long rootRight = 0;
    long predicted = 0;
    long predictedRight = 0;
    Map<String, long[]> byRoot = new TreeMap<>();
    for (Item it : items) {
      RawRecord raw = RawRecord.of(input.getPath(), "line", 0);
      raw.setRecordId(it.id());
      raw.setDate(it.date());
      raw.setText(it.text());
      AnalysedArticle a = builder.build(raw);
      ArticleText text = a.text() != null ? a.text()
          : ArticleText.of(a.article().getParagraphs() == null ? List.of() : a.article().getParagraphs());
      List<MentionRow> mentions = MentionStep.mentions(matcher, it.id(), text, a.date());
      Set<String> organisations = new HashSet<>();
      for (MentionRow m : mentions) if (ActorType.IGO.name().equals(m.getType())) organisations.add(m.getActorId());
      // dyad's events between two states, one per directed pair (the first coded).
      Map<String, EventRow> pairs = new java.util.LinkedHashMap<>();
      for (EventRow e : EventsStep.events(coder, it.id(), text, mentions)) {
        String s = e.getSourceState();
        String t = e.getTargetState();
        if (s == null || t == null || s.equals(t) || organisations.contains(s) || organisations.contains(t)) continue;
        if (e.isNegated() && !e.getCameo().startsWith("12")) continue;
        pairs.putIfAbsent(s + "->" + t, e);
      }
      Set<String> goldPairs = new LinkedHashSet<>();
      StringBuilder why = new StringBuilder();
      for (Gold g : it.events()) {
        gold++;
        String key = g.source() + "->" + g.target();
        goldPairs.add(key);
        long[] r = byRoot.computeIfAbsent(CameoCodes.root(g.cameo()), k -> new long[3]);
        r[0]++;
        EventRow e = pairs.get(key);
        if (e == null) {
          why.append(String.format(Locale.ROOT, "%n  missed %s %s", key, g.cameo()));
          continue;
        }
        found++;
        r[1]++;
        boolean quad = CameoCodes.quadClass(e.getCameo()) == CameoCodes.quadClass(g.cameo());
        boolean root = CameoCodes.root(e.getCameo()).equals(CameoCodes.root(g.cameo()));
        if (quad) quadRight++;
        if (root) {
          rootRight++;
          r[2]++;
        }
        if (!root) why.append(String.format(Locale.ROOT, "%n  code %s gold %s dyad %s (%s)", key, g.cameo(), e.getCameo(), e.getVerb()));
      }
      for (Map.Entry<String, EventRow> p : pairs.entrySet()) {
        predicted++;
        if (goldPairs.contains(p.getKey())) predictedRight++;
        else why.append(String.format(Locale.ROOT, "%n  extra %s %s (%s)", p.getKey(), p.getValue().getCameo(), p.getValue().getVerb()));
      }
      if (verbose && why.length() > 0) out.println(it.id() + " | " + it.text() + why);
    }
    out.printf(Locale.ROOT, "%-6s %7s %7s %9s%n", "root", "gold", "found", "root ok");
    for (Map.Entry<String, long[]> e : byRoot.entrySet()) {
      out.printf(Locale.ROOT, "%-6s %7d %7d %9d%n", e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]);
    }
    out.printf(Locale.ROOT, "sentences %d, gold events %d, dyad's state events %d%n", items.size(), gold, predicted);
    out.printf(Locale.ROOT, "pair_recall=%.3f quad_acc=%.3f root_acc=%.3f precision=%.3f n=%d%n", ratio(found, gold),
        ratio(quadRight, found), ratio(rootRight, found), ratio(predictedRight, predicted), gold);
  }

  private static double ratio(long a, long b) {
    return b == 0 ? Double.NaN : (double) a / b;
  }

  /**
   * The gold file: one JSON object per line with {@code id}, {@code date}, {@code events} (each
   * {@code source_state}, {@code target_state}, {@code cameo}) and either {@code text} or a
   * {@code ref} to a sentence of a research-only corpus read in place: {@code file} (under
   * {@code shared}), {@code doc} (the item's id), {@code start} and {@code end} (offsets into its
   * text, whitespace then collapsed) and {@code sha256} (a prefix of the sentence's hash, checked).
   */
  static List<Item> read(Path input, Path shared) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, Map<String, String>> corpora = new HashMap<>();
    List<Item> out = new ArrayList<>();
    long lineNo = 0;
    for (String line : Files.readAllLines(input, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) continue;
      JsonNode d = json.readTree(line);
      String where = input + " line " + lineNo;
      String id = d.path("id").asText(null);
      if (id == null) throw new IllegalArgumentException(where + ": no 'id'");
      String text;
      if (d.hasNonNull("text")) {
        text = d.get("text").asText();
      } else if (d.hasNonNull("ref")) {
        JsonNode r = d.get("ref");
        Path file = shared.resolve(r.path("file").asText());
        Map<String, String> docs = corpora.computeIfAbsent(file.toString(), f -> texts(Path.of(f), where));
        String doc = docs.get(r.path("doc").asText());
        if (doc == null) throw new IllegalArgumentException(where + ": no item '" + r.path("doc").asText() + "' in " + file);
        int start = r.path("start").asInt();
        int end = r.path("end").asInt();
        if (start < 0 || end > doc.length() || start >= end) throw new IllegalArgumentException(where + ": offsets out of the item's text");
        text = doc.substring(start, end).replaceAll("\\s+", " ").strip();
        String sha = r.path("sha256").asText("");
        if (!Hashing.sha256Hex(text).startsWith(sha)) {
          throw new IllegalArgumentException(where + ": the sentence at " + r.path("doc").asText() + " [" + start + ", " + end
              + ") is not the one coded (its hash differs): is " + file + " the corpus the gold was made on?");
        }
      } else {
        throw new IllegalArgumentException(where + ": neither 'text' nor 'ref'");
      }
      List<Gold> events = new ArrayList<>();
      for (JsonNode e : d.path("events")) {
        String cameo = e.path("cameo").asText();
        CameoCodes.quadClass(cameo);
        events.add(new Gold(e.path("source_state").asText(), e.path("target_state").asText(), cameo));
      }
      out.add(new Item(id, text, d.path("date").asText(null), List.copyOf(events)));
    }
    return out;
  }

  private static Map<String, String> texts(Path file, String where) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(where + ": the referenced corpus " + file + " is not there (give --shared DIR)");
    }
    Map<String, String> out = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) continue;
        JsonNode d = json.readTree(line);
        out.put(d.path("id").asText(), d.path("text").asText(""));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
