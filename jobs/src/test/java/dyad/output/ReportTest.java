package dyad.output;

import dyad.schema.Tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.Chromium;
import dyad.SeedRun;
import dyad.SparkTestBase;
import dyad.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `dyad report` on the seed run: the page's data against the tables, then the page in a real browser. */
class ReportTest extends SparkTestBase {
  private static Path out;
  private static Path page;
  private static String html;
  private static JsonNode data;

  @BeforeAll
  static void report(@TempDir Path dir) throws Exception {
    out = SeedRun.output();
    assertEquals(0, dyad("report", "--input", out.toString(), "--output", dir.resolve("report").toString()));
    page = dir.resolve("report/index.html");
    html = Files.readString(page);
    Matcher m = Pattern.compile("<script type=\"application/json\" id=\"dyad-data\">(.*?)</script>", Pattern.DOTALL).matcher(html);
    assertTrue(m.find(), "the data is embedded");
    data = new ObjectMapper().readTree(m.group(1));
  }

  @Test
  void pageIsSelfContained() {
    // Nothing to fetch: no external script, style, image or font (the SVG namespace is a name, not a fetch).
    for (String ref : List.of("src=\"http", "href=\"http", "<link", "@import", "url(http", "src='http")) {
      assertFalse(html.contains(ref), "no external resource: " + ref);
    }
    assertFalse(html.contains("__DYAD_DATA__") || html.contains("/*DYAD_JS*/") || html.contains("/*DYAD_CSS*/"));
  }

  @Test
  void dataMatchesTheTables() {
    long nodes = duckLong("SELECT count(*) FROM " + table(out, "actor_metrics")
        + " WHERE level = 'state' AND scope = 'article' AND period = 'all' AND pagerank IS NOT NULL");
    assertEquals(Math.min(nodes, ReportData.MAX_NODES), data.at("/networks/state/nodes").size());
    // The strongest pair leads the picker, with its directed sentiment both ways as pair_sentiment has it.
    List<Object> top = duck("SELECT actor_a, actor_b, articles FROM " + table(out, "comention_edges")
        + " WHERE level = 'state' AND scope = 'article' AND period = 'all' AND NOT self_pair"
        + " ORDER BY articles DESC, sentences DESC, actor_a, actor_b LIMIT 1").get(0);
    JsonNode first = data.at("/pairs/state/0");
    assertEquals(top.get(0), first.get("a").asText());
    assertEquals(top.get(1), first.get("b").asText());
    long directed = duckLong("SELECT count(*) FROM " + table(out, "pair_sentiment") + " WHERE level = 'state' AND "
        + "((source_actor = '" + top.get(0) + "' AND target_actor = '" + top.get(1) + "') OR (source_actor = '"
        + top.get(1) + "' AND target_actor = '" + top.get(0) + "'))");
    assertTrue(directed > 0);
    assertEquals(directed, first.get("sentiment").size());
    // Its coded events both ways, period by period, as pair_events has them.
    long events = duckLong("SELECT count(*) FROM " + table(out, "pair_events") + " WHERE level = 'state' AND "
        + "((source_actor = '" + top.get(0) + "' AND target_actor = '" + top.get(1) + "') OR (source_actor = '"
        + top.get(1) + "' AND target_actor = '" + top.get(0) + "'))");
    assertTrue(events > 0);
    assertEquals(events, first.get("events").size());
    assertEquals(duckLong("SELECT count(*) FROM " + table(out, "topics")), data.at("/topics/topics").size());
    assertEquals(duckLong("SELECT count(*) FROM " + table(out, "articles")), data.at("/manifest/tables/articles/rows").asLong());
  }

  @Test
  void chartsRenderInHeadlessChromium() throws Exception {
    Path shot = TestPaths.repoRoot().resolve("jobs/target/report/seed-report.png");
    Chromium.Page p = Chromium.load(page, shot);
    assertEquals(List.of(), p.console(), "no console errors or messages");
    String dom = p.dom();
    assertTrue(dom.contains("data-rendered=\"true\""), "the script ran to its end");
    assertEquals(data.at("/networks/state/nodes").size(), count(dom, "<circle class=\"node\""));
    assertEquals(data.at("/networks/state/edges").size(), count(dom, "<line class=\"edge\""));
    assertEquals(data.at("/pairs/state").size(), count(dom.substring(dom.indexOf("id=\"pair-select\"")), "<option value="));
    assertTrue(count(dom, "<rect class=\"bar\"") > 0, "mentions bars");
    assertTrue(count(dom, "<path class=\"line\"") > 0 && count(dom, "<path class=\"ci-band\"") > 0, "sentiment lines with CI bands");
    assertEquals(data.at("/pairs/state/0/events").size() + 1,
        count(dom.substring(dom.indexOf("id=\"pair-events\"")), "<tr>") - count(dom.substring(dom.indexOf("id=\"pair-topics\"")), "<tr>"),
        "the first pair's events table: a header and a row per pair_events row");
    assertEquals(data.at("/topics/topics").size(), count(dom, "class=\"topic-card\""));
    assertTrue(count(dom.substring(dom.indexOf("id=\"row-counts\"")), "<tr>") > Tables.ALL.size());
    assertTrue(Files.size(shot) > 20_000, "a screenshot with something in it");
  }

  @Test
  void embeddedTextCannotCloseTheScript() {
    String page = Report.html(Map.of("names", Map.of("X", "</script><script>alert(1)</script>")));
    assertEquals(2, count(page, "</script>"), "only the page's own two script elements close");
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length())) n++;
    return n;
  }
}
