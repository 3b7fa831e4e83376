package dyad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.TestPaths;
import dyad.core.IngestConfig;
import dyad.ingest.ArticleBuilder;
import dyad.article.AnalysedArticle;
import dyad.ingest.RawRecord;
import dyad.schema.Rows.ArticleRow;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The whole cleaning chain on the five real reference articles. */
class SeedCleaningTest {
  private static final ArticleBuilder BUILDER = new ArticleBuilder(IngestConfig.defaults());

  static AnalysedArticle analyse(String prefix) {
    RawRecord raw = RawRecord.of("seeds/" + prefix + ".txt", "file", 0);
    raw.setText(TestPaths.seed(prefix));
    return BUILDER.build(raw);
  }

  static ArticleRow clean(String prefix) {
    return analyse(prefix).article();
  }

  /** Furniture that must never survive cleaning, in any article. */
  private static final List<Pattern> FURNITURE = List.of(
      Pattern.compile("(?i)\\bread more\\b"),
      Pattern.compile("(?i)^source\\b"),
      Pattern.compile("(?i)you may like"),
      Pattern.compile("(?i)trends 24h"),
      Pattern.compile("(?i)privacy"),
      Pattern.compile("(?i)the information on this site"),
      Pattern.compile("(?i)inclusion of any links"),
      Pattern.compile("(?i)all news articles on"),
      Pattern.compile("(?i)non-english news"),
      Pattern.compile("(?i)limited times"),
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"),
      Pattern.compile("^\\s*[\u2022•]"),
      Pattern.compile("\\s\\d{1,2}:\\d{2}$"),
      Pattern.compile("(?i)^date \\d{4}"),
      Pattern.compile("REUTERS / Yuri Gripas"),
      Pattern.compile("\\(Li Tao/AP\\)"),
      Pattern.compile("©"));

  @ParameterizedTest
  @ValueSource(strings = {"000", "001", "002", "003", "004"})
  void noFurnitureBoilerplateOrFooterIsLeft(String seed) {
    assertTrue(analyse(seed).isArticle(), seed);
    ArticleRow r = clean(seed);
    for (String p : r.getParagraphs()) {
      for (Pattern f : FURNITURE) {
        assertFalse(f.matcher(p).find(), seed + ": furniture /" + f + "/ left in paragraph: " + p);
      }
      assertFalse(TagListFilter.isKeywordList(p) || TagListFilter.isNameRun(p), seed + ": tag list left: " + p);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"000", "001", "002", "003", "004"})
  void noParagraphIsRepeated(String seed) {
    ArticleRow r = clean(seed);
    Set<String> seen = new HashSet<>();
    for (String p : r.getParagraphs()) {
      String f = Tokens.fingerprintForm(p);
      if (Tokens.countWords(p) < RepeatedParagraphFilter.MIN_WORDS) continue;
      assertTrue(seen.add(f), seed + ": repeated paragraph: " + p);
      for (String q : r.getParagraphs()) {
        if (q != p && Tokens.fingerprintForm(q).contains(f) && !Tokens.fingerprintForm(q).equals(f)) {
          throw new AssertionError(seed + ": paragraph repeated inside another: " + p);
        }
      }
    }
  }

  @Test
  void siteFurnitureOfTheAggregatorPageIsGoneButTheStoryStays() {
    ArticleRow r = clean("001");
    assertEquals("ANALYSIS | China and Russia are closer than ever... and that's a problem for the US.", r.getTitle());
    String text = r.getText();
    assertTrue(text.contains("Antony Blinken is due to make a trip to Beijing"));
    assertTrue(text.contains("if Russia falls, China is next"), "the last real paragraph is kept");
    assertFalse(text.contains("Antony Blinken Vladimir Putin Xi Jinping"), "the tag list of names is gone");
    assertFalse(text.contains("Pentagon tracks what is believed"), "related-story bullets are gone");
    assertFalse(text.contains("hypersonic arms race 0:46"), "video captions are gone");
    assertFalse(text.contains("on February 4, 2022. (Li Tao/AP)"), "the photo caption is gone");
    // The standfirst repeats the start of a later paragraph: one copy is dropped, the longer one kept.
    assertEquals(1, r.getRepeatedParagraphs());
    assertTrue(text.contains("analysts say, in a bid to make up lost ground"));
  }

  @Test
  void imageBlocksAndAttributionOfTheNewsweekStoryAreGone() {
    ArticleRow r = clean("003");
    String text = r.getText();
    assertEquals("After US negotiations get tense, China turns to Russia to 'promote cooperation'", r.getTitle());
    assertFalse(text.contains("Russia, Lavrov, China, Wang, Guilin"));
    assertFalse(text.contains("china, russia, military, partnership, training"));
    assertFalse(text.contains("clashes with Chinese Foreign Minister Wang Yi in Guilin"), "caption of the image block");
    assertFalse(text.lines().anyMatch(l -> l.equals("Russian Ministry of Defense")), "credit line of the image block");
    assertTrue(text.contains("Hua said the agenda would include"), "the paragraph after the image block is kept");
    assertTrue(text.endsWith("maintains informal military and political ties with the United States."));
  }

  @Test
  void readMoreTailsAndThePhotoCaptionOfTheReutersStoryAreGone() {
    ArticleRow r = clean("000");
    assertTrue(r.getParagraphs().get(0).startsWith("China is strengthening ties with autocratic partners"));
    assertTrue(r.getText().contains("the ideological agenda of the West."));
    assertTrue(r.getText().contains("COLD COMFORT"), "section headings are part of the article");
  }

  @Test
  void gluedNamesAreSplit() {
    assertTrue(clean("002").getText().contains("Wang Yi and Sergei Lavrov They agreed"));
  }

  @Test
  void cleaningKeepsNearlyAllOfTheProse() {
    // Guard against filters that eat content: the clean text keeps >= 90 % of each seed's words.
    for (String seed : List.of("000", "001", "002", "003", "004")) {
      int raw = Tokens.countWords(TestPaths.seed(seed));
      int kept = clean(seed).getWords();
      assertTrue(kept > raw * 0.9 || seed.equals("001") && kept > raw * 0.8,
          String.format(Locale.ROOT, "%s kept %d of %d words", seed, kept, raw));
    }
  }
}
