package dyad.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The whole configuration of a run, one immutable record per stage. Read from the JSON file given
 * with {@code --config}: anything it leaves out takes the default declared on its component
 * ({@code @JsonProperty(defaultValue)}); an unknown key is an error, so a typo never silently
 * falls back to a default; each value is checked by its record's constructor.
 */
public record DyadConfig(
    @JsonProperty(defaultValue = "{}")
    @JsonPropertyDescription("Reading, cleaning, dating and deduplicating the corpus.")
    IngestConfig ingest,

    @JsonProperty(defaultValue = "{}")
    @JsonPropertyDescription("Co-mention networks: edges by scope, period and level, and node metrics.")
    NetworkConfig network,

    @JsonProperty(defaultValue = "{}")
    @JsonPropertyDescription("Sentence tone, target-dependent sentiment and directed pair sentiment.")
    SentimentConfig sentiment,

    @JsonProperty(defaultValue = "{}")
    @JsonPropertyDescription("CAMEO-coded events between actors, and per directed pair by quad class and Goldstein.")
    EventsConfig events,

    @JsonProperty(defaultValue = "{}")
    @JsonPropertyDescription("Topic models (LDA): topics, topics by article, by actor pair and over time.")
    TopicsConfig topics,

    @JsonProperty(defaultValue = "{}")
    @JsonPropertyDescription("How the tables are stored: Parquet or Delta Lake.")
    OutputConfig output) implements Serializable {

  private static final DyadConfig DEFAULTS = parse(null, "{}");

  public static ObjectMapper mapper() {
    return new ObjectMapper()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .enable(SerializationFeature.INDENT_OUTPUT);
  }

  /** What an empty config file gives. */
  public static DyadConfig defaults() {
    return DEFAULTS;
  }

  /** The config of {@code file} over the defaults; the defaults when {@code file} is null. */
  public static DyadConfig load(File file) {
    if (file == null) return DEFAULTS;
    if (!file.isFile()) throw new IllegalArgumentException("config file not found: " + file);
    String json;
    try {
      json = java.nio.file.Files.readString(file.toPath());
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read config file " + file + ": " + e.getMessage(), e);
    }
    return parse(file, json);
  }

  /** A config from JSON text over the defaults, as a config file would give it. */
  public static DyadConfig fromJson(String json) {
    return parse(null, json);
  }

  private static DyadConfig parse(File file, String json) {
    String where = file == null ? "the default config" : "config file " + file;
    ObjectMapper m = mapper();
    try {
      JsonNode tree = m.readTree(json);
      if (tree == null || !tree.isObject()) throw new IllegalArgumentException(where + " must hold one JSON object");
      return m.treeToValue(withDefaults(m, (ObjectNode) tree, DyadConfig.class), DyadConfig.class);
    } catch (InvalidFormatException e) {
      // An enum value not allowed: name the key and the values that are.
      Class<?> t = e.getTargetType();
      String allowed = t != null && t.isEnum() ? Arrays.stream(t.getEnumConstants()).map(String::valueOf)
          .collect(Collectors.joining(", ", "[", "]")) : "a value of type " + (t == null ? "?" : t.getSimpleName());
      throw new IllegalArgumentException(where + ": " + key(e) + " must be one of " + allowed + ", got '" + e.getValue() + "'", e);
    } catch (JsonMappingException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IllegalArgumentException iae) throw new IllegalArgumentException(where + ": " + iae.getMessage(), e);
      throw new IllegalArgumentException(where + ": " + e.getOriginalMessage() + " at " + key(e), e);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(where + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** The dotted key of a mapping error's location: network.periods[0]. */
  private static String key(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
      else if (r.getIndex() >= 0) sb.append('[').append(r.getIndex()).append(']');
    }
    return sb.toString();
  }

  /**
   * {@code node} with the default of every component of {@code type} it lacks (or holds as null),
   * section by section: the defaults are declared on the record components, once.
   */
  private static ObjectNode withDefaults(ObjectMapper m, ObjectNode node, Class<?> type) throws JsonProcessingException {
    for (RecordComponent c : type.getRecordComponents()) {
      JsonProperty p = c.getAccessor().getAnnotation(JsonProperty.class);
      JsonNode value = node.get(c.getName());
      if ((value == null || value.isNull()) && p != null && !p.defaultValue().isEmpty()) {
        value = m.readTree(p.defaultValue());
        node.set(c.getName(), value);
      }
      if (c.getType().isRecord() && value != null && value.isObject()) withDefaults(m, (ObjectNode) value, c.getType());
    }
    return node;
  }

  /**
   * The keys whose values decide what the per-article pass makes of a record (cleaning, dating,
   * deduplication, the words topics read): a batch appended with other values would not be the
   * same corpus as its output's. The others (networks, sentiment's and topics' aggregations) only
   * shape tables that an append recomputes. How records are read (ingest.format, ingest.columns) may
   * differ from batch to batch.
   */
  static final List<String> PER_ARTICLE = List.of("ingest", "topics.actorNames");
  static final List<String> PER_BATCH = List.of("ingest.format", "ingest.columns");

  /**
   * The dotted keys of per-article settings whose values differ between two configs (as the manifest
   * stores them), sorted; empty when a batch under {@code b} may be appended to an output under {@code a}.
   */
  public static List<String> perArticleDifferences(java.util.Map<String, Object> a, java.util.Map<String, Object> b) {
    java.util.Map<String, Object> fa = new java.util.TreeMap<>();
    java.util.Map<String, Object> fb = new java.util.TreeMap<>();
    flatten("", asRead(a), fa);
    flatten("", asRead(b), fb);
    java.util.Set<String> keys = new java.util.TreeSet<>(fa.keySet());
    keys.addAll(fb.keySet());
    List<String> out = new java.util.ArrayList<>();
    for (String k : keys) {
      boolean perArticle = PER_ARTICLE.stream().anyMatch(p -> k.equals(p) || k.startsWith(p + "."))
          && PER_BATCH.stream().noneMatch(p -> k.equals(p) || k.startsWith(p + "."));
      if (perArticle && !java.util.Objects.equals(fa.get(k), fb.get(k))) out.add(k);
    }
    return out;
  }

  /** A map as the manifest's JSON text gives it back (one number type per value, whatever it came as). */
  @SuppressWarnings("unchecked")
  private static java.util.Map<String, Object> asRead(java.util.Map<String, Object> m) {
    try {
      return m == null ? java.util.Map.of() : mapper().readValue(mapper().writeValueAsString(m), java.util.Map.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static void flatten(String prefix, java.util.Map<String, Object> m, java.util.Map<String, Object> out) {
    if (m == null) return;
    m.forEach((k, v) -> {
      String key = prefix.isEmpty() ? k : prefix + "." + k;
      if (v instanceof java.util.Map<?, ?> sub) flatten(key, (java.util.Map<String, Object>) sub, out);
      else out.put(key, v);
    });
  }

  /** This config as the manifest stores it: a map of sections. */
  @SuppressWarnings("unchecked")
  public java.util.Map<String, Object> toMap() {
    return mapper().convertValue(this, java.util.Map.class);
  }

  /** This config with another ingest section (the command line's options over the file's). */
  public DyadConfig withIngest(IngestConfig i) {
    return new DyadConfig(i, network, sentiment, events, topics, output);
  }

  /** This config with another output section (--table-format over the file's). */
  public DyadConfig withOutput(OutputConfig o) {
    return new DyadConfig(ingest, network, sentiment, events, topics, o);
  }

  public String toJson() {
    try {
      return mapper().writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The components of a config record with their docs, for {@code dyad config --docs}. */
  public static List<RecordComponent> components(Class<?> type) {
    return List.of(type.getRecordComponents());
  }
}
