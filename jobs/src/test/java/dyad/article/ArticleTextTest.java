package dyad.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dyad.schema.Rows.SpanRow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An article's text analysed once: paragraphs in the text, their sentences, and a stored sentence index kept as stored. */
class ArticleTextTest {
  private static final List<String> PARAGRAPHS = List.of("Mr. Lavrov met Wang Yi. They agreed on trade.",
      "The U.S. said nothing. China did.", "One sentence");

  @Test
  void paragraphsJoinIntoTheTextAndOffsetsFindTheirPlace() {
    ArticleText t = ArticleText.of(PARAGRAPHS);
    assertEquals(String.join("\n\n", PARAGRAPHS), t.text());
    int second = t.text().indexOf("The U.S.");
    assertEquals(second, t.offset(1));
    assertEquals(0, t.paragraphAt(0));
    assertEquals(0, t.paragraphAt(second - 1), "the blank line belongs to the paragraph before");
    assertEquals(1, t.paragraphAt(second));
    assertEquals(2, t.paragraphAt(t.text().length() - 1));
    // "Mr." and "U.S." end no sentence.
    assertEquals(2, t.sentenceCount(0));
    assertEquals("They agreed on trade.", t.sentence(0, 1));
    assertEquals(2, t.sentenceCount(1));
    assertEquals("China did.", t.sentence(1, 1));
    assertEquals(1, t.sentenceAt(0, PARAGRAPHS.get(0).indexOf("agreed")));
    assertEquals(0, t.sentenceAt(0, 0));
    assertEquals(1, t.sentenceCount(2));
  }

  @Test
  void aStoredSentenceIndexIsUsedAsStoredNotSplitAgain() {
    ArticleText fresh = ArticleText.of(PARAGRAPHS);
    List<List<SpanRow>> stored = fresh.sentenceRows();
    ArticleText again = ArticleText.of(PARAGRAPHS, stored);
    for (int p = 0; p < PARAGRAPHS.size(); p++) {
      assertEquals(fresh.sentenceCount(p), again.sentenceCount(p));
      for (int s = 0; s < fresh.sentenceCount(p); s++) assertEquals(fresh.sentence(p, s), again.sentence(p, s));
    }
    // An index that says the first paragraph is one sentence is kept so: mentions of that run refer to it.
    SpanRow whole = new SpanRow();
    whole.setStart(0);
    whole.setEnd(PARAGRAPHS.get(0).length());
    ArticleText older = ArticleText.of(PARAGRAPHS, List.of(List.of(whole), stored.get(1), stored.get(2)));
    assertEquals(1, older.sentenceCount(0));
    assertEquals(PARAGRAPHS.get(0), older.sentence(0, 0));
    assertThrows(IllegalArgumentException.class, () -> ArticleText.of(PARAGRAPHS, null), "a run without sentences");
  }
}
