package dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.TestPaths;
import dyad.article.AnalysedArticle;
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
    ArticleBuilder b = new ArticleBuilder(IngestConfig.defaults());
    assertEquals("missing_text", b.build(record(null)).reject().getReason());
    assertEquals("empty", b.build(record("Read more\n\nSource: DN")).reject().getReason());
    assertEquals("too_short", b.build(record("Just a few words here.")).reject().getReason());
    String french = "Les ministres des affaires étrangères de la Chine et de la Russie ont déclaré lundi qu'ils "
        + "approfondiraient leur coopération face aux pressions des États-Unis et de leurs alliés dans la région.";
    assertEquals("not_english", b.build(record(french)).reject().getReason());
    String earnings = "Shr loss six cts vs profit 19 cts\n    Net loss 166,000 vs profit 580,000\n"
        + "    Revs 3,772,000 vs 5,545,000\n    Year\n    Shr loss 13 cts vs profit 52 cts\n"
        + "    Net loss 391,000 vs profit 1,425,000\n    Revs 15.4 mln vs 16.6 mln";
    assertEquals("tabular", b.build(record(earnings)).reject().getReason());
  }

  @Test
  void dateFieldWinsThenTextThenPath() {
    ArticleBuilder b = new ArticleBuilder(IngestConfig.defaults());
    RawRecord r = record(TestPaths.seed("000"));
    r.setDate("2021-04-20");
    AnalysedArticle a = b.build(r);
    assertEquals(LocalDate.of(2021, 4, 20), a.date());
    assertEquals("field", a.article().getDateSource());
    assertEquals("2021-04", a.article().getPeriod());
    r.setDate("not a date");
    assertEquals("text_prefix", b.build(r).article().getDateSource());
    RawRecord undated = record(TestPaths.seed("004"));
    assertNull(b.build(undated).date());
    assertEquals("none", b.build(undated).article().getDateSource());
    undated.setPath("2023/07/14/story.txt");
    assertEquals("filename", b.build(undated).article().getDateSource());
  }

  @Test
  void dateRangeFiltersDatedArticlesOnly() {
    ArticleBuilder b = new ArticleBuilder(IngestConfig.defaults().with(null, "2022-01-01", null));
    AnalysedArticle old = b.build(record(TestPaths.seed("000")));
    assertEquals("outside_date_range", old.reject().getReason());
    assertTrue(b.build(record(TestPaths.seed("004"))).isArticle());
  }

  @Test
  void idsAreStableAndDependOnWhereTheRecordIs() {
    ArticleBuilder b = new ArticleBuilder(IngestConfig.defaults());
    AnalysedArticle a1 = b.build(record(TestPaths.seed("004")));
    AnalysedArticle a2 = b.build(record(TestPaths.seed("004")));
    assertEquals(a1.articleId(), a2.articleId());
    assertEquals("feed.jsonl:line 3", a1.article().getSource());
    RawRecord withId = record(TestPaths.seed("004"));
    withId.setRecordId("reuters-1");
    AnalysedArticle a3 = b.build(withId);
    assertEquals("feed.jsonl#reuters-1", a3.article().getSource());
    assertNotEquals(a1.articleId(), a3.articleId());
    assertEquals(a1.fingerprint(), a3.fingerprint(), "same text, same fingerprint");
  }
}
