package dyad.network;

import dyad.core.Period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.SeedRun;
import dyad.SparkTestBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** `dyad run` writes the co-mention networks: a toy corpus worked by hand, and the seeds. */
class NetworkStageIntegrationTest extends SparkTestBase {
  @TempDir Path tmp;

  private static final double D = 0.85;

  /**
   * Three articles and an exact copy of the third. Sentences and the states in them:
   * a1 p0: [FRA DEU] [JPN]; a1 p1: [DEU JPN]; a2 p0: [FRA JPN]; a3 p0: [DEU FRA].
   */
  private Path toyCorpus() throws IOException {
    Path in = tmp.resolve("toy");
    Files.createDirectories(in);
    Files.writeString(in.resolve("a1.txt"), "date 2021-03-05\n\nTrade talks\n\n"
        + "France and Germany signed a trade agreement on Monday after long talks. Japan was not part of the talks.\n\n"
        + "Germany later met Japan to discuss the same agreement in detail.\n");
    Files.writeString(in.resolve("a2.txt"), "date 2021-03-20\n\nFishing dispute\n\n"
        + "France criticised Japan over fishing rights in a long statement on Friday.\n");
    String a3 = "date 2021-04-02\n\nEnergy summit\n\nGermany and France held a summit about energy prices and security of supply.\n";
    Files.writeString(in.resolve("a3.txt"), a3);
    Files.writeString(in.resolve("a3-copy.txt"), a3);
    return in;
  }

  private static List<Object> edge(Path out, String level, String scope, String period, String a, String b) {
    List<List<Object>> rows = duck("SELECT articles, paragraphs, sentences, sources, a_units, b_units, scope_units, "
        + "pmi, npmi, CAST(first_date AS VARCHAR), CAST(last_date AS VARCHAR), self_pair FROM " + table(out, "comention_edges")
        + " WHERE level = '" + level + "' AND scope = '" + scope + "' AND period = '" + period
        + "' AND actor_a = '" + a + "' AND actor_b = '" + b + "'");
    assertEquals(1, rows.size(), level + " " + scope + " " + period + " " + a + "-" + b);
    return rows.get(0);
  }

  private static void assertEdge(Path out, String scope, String period, String a, String b, long articles, long paragraphs,
      long sentences, long aUnits, long bUnits, long n) {
    for (String level : List.of("actor", "state")) { // only states here: both levels agree
      List<Object> r = edge(out, level, scope, period, a, b);
      String what = level + " " + scope + " " + period + " " + a + "-" + b;
      assertEquals(List.of(articles, paragraphs, sentences, articles, aUnits, bUnits, n), r.subList(0, 7), what);
      long nAB = switch (scope) {
        case "sentence" -> sentences;
        case "paragraph" -> paragraphs;
        default -> articles;
      };
      double p = Math.log((double) nAB * n / ((double) aUnits * bUnits));
      assertEquals(p, (double) r.get(7), 1e-12, what + " pmi");
      assertEquals(nAB == n ? 1.0 : p / -Math.log((double) nAB / n), (double) r.get(8), 1e-12, what + " npmi");
      assertEquals(false, r.get(11));
    }
  }

  @Test
  void toyCorpusCountsPmiAndPageRankAsWorkedByHand() throws Exception {
    Path out = tmp.resolve("out");
    assertEquals(0, dyad("run", "--input", toyCorpus().toString(), "--output", out.toString()));
    assertEquals(9, duckLong("SELECT count(*) FROM " + table(out, "mentions")), "the mentions the counts below rest on");

    // Sentence scope, all time: 5 sentences name a state; each state is in 3 of them.
    assertEdge(out, "sentence", "all", "DEU", "FRA", 2, 2, 2, 3, 3, 5);
    assertEdge(out, "sentence", "all", "DEU", "JPN", 1, 1, 1, 3, 3, 5);
    assertEdge(out, "sentence", "all", "FRA", "JPN", 1, 1, 1, 3, 3, 5);
    // Paragraph scope: 4 paragraphs, each state in 3, each pair in 2.
    assertEdge(out, "paragraph", "all", "DEU", "FRA", 2, 2, 2, 3, 3, 4);
    assertEdge(out, "paragraph", "all", "DEU", "JPN", 1, 2, 1, 3, 3, 4);
    assertEdge(out, "paragraph", "all", "FRA", "JPN", 2, 2, 1, 3, 3, 4);
    // Article scope: 3 articles (the copy of a3 is a duplicate and counts nowhere).
    assertEdge(out, "article", "all", "DEU", "FRA", 2, 2, 2, 2, 3, 3);
    assertEdge(out, "article", "all", "DEU", "JPN", 1, 2, 1, 2, 2, 3);
    assertEdge(out, "article", "all", "FRA", "JPN", 2, 2, 1, 3, 2, 3);
    // By month: March has a1 and a2, April a3 alone.
    assertEdge(out, "article", "2021-03", "FRA", "JPN", 2, 2, 1, 2, 2, 2);
    assertEdge(out, "article", "2021-03", "DEU", "FRA", 1, 1, 1, 1, 2, 2);
    assertEdge(out, "sentence", "2021-04", "DEU", "FRA", 1, 1, 1, 1, 1, 1);
    assertEquals(2 * (3 * 3 + 3 * 3 + 3), duckLong("SELECT count(*) FROM " + table(out, "comention_edges")),
        "per level: 3 pairs x 3 scopes all time and in March (each pair shares a sentence there), 1 pair x 3 in April");
    assertEquals(List.of("2021-03-05", "2021-04-02"), edge(out, "actor", "article", "all", "DEU", "FRA").subList(9, 11));

    String a1 = (String) duck("SELECT article_id FROM " + table(out, "articles") + " WHERE source = 'a1.txt'").get(0).get(0);
    String a3 = (String) duck("SELECT article_id FROM " + table(out, "articles") + " WHERE source LIKE 'a3%' AND duplicate_of IS NULL")
        .get(0).get(0);
    // Examples: the articles naming the pair in the most units, then by id.
    assertEquals(List.of(a1), javaList(duck("SELECT example_articles FROM " + table(out, "comention_edges")
        + " WHERE level = 'actor' AND scope = 'paragraph' AND period = 'all' AND actor_a = 'DEU' AND actor_b = 'JPN'")
        .get(0).get(0)));
    List<String> both = new ArrayList<>(List.of(a1, a3));
    both.sort(null);
    assertEquals(both, javaList(duck("SELECT example_articles FROM " + table(out, "comention_edges")
        + " WHERE level = 'actor' AND scope = 'article' AND period = 'all' AND actor_a = 'DEU' AND actor_b = 'FRA'").get(0).get(0)));

    // PageRank on the article-scope triangle FRA-DEU 2, FRA-JPN 2, DEU-JPN 1: by symmetry
    // PR(DEU) = PR(JPN) = x = ((1-d)/3 + d/2) / (1 + 2d/3), PR(FRA) = 1 - 2x.
    double x = ((1 - D) / 3 + D / 2) / (1 + 2 * D / 3);
    List<List<Object>> m = duck("SELECT actor_id, name, mentions, articles, degree, weighted_degree, pagerank, betweenness, "
        + "community FROM " + table(out, "actor_metrics") + " WHERE level = 'actor' AND scope = 'article' AND period = 'all' "
        + "ORDER BY actor_id");
    assertEquals(List.of("DEU", "Germany", 3L, 2L, 2, 3.0), m.get(0).subList(0, 6));
    assertEquals(List.of("FRA", "France", 3L, 3L, 2, 4.0), m.get(1).subList(0, 6));
    assertEquals(List.of("JPN", "Japan", 3L, 2L, 2, 3.0), m.get(2).subList(0, 6));
    assertEquals(x, (double) m.get(0).get(6), 1e-9);
    assertEquals(1 - 2 * x, (double) m.get(1).get(6), 1e-9);
    assertEquals(x, (double) m.get(2).get(6), 1e-9);
    for (List<Object> r : m) {
      assertEquals(0.0, (double) r.get(7), 1e-12, "nothing lies between two of a triangle");
      assertEquals("FRA", r.get(8), "one community, named after its strongest member");
    }

    // The stage alone, with a min support of 2 articles: what it leaves out is counted.
    Path alone = tmp.resolve("alone");
    Path cfg = tmp.resolve("cfg.json");
    Files.writeString(cfg, "{\"network\": {\"minSupport\": 2}}");
    assertEquals(0, dyad("network", "--input", out.toString(), "--output", alone.toString(), "-c", cfg.toString()));
    JsonNode net = new ObjectMapper().readTree(alone.resolve("_manifest.json").toFile()).get("network");
    assertEquals(2, net.get("min_support").asInt());
    // Sentence scope: all time 3 pairs (DEU-FRA in 2 articles), March 3 pairs, April 1, all in 1 article.
    assertEquals(7, net.at("/edges_found/actor~1sentence").asLong());
    assertEquals(6, net.at("/pruned_edges/actor~1sentence").asLong());
    for (String ls : List.of("actor/sentence", "actor/paragraph", "actor/article", "state/article")) {
      String[] p = ls.split("/");
      String ptr = ls.replace("/", "~1");
      assertEquals(net.at("/edges_found/" + ptr).asLong() - net.at("/pruned_edges/" + ptr).asLong(),
          duckLong("SELECT count(*) FROM " + table(alone, "comention_edges") + " WHERE level = '" + p[0]
              + "' AND scope = '" + p[1] + "'"), ls + ": found = published + pruned");
    }
    assertEquals(0, duckLong("SELECT count(*) FROM " + table(alone, "comention_edges") + " WHERE articles < 2"));
  }

  @Test
  void seedsStrongestPairsSubGraphsAndSelfPairs() throws Exception {
    Path out = SeedRun.output();
    String edges = table(out, "comention_edges");
    List<List<Object>> top = duck("SELECT actor_a, actor_b FROM " + edges + " WHERE level = 'state' AND scope = 'article' "
        + "AND period = 'all' ORDER BY articles DESC, paragraphs DESC, sentences DESC LIMIT 2");
    assertEquals(Set.of(List.of("CHN", "RUS"), List.of("CHN", "USA")), Set.copyOf(top));

    assertEquals(0, duckLong("SELECT count(*) FROM " + edges + " WHERE actor_a >= actor_b"));
    // npmi as documented, -1..1: pairs never named apart are exactly 1, not a rounding above.
    assertEquals(0, duckLong("SELECT count(*) FROM " + edges + " WHERE npmi > 1 OR npmi < -1"));
    assertTrue(duckLong("SELECT count(*) FROM " + edges + " WHERE npmi = 1 AND scope_units > a_units") > 0);
    // sentence within paragraph within article, for every edge: the finer scope's edge exists at the
    // coarser one, in no more articles, with the same sentences.
    for (String[] fc : new String[][] {{"sentence", "paragraph"}, {"paragraph", "article"}}) {
      long fine = duckLong("SELECT count(*) FROM " + edges + " WHERE scope = '" + fc[0] + "'");
      assertTrue(fine > 50, fc[0] + " edges: " + fine);
      assertEquals(0, duckLong("SELECT count(*) FROM " + edges + " f LEFT JOIN " + edges + " c ON c.scope = '" + fc[1]
          + "' AND c.level = f.level AND c.period = f.period AND c.actor_a = f.actor_a AND c.actor_b = f.actor_b "
          + "WHERE f.scope = '" + fc[0] + "' AND (c.actor_a IS NULL OR c.articles < f.articles "
          + "OR c.paragraphs < f.paragraphs OR c.sentences <> f.sentences)"), fc[0] + " in " + fc[1]);
    }

    // Self pairs: a person with their own state at actor level, never at state level.
    assertTrue(duck("SELECT self_pair FROM " + edges + " WHERE level = 'actor' AND scope = 'sentence' AND period = 'all' "
        + "AND actor_a = 'RUS' AND actor_b = 'vladimir-putin'").get(0).get(0).equals(true));
    assertEquals(0, duckLong("SELECT count(*) FROM " + edges + " WHERE level = 'state' AND self_pair"));
    assertEquals(0, duckLong("SELECT count(*) FROM " + edges + " WHERE level = 'actor' AND self_pair "
        + "AND actor_a IN ('CHN', 'USA') AND actor_b IN ('CHN', 'USA')"));

    // State level rolls people up to the state they stood for at the article's date.
    String metrics = table(out, "actor_metrics");
    String mentions = table(out, "mentions");
    assertEquals(duckLong("SELECT count(*) FROM " + mentions + " WHERE (type IN ('STATE', 'IGO') AND actor_id = 'RUS') "
            + "OR (type IN ('PERSON', 'INSTITUTION') AND country = 'RUS')"),
        duckLong("SELECT mentions FROM " + metrics + " WHERE level = 'state' AND scope = 'article' AND period = 'all' "
            + "AND actor_id = 'RUS'"));
    // Each network's PageRank sums to one; degrees agree with the published edges.
    assertEquals(0, duckLong("SELECT count(*) FROM (SELECT level, scope, period, sum(pagerank) s FROM " + metrics
        + " WHERE pagerank IS NOT NULL GROUP BY ALL) WHERE abs(s - 1) > 1e-9"));
    assertEquals(0, duckLong("SELECT count(*) FROM " + metrics + " m LEFT JOIN (SELECT level, scope, period, a AS id, "
        + "count(*) AS d FROM (SELECT level, scope, period, actor_a AS a FROM " + edges + " UNION ALL SELECT level, scope, "
        + "period, actor_b FROM " + edges + ") GROUP BY ALL) e ON e.level = m.level AND e.scope = m.scope "
        + "AND e.period = m.period AND e.id = m.actor_id WHERE m.degree <> coalesce(e.d, 0)"));

    // GraphML for Gephi: the all-time state network at article scope, as in the tables.
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("network.graphml").toFile());
    NodeList nodes = doc.getElementsByTagName("node");
    NodeList links = doc.getElementsByTagName("edge");
    assertEquals(duckLong("SELECT count(*) FROM " + metrics + " WHERE level = 'state' AND scope = 'article' AND period = 'all'"),
        nodes.getLength());
    assertEquals(duckLong("SELECT count(*) FROM " + edges + " WHERE level = 'state' AND scope = 'article' AND period = 'all'"),
        links.getLength());
    boolean found = false;
    for (int i = 0; i < links.getLength(); i++) {
      Element e = (Element) links.item(i);
      if (e.getAttribute("source").equals("CHN") && e.getAttribute("target").equals("RUS")) {
        found = true;
        assertEquals("5.0", e.getElementsByTagName("data").item(0).getTextContent(), "weight: the articles naming both");
      }
    }
    assertTrue(found);
  }

  @Test
  void readmeQueriesOfTheNetworkRunAsWritten() {
    List<String> edges = readmeQueries("comention_edges", SeedRun.output());
    List<String> metrics = readmeQueries("actor_metrics", SeedRun.output());
    assertEquals(1, edges.size());
    assertEquals(1, metrics.size());
    List<List<Object>> rows = duck(edges.get(0));
    // The top pairs of all time at article scope lead with China and its partners.
    List<Object> first = rows.stream().filter(r -> r.get(0).equals("all")).findFirst().orElseThrow();
    assertEquals("CHN", first.get(1));
    assertTrue(rows.stream().map(r -> r.get(0)).distinct().count() >= 3, "several periods listed");
    assertFalse(duck(metrics.get(0)).isEmpty());
  }

  @Test
  void periodColumnsAgreeWithThePlainJavaLabels() {
    List<java.sql.Date> days = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2019, 12, 20); d.isBefore(LocalDate.of(2021, 1, 20)); d = d.plusDays(1)) {
      days.add(java.sql.Date.valueOf(d));
    }
    var df = spark.createDataset(days, Encoders.DATE()).toDF("date");
    for (Period unit : Period.values()) {
      List<Row> rows = df.select(functions.col("date"), unit.label(functions.col("date"))).collectAsList();
      for (Row r : rows) {
        assertEquals(unit.label(r.getDate(0).toLocalDate()), r.getString(1), unit + " " + r.getDate(0));
      }
    }
  }

  @Test
  void theStageAloneOnARunsOutputGivesTheSameRows() {
    Path again = tmp.resolve("again");
    assertEquals(0, dyad("network", "--input", SeedRun.output().toString(), "--output", again.toString()));
    for (String t : List.of("comention_edges", "actor_metrics")) {
      assertTrue(duckLong("SELECT count(*) FROM " + table(again, t)) > 100, t);
      assertEquals(0, rowsDiffering(SeedRun.output(), again, t), t + ": same input, same rows");
    }
  }

  @Test
  void refusesWrongInputAndConfig() throws IOException {
    assertEquals(2, dyad("network", "--input", dyad.TestPaths.seeds().toString(), "--output", tmp.resolve("a").toString()));
    Path cfg = tmp.resolve("bad.json");
    Files.writeString(cfg, "{\"network\": {\"periods\": [\"fortnight\"]}}");
    assertEquals(2, dyad("network", "--input", SeedRun.output().toString(), "--output", tmp.resolve("b").toString(),
        "-c", cfg.toString()));
    assertFalse(Files.exists(tmp.resolve("b")));
  }
}
