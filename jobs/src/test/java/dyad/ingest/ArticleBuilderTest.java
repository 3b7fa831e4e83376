package dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dyad.TestPaths;
import dyad.core.IngestConfig;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleBuilderTest {
  private static RawRecord record(String text) {
    RawRecord r = RawRecord.of("feed.jsonl", "line", 3);
    r.setText(text);
    return r;
  }

  @Test
  void rejectsCarryReasons() {
    ArticleBuilder b = new ArticleBuilder(new IngestConfig());
    assertEquals("missing_text", b.build(record(null)).getReason());
    assertEquals("empty", b.build(record("Read more\n\nSource: DN")).getReason());
    assertEquals("too_short", b.build(record("Just a few words here.")).getReason());
    String french = "Les ministres des affaires étrangères de la Chine et de la Russie ont déclaré lundi qu'ils "
        + "approfondiraient leur coopération face aux pressions des États-Unis et de leurs alliés dans la région.";
    assertEquals("not_english", b.build(record(french)).getReason());
    String earnings = "Shr loss six cts vs profit 19 cts\n    Net loss 166,000 vs profit 580,000\n"
        + "    Revs 3,772,000 vs 5,545,000\n    Year\n    Shr loss 13 cts vs profit 52 cts\n"
        + "    Net loss 391,000 vs profit 1,425,000\n    Revs 15.4 mln vs 16.6 mln";
    assertEquals("tabular", b.build(record(earnings)).getReason());
  }

  @Test
  void dateFieldWinsThenTextThenPath() {
    IngestConfig cfg = new IngestConfig();
    ArticleBuilder b = new ArticleBuilder(cfg);
    RawRecord r = record(TestPaths.seed("000"));
    r.setDate("2021-04-20");
    IngestedRecord a = b.build(r);
    assertEquals(LocalDate.of(2021, 4, 20), a.getDate());
    assertEquals("field", a.getDateSource());
    assertEquals("2021-04", a.getPeriod());
    r.setDate("not a date");
    assertEquals("text_prefix", b.build(r).getDateSource());
    RawRecord undated = record(TestPaths.seed("004"));
    assertNull(b.build(undated).getDate());
    assertEquals("none", b.build(undated).getDateSource());
    undated.setPath("2023/07/14/story.txt");
    assertEquals("filename", b.build(undated).getDateSource());
  }

  @Test
  void dateRangeFiltersDatedArticlesOnly() {
    IngestConfig cfg = new IngestConfig();
    cfg.from = "2022-01-01";
    ArticleBuilder b = new ArticleBuilder(cfg);
    IngestedRecord old = b.build(record(TestPaths.seed("000")));
    assertEquals("outside_date_range", old.getReason());
    assertEquals(IngestedRecord.ARTICLE, b.build(record(TestPaths.seed("004"))).getKind());
  }

  @Test
  void idsAreStableAndDependOnWhereTheRecordIs() {
    ArticleBuilder b = new ArticleBuilder(new IngestConfig());
    IngestedRecord a1 = b.build(record(TestPaths.seed("004")));
    IngestedRecord a2 = b.build(record(TestPaths.seed("004")));
    assertEquals(a1.getArticleId(), a2.getArticleId());
    assertEquals("feed.jsonl:line 3", a1.getSource());
    RawRecord withId = record(TestPaths.seed("004"));
    withId.setRecordId("reuters-1");
    IngestedRecord a3 = b.build(withId);
    assertEquals("feed.jsonl#reuters-1", a3.getSource());
    assertNotEquals(a1.getArticleId(), a3.getArticleId());
    assertEquals(a1.getFingerprint(), a3.getFingerprint(), "same text, same fingerprint");
  }
}
