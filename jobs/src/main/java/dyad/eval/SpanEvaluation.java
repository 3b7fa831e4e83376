package dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.actors.ActorMatcher;
import dyad.actors.Gazetteer;
import dyad.actors.MentionStep;
import dyad.actors.PersonNames;
import dyad.article.AnalysedArticle;
import dyad.article.ArticleText;
import dyad.core.IngestConfig;
import dyad.ingest.ArticleBuilder;
import dyad.ingest.RawRecord;
import dyad.schema.ActorType;
import dyad.schema.Rows.MentionRow;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * `dyad eval actors --spans`: dyad's mentions against human entity spans (the CoNLL-2003 gold
 * format of ../shared/eval/conll2003/), in plain Java. Each story is cleaned as ingest cleans it and
 * matched as the actors step matches it; each mention is placed back on the story's own paragraphs.
 *
 * <ul>
 *   <li>STATE precision: a STATE mention is right when it lies on a LOC or MISC span (a place, or a
 *       demonym) and on no ORG or PER span ("Madrid" in "Real Madrid" is an error), or on an ORG span
 *       that is one of the state's own bodies ("the Foreign Office", "U.S. Treasury"), which dyad counts
 *       as the state; the figure that counts those as errors too is printed beside it.</li>
 *   <li>PERSON precision: a PERSON mention is right when it lies on a PER span and on no other.</li>
 *   <li>State recall: of the LOC spans whose whole text is a state's name, those a STATE mention lies
 *       on. The names are CAMEO's (data/eval/state_names.tsv, independent of dyad) and the names and
 *       aliases of dyad's gazetteer; the output says how many spans each list gives.</li>
 *   <li>Leader recall: of the PER spans that name a leader of a leaders file, those a PERSON mention
 *       lies on whose state is the one the leader served at the date and whose surname is theirs.</li>
 * </ul>
 * Headlines are not scored: dyad does not search them for actors.
 */
public final class SpanEvaluation {
  private SpanEvaluation() {}

  /** A human span: paragraph of the story's text, [start, end) in it, type, text. */
  record Span(int paragraph, int start, int end, String type, String text) {}

  /** A leader of the leaders file. */
  record Leader(String name, String state, String role) {}

  /** A mention placed on the story's own paragraphs. */
  record Placed(int paragraph, int start, int end, MentionRow mention) {}

  public static void run(File spans, File input, File stateNames, File leadersFile, boolean verbose, PrintStream out)
      throws IOException {
    if (!spans.isFile()) throw new IllegalArgumentException("span gold file not found: " + spans);
    if (!input.isFile()) throw new IllegalArgumentException("input file not found: " + input);
    if (stateNames != null && !stateNames.isFile()) throw new IllegalArgumentException("state names file not found: " + stateNames);
    if (leadersFile != null && !leadersFile.isFile()) throw new IllegalArgumentException("leaders file not found: " + leadersFile);
    Map<String, List<Span>> gold = readSpans(spans);
    Map<String, String> names = stateNames(stateNames);
    Map<String, String> gazetteerNames = gazetteerNames(Gazetteer.load());
    Map<String, Leader> leaders = leadersFile == null ? Map.of() : readLeaders(leadersFile);

    ActorMatcher matcher = MentionStep.matcher();
    ArticleBuilder builder = new ArticleBuilder(IngestConfig.defaults());
    long stateTp = 0, strictTp = 0, stateAll = 0, personTp = 0, personAll = 0, unplaced = 0;
    long stateSpans = 0, stateFound = 0, fromCameo = 0, fromGazetteer = 0, leaderSpans = 0, leaderFound = 0;
    int docs = 0;
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader r = Files.newBufferedReader(input.toPath(), StandardCharsets.UTF_8)) {
      String line;
      long lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) continue;
        JsonNode d = json.readTree(line);
        String id = d.path("id").asText(null);
        if (id == null) throw new IllegalArgumentException(input + " line " + lineNo + ": no 'id'");
        docs++;
        RawRecord raw = RawRecord.of(input.getPath(), "line", lineNo);
        raw.setRecordId(id);
        raw.setDate(d.path("date").asText(null));
        raw.setTitle(d.path("title").asText(null));
        raw.setText(d.path("text").asText(""));
        List<String> paragraphs = List.of(raw.getText().split("\n\n", -1));
        AnalysedArticle article = builder.build(raw);
        // Rejected stories (results tables) are matched too, as cleaned: the gold spans are in them.
        ArticleText text = article.text() != null ? article.text()
            : ArticleText.of(article.article().getParagraphs() == null ? List.of() : article.article().getParagraphs());
        List<Placed> placed = new ArrayList<>();
        for (MentionRow m : MentionStep.mentions(matcher, article.articleId(), text, article.date())) {
          Placed p = place(m, text.paragraphs(), paragraphs);
          if (p == null) unplaced++;
          else placed.add(p);
        }
        List<Span> doc = gold.getOrDefault(id, List.of());
        StringBuilder why = new StringBuilder();
        for (Placed p : placed) {
          String type = p.mention().getType();
          if (ActorType.STATE.name().equals(type)) {
            stateAll++;
            if (onlyOn(p, doc, "LOC", "MISC")) {
              stateTp++;
              strictTp++;
            } else if (onStateBody(p, doc)) {
              stateTp++;
              why.append("\n  state body ").append(describe(p, doc));
            } else {
              why.append("\n  wrong state ").append(describe(p, doc));
            }
          } else if (ActorType.PERSON.name().equals(type)) {
            personAll++;
            if (onlyOn(p, doc, "PER")) personTp++;
            else why.append("\n  wrong person ").append(describe(p, doc));
          }
        }
        for (Span s : doc) {
          String key = s.text().toLowerCase(Locale.ROOT);
          if ("LOC".equals(s.type()) && (names.containsKey(key) || gazetteerNames.containsKey(key))) {
            stateSpans++;
            if (names.containsKey(key)) fromCameo++;
            else fromGazetteer++;
            if (placed.stream().anyMatch(p -> ActorType.STATE.name().equals(p.mention().getType()) && overlaps(p, s))) stateFound++;
            else why.append("\n  missed state ").append(s.text()).append(" (p").append(s.paragraph()).append(')');
          }
          Leader l = "PER".equals(s.type()) ? leaders.get(key) : null;
          if (l != null) {
            leaderSpans++;
            MentionRow hit = placed.stream().filter(p -> ActorType.PERSON.name().equals(p.mention().getType()) && overlaps(p, s))
                .map(Placed::mention).findFirst().orElse(null);
            if (hit != null && l.state().equals(hit.getCountry()) && sameSurname(l.name(), hit.getName())) leaderFound++;
            else why.append("\n  missed leader ").append(s.text()).append(" (").append(l.state()).append(")")
                .append(hit == null ? "" : " found as " + hit.getName() + " of " + hit.getCountry());
          }
        }
        if (verbose && why.length() > 0) out.println(id + " " + article.date() + why);
      }
    }
    out.printf(Locale.ROOT, "person precision=%s (%d of %d)%n", ratio(personTp, personAll), personTp, personAll);
    out.printf(Locale.ROOT, "state precision counting a state's bodies tagged ORG as errors too=%s (%d of %d)%n",
        ratio(strictTp, stateAll), strictTp, stateAll);
    out.printf(Locale.ROOT, "state mentions %d, right %d; state spans %d (%d by CAMEO's names, %d more by dyad's "
        + "gazetteer), found %d; leader spans %d, found %d; mentions not placed on the story %d%n",
        stateAll, stateTp, stateSpans, fromCameo, fromGazetteer, stateFound, leaderSpans, leaderFound, unplaced);
    out.printf(Locale.ROOT, "state_precision=%s state_recall=%s leader_recall=%s n=%d%n",
        ratio(stateTp, stateAll), ratio(stateFound, stateSpans), ratio(leaderFound, leaderSpans), docs);
  }

  /**
   * A mention of the cleaned text on the story's own paragraph: cleaning keeps paragraphs whole or
   * cuts a prefix (a date), so the cleaned paragraph is found within the raw one.
   */
  static Placed place(MentionRow m, List<String> cleaned, List<String> raw) {
    String para = cleaned.get(m.getParagraph());
    for (int r = 0; r < raw.size(); r++) {
      int at = raw.get(r).indexOf(para);
      if (at >= 0) return new Placed(r, at + m.getStart(), at + m.getEnd(), m);
    }
    return null;
  }

  private static boolean overlaps(Placed p, Span s) {
    return p.paragraph() == s.paragraph() && p.start() < s.end() && s.start() < p.end();
  }

  /** On a span of one of the types, and on none of another type. */
  private static boolean onlyOn(Placed p, List<Span> doc, String... types) {
    boolean on = false;
    for (Span s : doc) {
      if (!overlaps(p, s)) continue;
      if (!List.of(types).contains(s.type())) return false;
      on = true;
    }
    return on;
  }

  /** Words of a state's own bodies: a ministry, department or seat of government is the state acting. */
  private static final java.util.Set<String> STATE_BODY_WORDS = java.util.Set.of("ministry", "department", "treasury",
      "government", "embassy", "army", "navy", "authority", "parliament", "cabinet", "office", "pentagon", "kremlin");

  /**
   * On an ORG span that is a body of the state (the Foreign Office, the State Department, the U.S.
   * Treasury), and on no PER span: dyad counts a state's bodies as the state, as its seats of
   * government ("the Kremlin"). Companies, clubs, parties and agencies stay errors.
   */
  private static boolean onStateBody(Placed p, List<Span> doc) {
    boolean body = false;
    for (Span s : doc) {
      if (!overlaps(p, s)) continue;
      if (!"ORG".equals(s.type())) return false;
      for (String w : s.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) body |= STATE_BODY_WORDS.contains(w);
    }
    return body;
  }

  private static String describe(Placed p, List<Span> doc) {
    StringBuilder b = new StringBuilder(p.mention().getSurface()).append(" -> ").append(p.mention().getActorId());
    for (Span s : doc) {
      if (overlaps(p, s)) b.append(" on ").append(s.type()).append(" '").append(s.text()).append('\'');
    }
    return b.toString();
  }

  static boolean sameSurname(String gold, String found) {
    if (found == null) return false;
    // "Rühe" and "Ruehe" are one surname, as English news writes German umlauts.
    String[] g = PersonNames.key(umlauts(gold)).split(" ");
    String[] f = PersonNames.key(umlauts(found)).split(" ");
    return g[g.length - 1].equals(f[f.length - 1]);
  }

  private static String umlauts(String s) {
    return s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue");
  }

  private static String ratio(long a, long b) {
    return b == 0 ? "NaN" : String.format(Locale.ROOT, "%.4f", (double) a / b);
  }

  static Map<String, List<Span>> readSpans(File f) throws IOException {
    Map<String, List<Span>> out = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader r = Files.newBufferedReader(f.toPath(), StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) continue;
        JsonNode s = json.readTree(line);
        if (s.path("paragraph").isNull() || s.path("paragraph").isMissingNode()) continue; // a headline
        out.computeIfAbsent(s.path("doc").asText(), k -> new ArrayList<>()).add(new Span(s.path("paragraph").asInt(),
            s.path("start").asInt(), s.path("end").asInt(), s.path("type").asText(), s.path("text").asText()));
      }
    }
    return out;
  }

  /** The shipped list of CAMEO's state names (data/eval/state_names.tsv). */
  public static final String STATE_NAMES = "dyad/eval/state_names.tsv";

  /**
   * Lower-cased name → code, from a TSV whose first column is a name (lines with # are comments);
   * the shipped list when f is null.
   */
  static Map<String, String> stateNames(File f) throws IOException {
    List<String> lines;
    if (f != null) {
      lines = Files.readAllLines(f.toPath(), StandardCharsets.UTF_8);
    } else {
      try (var in = SpanEvaluation.class.getClassLoader().getResourceAsStream(STATE_NAMES)) {
        if (in == null) throw new IllegalStateException(STATE_NAMES + " is missing from the classpath");
        lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      }
    }
    Map<String, String> out = new TreeMap<>();
    for (String line : lines) {
      if (line.startsWith("#") || line.startsWith("name\t") || line.isBlank()) continue;
      String[] c = line.split("\t");
      out.put(c[0].toLowerCase(Locale.ROOT), c.length > 1 ? c[1] : "");
    }
    return out;
  }

  /** The gazetteer's names, aliases and context-needing forms of states (not demonyms, not capitals). */
  static Map<String, String> gazetteerNames(Gazetteer g) {
    Map<String, String> out = new TreeMap<>();
    for (Gazetteer.State s : g.states()) {
      out.put(s.name().toLowerCase(Locale.ROOT), s.id());
      s.aliases().forEach(a -> out.putIfAbsent(a.toLowerCase(Locale.ROOT), s.id()));
      s.ambiguous().stream().filter(a -> !s.demonyms().contains(a) && !s.metonyms().contains(a))
          .forEach(a -> out.putIfAbsent(a.toLowerCase(Locale.ROOT), s.id()));
    }
    return out;
  }

  /** Form (lower case) → leader, from NAME, STATE, ROLE, FORMS lines. */
  static Map<String, Leader> readLeaders(File f) throws IOException {
    Map<String, Leader> out = new LinkedHashMap<>();
    int n = 0;
    for (String line : Files.readAllLines(f.toPath(), StandardCharsets.UTF_8)) {
      n++;
      if (line.startsWith("#") || line.isBlank()) continue;
      String[] c = line.split("\t");
      if (c.length != 4) throw new IllegalArgumentException(f + " line " + n + ": expected NAME, STATE, ROLE, FORMS; got " + c.length + " columns");
      Leader l = new Leader(c[0], c[1], c[2]);
      for (String form : c[3].split("\\|")) {
        Leader was = out.put(form.toLowerCase(Locale.ROOT), l);
        if (was != null && !was.equals(l)) throw new IllegalArgumentException(f + " line " + n + ": form '" + form + "' is also " + was.name());
      }
    }
    return out;
  }
}
