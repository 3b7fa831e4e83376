package dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.SparkTestBase;
import dyad.TestPaths;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `dyad run` writes mentions and actors for the seeds; `dyad actors` runs alone on a run's output. */
class ActorsStageIntegrationTest extends SparkTestBase {
  @TempDir static Path tmp;
  static Path out;

  @BeforeAll
  static void run() {
    out = dyad.SeedRun.output();
  }

  private static String mentions() {
    return table(out, "mentions");
  }

  @Test
  void seedMetonymsAndTheSeaName() {
    assertTrue(duckLong("SELECT count(*) FROM " + mentions() + " WHERE surface = 'the Kremlin' AND actor_id = 'RUS'") > 0);
    assertTrue(duckLong("SELECT count(*) FROM " + mentions() + " WHERE surface = 'Brussels' AND actor_id = 'EU'") >= 2);
    // No China mention lies inside "South China Sea" in any paragraph.
    String inSea = "SELECT count(*) FROM " + mentions() + " m JOIN " + table(out, "articles") + " a USING (article_id) "
        + "WHERE m.actor_id = 'CHN' AND substr(a.paragraphs[m.paragraph + 1], m.start + 1 - 6, 15) = 'South China Sea'";
    assertEquals(0, duckLong(inSea));
  }

  @Test
  void offsetsPointAtTheSurfaceInTheParagraph() {
    assertEquals(0, duckLong("SELECT count(*) FROM " + mentions() + " m JOIN " + table(out, "articles")
        + " a USING (article_id) WHERE substr(a.paragraphs[m.paragraph + 1], m.start + 1, m.\"end\" - m.start) <> m.surface"));
    assertTrue(duckLong("SELECT count(*) FROM " + mentions()) > 100);
  }

  @Test
  void actorsCountTheirMentionsAndArticles() {
    List<List<Object>> rows = duck("SELECT actor_id, name, type, country, mentions, articles FROM " + table(out, "actors")
        + " WHERE actor_id IN ('CHN', 'EU') ORDER BY actor_id");
    assertEquals("CHN", rows.get(0).get(0));
    assertEquals("China", rows.get(0).get(1));
    assertEquals("STATE", rows.get(0).get(2));
    assertEquals("CHN", rows.get(0).get(3));
    assertEquals(5L, ((Number) rows.get(0).get(5)).longValue(), "every seed names China");
    assertEquals(List.of("EU", "European Union", "IGO"), rows.get(1).subList(0, 3));
    assertEquals(duckLong("SELECT count(*) FROM " + mentions()), duckLong("SELECT sum(mentions) FROM " + table(out, "actors")));
  }

  @Test
  void peopleOfTheSeedsWithHowTheyWereFound() {
    // The cases: a French alias, a misspelling, a cut-short surname, a glued word.
    String m = mentions();
    assertTrue(duckLong("SELECT count(*) FROM " + m + " WHERE surface = 'Vladimir Poutine' AND actor_id = 'vladimir-putin'"
        + " AND match_kind = 'alias' AND country = 'RUS'") == 1);
    assertTrue(duckLong("SELECT count(*) FROM " + m + " WHERE surface = 'Antony blink' AND actor_id = 'antony-blinken'"
        + " AND match_kind = 'fuzzy'") == 1);
    assertTrue(duckLong("SELECT count(*) FROM " + m + " WHERE surface = 'Qin Qang' AND actor_id = 'qin-gang'"
        + " AND match_kind = 'fuzzy'") == 1);
    assertTrue(duckLong("SELECT count(*) FROM " + m + " WHERE surface = 'Sergei Lavrov' AND actor_id = 'sergey-lavrov'") >= 1);
    assertTrue(duckLong("SELECT count(*) FROM " + m + " WHERE surface = 'Lavrov' AND match_kind = 'coreference'"
        + " AND actor_id = 'sergey-lavrov'") >= 1);
    // A person the gazetteer lacks, known by the title after "British".
    assertEquals(List.of(List.of("caroline-wilson", "GBR", "inferred", "Ambassador to Beijing")),
        duck("SELECT actor_id, country, match_kind, role FROM " + m + " WHERE surface = 'Caroline wilson'"));
    // Roles at the article's date: seed 000 is dated 2021-04-19, when Trump was a former president.
    assertEquals(List.of(List.of("former President")), duck("SELECT DISTINCT m.role FROM " + m + " m JOIN "
        + table(out, "articles") + " a USING (article_id) WHERE a.date = DATE '2021-04-19' AND m.actor_id = 'donald-trump'"));
    List<List<Object>> putin = duck("SELECT name, type, country, len(roles) > 0 FROM " + table(out, "actors")
        + " WHERE actor_id = 'vladimir-putin'");
    assertEquals(List.of(List.of("Vladimir Putin", "PERSON", "RUS", true)), putin);
  }

  @Test
  void theStageRunsAloneOnARunsOutputAndRefusesOtherInput() {
    Path alone = tmp.resolve("alone");
    assertEquals(0, dyad("actors", "--input", out.toString(), "--output", alone.toString()));
    assertEquals(duck("SELECT * FROM " + mentions() + " ORDER BY ALL").toString(),
        duck("SELECT * FROM " + table(alone, "mentions") + " ORDER BY ALL").toString());
    assertEquals(2, dyad("actors", "--input", TestPaths.seeds().toString(), "--output", tmp.resolve("bad").toString()));
  }
}
