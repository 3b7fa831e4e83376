package dyad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextFiltersTest {
  private static List<String> run(TextFilter f, String... paragraphs) {
    Draft d = new Draft(List.of(paragraphs));
    f.apply(d);
    return d.paragraphs();
  }

  @Test
  void repeatedParagraphKeepsFirstExactCopyAndLongerContainingOne() {
    String a = "The ministers met in Guilin for two days of talks on trade and security.";
    String b = "Officials said the talks were frank and that more meetings would follow soon.";
    String longer = "Officials said the talks were frank and that more meetings would follow soon, according to state media.";
    assertEquals(List.of(a, longer), run(new RepeatedParagraphFilter(), a, b, a, longer));
    // Short lines such as headings may legitimately repeat.
    assertEquals(List.of("Analysis", a, "Analysis"), run(new RepeatedParagraphFilter(), "Analysis", a, "Analysis"));
  }

  @Test
  void tagListsGoHeadingsAndProseStay() {
    assertTrue(TagListFilter.isKeywordList("Russia, Lavrov, China, Wang, Guilin, Guangxin"));
    assertTrue(TagListFilter.isKeywordList("china, russia, military, partnership, training"));
    assertFalse(TagListFilter.isKeywordList("Moscow, Beijing and Washington all said the same, again."));
    assertFalse(TagListFilter.isKeywordList("Germany, Britain, the Netherlands, Canada and France have joined"));
    assertTrue(TagListFilter.isNameRun("Antony Blinken Vladimir Putin Xi Jinping"));
    assertFalse(TagListFilter.isNameRun("COLD COMFORT"));
    assertFalse(TagListFilter.isNameRun("The alliance with Moscow"));
    assertFalse(TagListFilter.isNameRun("Three is a crowd"));
  }

  @Test
  void videoCaptionsAndRelatedLinksGoSentencesStay() {
    List<String> out = run(new VideoCaptionFilter(),
        "The presidents of China and Russia agree to strengthen bilateral ties (2022) 2:20",
        "The meeting started at 10:30.",
        "Talks resumed after a break at 14:00 and lasted until the evening, officials said.");
    assertEquals(2, out.size());
    out = run(new RelatedLinkFilter(),
        "\u2022 Pentagon tracks what is believed to be a Chinese spy balloon over the United States",
        "- The first point of the communique was agreed.");
    assertEquals(List.of("- The first point of the communique was agreed."), out);
  }

  @Test
  void boilerplateRulesCutHeaderFooterAndLines() {
    List<String> out = run(new BoilerplateFilter(),
        "The Limited Times", "Now you can see non-English news...", "Headline of the story",
        "First paragraph of the story. Read more", "Source: DN", "Second paragraph of the story.",
        "Sources said the talks would go on.", "You may like", "Another story's headline", "Trends 24h");
    assertEquals(List.of("Headline of the story", "First paragraph of the story.", "Second paragraph of the story.",
        "Sources said the talks would go on."), out);
  }

  @Test
  void titleIsTakenOnlyWhenShortAndFollowed() {
    Draft d = new Draft(List.of("China and Russia: closer than ever", "Body paragraph one."));
    new TitleExtractor().apply(d);
    assertEquals("China and Russia: closer than ever", d.title());
    assertEquals(List.of("Body paragraph one."), d.paragraphs());

    Draft single = new Draft(List.of("Only one paragraph here."));
    new TitleExtractor().apply(single);
    assertNull(single.title());

    Draft known = new Draft(List.of("BAHIA COCOA REVIEW", "Showers continued."));
    known.setTitle("Bahia cocoa review");
    new TitleExtractor().apply(known);
    assertEquals(List.of("Showers continued."), known.paragraphs(), "a first paragraph repeating the title field goes");
  }

  @Test
  void englishDetectorTellsLanguagesApart() {
    String en = "The foreign ministers of China and Russia said on Monday that they would deepen their "
        + "cooperation in the face of pressure from the United States and its allies in the region.";
    String fr = "Les ministres des affaires étrangères de la Chine et de la Russie ont déclaré lundi qu'ils "
        + "approfondiraient leur coopération face aux pressions des États-Unis et de leurs alliés dans la région.";
    String es = "Los ministros de Asuntos Exteriores de China y Rusia dijeron el lunes que profundizarían su "
        + "cooperación frente a la presión de Estados Unidos y sus aliados en la región del Pacífico.";
    String zh = "中国和俄罗斯外长周一表示，面对美国及其盟友的压力，两国将深化合作。双方还讨论了地区安全问题和经济合作。";
    assertNull(EnglishDetector.whyNotEnglish(en));
    assertTrue(EnglishDetector.whyNotEnglish(fr) != null);
    assertTrue(EnglishDetector.whyNotEnglish(es) != null);
    assertTrue(EnglishDetector.whyNotEnglish(zh) != null);
  }
}
