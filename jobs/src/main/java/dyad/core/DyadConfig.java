package dyad.core;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.File;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The whole configuration of a run: one section per stage. Read from the JSON file given with
 * {@code --config}; anything it leaves out keeps its default; an unknown key is an error, so a typo
 * never silently falls back to a default.
 */
public class DyadConfig implements Serializable {
  private static final long serialVersionUID = 1L;

  @JsonPropertyDescription("Reading, cleaning, dating and deduplicating the corpus.")
  public IngestConfig ingest = new IngestConfig();

  @JsonPropertyDescription("Co-mention networks: edges by scope, period and level, and node metrics.")
  public NetworkConfig network = new NetworkConfig();

  @JsonPropertyDescription("Sentence tone, target-dependent sentiment and directed pair sentiment.")
  public SentimentConfig sentiment = new SentimentConfig();

  @JsonPropertyDescription("Topic models (LDA): topics, topics by article, by actor pair and over time.")
  public TopicsConfig topics = new TopicsConfig();

  public static ObjectMapper mapper() {
    return new ObjectMapper()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .enable(SerializationFeature.INDENT_OUTPUT);
  }

  public static DyadConfig load(File file) {
    if (file == null) return new DyadConfig();
    if (!file.isFile()) throw new IllegalArgumentException("config file not found: " + file);
    try {
      return mapper().readValue(file, DyadConfig.class).validated();
    } catch (JsonMappingException e) {
      throw new IllegalArgumentException("config file " + file + ": " + e.getOriginalMessage()
          + " at " + e.getPathReference(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("config file " + file + " is not valid JSON: " + e.getMessage(), e);
    }
  }

  /** Checks value ranges up front, with a message that names the key and what is allowed. */
  public DyadConfig validated() {
    IngestConfig i = ingest;
    check(java.util.List.of("auto", "text", "jsonl", "csv", "parquet").contains(i.format),
        "ingest.format must be auto, text, jsonl, csv or parquet, got '" + i.format + "'");
    LocalDate from = parseDay("ingest.from", i.from);
    LocalDate to = parseDay("ingest.to", i.to);
    check(from == null || to == null || !from.isAfter(to), "ingest.from (" + from + ") is after ingest.to (" + to + ")");
    check(i.minWords >= 0, "ingest.minWords must be >= 0, got " + i.minWords);
    check(i.maxRecordBytes > 0, "ingest.maxRecordBytes must be > 0, got " + i.maxRecordBytes);
    check(i.splitBytes > 0, "ingest.splitBytes must be > 0, got " + i.splitBytes);
    check(i.dedup.threshold > 0 && i.dedup.threshold <= 1, "ingest.dedup.threshold must be in (0, 1], got " + i.dedup.threshold);
    check(i.dedup.shingleWords >= 1, "ingest.dedup.shingleWords must be >= 1, got " + i.dedup.shingleWords);
    check(i.dedup.bands >= 1, "ingest.dedup.bands must be >= 1, got " + i.dedup.bands);
    check(i.dedup.rows >= 1, "ingest.dedup.rows must be >= 1, got " + i.dedup.rows);
    check(i.columns.text != null && !i.columns.text.isEmpty(), "ingest.columns.text must name at least one field");
    NetworkConfig n = network;
    checkSubset("network.periods", n.periods, NetworkConfig.PERIODS);
    checkSubset("network.scopes", n.scopes, NetworkConfig.SCOPES);
    checkSubset("network.levels", n.levels, NetworkConfig.LEVELS);
    check(n.minSupport >= 1, "network.minSupport must be >= 1, got " + n.minSupport);
    check(n.examples >= 0, "network.examples must be >= 0, got " + n.examples);
    check(n.damping > 0 && n.damping < 1, "network.damping must be in (0, 1), got " + n.damping);
    check(n.betweennessSources >= 1, "network.betweennessSources must be >= 1, got " + n.betweennessSources);
    check(n.graphmlScope == null || n.graphmlScope.isEmpty() || NetworkConfig.SCOPES.contains(n.graphmlScope),
        "network.graphmlScope must be empty or one of " + NetworkConfig.SCOPES + ", got '" + n.graphmlScope + "'");
    checkSubset("sentiment.periods", sentiment.periods, NetworkConfig.PERIODS);
    checkSubset("sentiment.levels", sentiment.levels, NetworkConfig.LEVELS);
    TopicsConfig t = topics;
    check(t.k >= 2, "topics.k must be >= 2, got " + t.k);
    check(TopicsConfig.DOCUMENTS.contains(t.document), "topics.document must be one of " + TopicsConfig.DOCUMENTS
        + ", got '" + t.document + "'");
    check(t.autoArticles >= 1, "topics.autoArticles must be >= 1, got " + t.autoArticles);
    check(TopicsConfig.ACTOR_NAMES.contains(t.actorNames), "topics.actorNames must be one of "
        + TopicsConfig.ACTOR_NAMES + ", got '" + t.actorNames + "'");
    check(t.minDF >= 0 && t.minDF < 1, "topics.minDF must be a share in [0, 1), got " + t.minDF);
    check(t.maxDF > t.minDF && t.maxDF <= 1, "topics.maxDF must be in (topics.minDF, 1], got " + t.maxDF);
    check(t.vocabSize >= 10, "topics.vocabSize must be >= 10, got " + t.vocabSize);
    check(TopicsConfig.OPTIMIZERS.contains(t.optimizer), "topics.optimizer must be one of " + TopicsConfig.OPTIMIZERS
        + ", got '" + t.optimizer + "'");
    check(t.docConcentration == 0 || t.docConcentration > (t.optimizer.equals("em") ? 1 : 0),
        "topics.docConcentration must be 0 (Spark's default) or above " + (t.optimizer.equals("em") ? "1 for the em optimizer" : "0")
        + ", got " + t.docConcentration);
    check(t.subsamplingRate > 0 && t.subsamplingRate <= 1, "topics.subsamplingRate must be in (0, 1], got " + t.subsamplingRate);
    check(t.iterations >= 1, "topics.iterations must be >= 1, got " + t.iterations);
    check(t.terms >= 10, "topics.terms must be >= 10 (NPMI is measured on the top 10), got " + t.terms);
    check(t.examples >= 0, "topics.examples must be >= 0, got " + t.examples);
    checkSubset("topics.scopes", t.scopes, TopicsConfig.SCOPES);
    checkSubset("topics.periods", t.periods, NetworkConfig.PERIODS);
    checkSubset("topics.levels", t.levels, NetworkConfig.LEVELS);
    return this;
  }

  public static LocalDate parseDay(String key, String value) {
    if (value == null || value.isBlank()) return null;
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(key + " must be a day as YYYY-MM-DD, got '" + value + "'");
    }
  }

  private static void checkSubset(String key, java.util.List<String> values, java.util.List<String> allowed) {
    check(values != null && !values.isEmpty(), key + " must name at least one of " + allowed);
    for (String v : values) check(allowed.contains(v), key + " may hold only " + allowed + ", got '" + v + "'");
    check(new java.util.HashSet<>(values).size() == values.size(), key + " names a value twice: " + values);
  }

  private static void check(boolean ok, String message) {
    if (!ok) throw new IllegalArgumentException(message);
  }

  public String toJson() {
    try {
      return mapper().writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
