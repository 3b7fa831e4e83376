package dyad.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.lang.reflect.RecordComponent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The configuration as immutable values: defaults declared once, each value checked with a message naming its key. */
class DyadConfigTest {
  @Test
  void anEmptyFileGivesTheDefaults() {
    DyadConfig d = DyadConfig.fromJson("{}");
    assertEquals(DyadConfig.defaults(), d);
    assertEquals(10, d.ingest().minWords());
    assertEquals(IngestConfig.Format.AUTO, d.ingest().format());
    assertEquals(0.8, d.ingest().dedup().threshold());
    assertEquals(List.of("id", "article_id", "doc_id", "newid", "uid"), d.ingest().columns().id());
    assertEquals(List.of(Period.MONTH, Period.ALL), d.network().periods());
    assertEquals(List.of(Scope.SENTENCE, Scope.PARAGRAPH, Scope.ARTICLE), d.network().scopes());
    assertEquals(Scope.ARTICLE, d.network().graphml());
    assertEquals(0, d.topics().k(), "chosen from the data");
    assertEquals(List.of(5, 10, 20, 40), d.topics().kCandidates());
    assertEquals(TopicsConfig.Optimizer.EM, d.topics().optimizer());
  }

  @Test
  void aFileSetsWhatItNamesAndKeepsTheRest() {
    DyadConfig c = DyadConfig.fromJson("{\"network\": {\"periods\": [\"week\", \"all\"], \"minSupport\": 2},"
        + " \"ingest\": {\"dedup\": {\"near\": false}}, \"topics\": {\"actorNames\": \"token\"}}");
    assertEquals(List.of(Period.WEEK, Period.ALL), c.network().periods());
    assertEquals(2, c.network().minSupport());
    assertEquals(3, c.network().examples());
    assertEquals(false, c.ingest().dedup().near());
    assertEquals(5, c.ingest().dedup().shingleWords());
    assertEquals(TopicsConfig.ActorNames.TOKEN, c.topics().actorNames());
    // What it prints is what it reads: the manifest's config reads back as the same values.
    assertEquals(c, DyadConfig.fromJson(c.toJson()));
    assertThrows(UnsupportedOperationException.class, () -> c.network().periods().add(Period.DAY), "immutable");
  }

  @Test
  void wrongValuesAreRefusedNamingTheKey() {
    assertMessage("{\"ingest\": {\"minWords\": -1}}", "ingest.minWords must be >= 0, got -1");
    assertMessage("{\"ingest\": {\"mnWords\": 5}}", "mnWords");
    assertMessage("{\"network\": {\"periods\": [\"fortnight\"]}}", "network.periods[0] must be one of [day, week, month, quarter, year, all], got 'fortnight'");
    assertMessage("{\"network\": {\"scopes\": [\"article\", \"article\"]}}", "network.scopes names a value twice");
    assertMessage("{\"topics\": {\"scopes\": [\"sentence\"]}}", "topics.scopes may hold only [article, paragraph], got 'sentence'");
    assertMessage("{\"topics\": {\"docConcentration\": 0.5}}", "topics.docConcentration must be 0 (Spark's default) or above 1");
    assertMessage("{\"topics\": {\"k\": 1}}", "topics.k must be 0 (chosen from the data) or >= 2, got 1");
    assertMessage("{\"topics\": {\"kCandidates\": []}}", "topics.kCandidates must name at least one value");
    assertMessage("{\"topics\": {\"kCandidates\": [10, 1]}}", "topics.kCandidates must each be >= 2, got 1");
    assertMessage("{\"topics\": {\"heldOut\": 1}}", "topics.heldOut must be a share in (0, 1), got 1.0");
    assertMessage("{\"ingest\": {\"from\": \"2022-01-01\", \"to\": \"2021-01-01\"}}", "ingest.from (2022-01-01) is after ingest.to");
    assertMessage("{\"ingest\": {\"format\": \"xml\"}}", "ingest.format must be one of [auto, text, jsonl, csv, parquet], got 'xml'");
    assertMessage("{\"network\": {\"graphmlScope\": \"country\"}}", "network.graphmlScope must be empty or one of");
    assertMessage("[1]", "must hold one JSON object");
    assertMessage("{\"ingest\": ", "is not valid JSON");
  }

  private static void assertMessage(String json, String part) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DyadConfig.fromJson(json), json);
    assertTrue(e.getMessage().contains(part), e.getMessage());
  }

  /** `dyad config --docs` documents every key: each component of every section has its doc. */
  @Test
  void everyKeyHasItsDoc() {
    walk(DyadConfig.class, "");
  }

  private static void walk(Class<?> type, String prefix) {
    for (RecordComponent c : type.getRecordComponents()) {
      if (type == IngestConfig.Columns.class) continue; // one doc for the six lists, on ingest.columns
      assertNotNull(c.getAccessor().getAnnotation(JsonPropertyDescription.class), prefix + c.getName() + " has a doc");
      if (c.getType().isRecord()) walk(c.getType(), prefix + c.getName() + ".");
    }
  }
  @Test
  void aBatchMayDifferFromItsOutputOnlyInSettingsThatDoNotChangePerArticleResults() {
    DyadConfig base = DyadConfig.fromJson("{}");
    // As the manifest gives the config back: JSON numbers, whatever type the record had.
    java.util.Map<String, Object> stored = base.toMap();
    assertEquals(List.of(), DyadConfig.perArticleDifferences(stored, base.toMap()));
    DyadConfig shapes = DyadConfig.fromJson("{\"network\": {\"minSupport\": 3}, \"sentiment\": {\"periods\": [\"year\"]},"
        + " \"topics\": {\"k\": 10}, \"ingest\": {\"format\": \"csv\", \"columns\": {\"text\": [\"story\"]}},"
        + " \"output\": {\"tableFormat\": \"delta\"}}");
    assertEquals(List.of(), DyadConfig.perArticleDifferences(stored, shapes.toMap()), "tables an append recomputes, and how files are read");
    DyadConfig cleaning = DyadConfig.fromJson("{\"ingest\": {\"minWords\": 3, \"dedup\": {\"threshold\": 0.9}}, "
        + "\"topics\": {\"actorNames\": \"keep\"}}");
    assertEquals(List.of("ingest.dedup.threshold", "ingest.minWords", "topics.actorNames"),
        DyadConfig.perArticleDifferences(stored, cleaning.toMap()));
  }

}
