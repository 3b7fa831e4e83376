package dyad.schema;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.Encoders;

/**
 * The one definition of every table dyad writes: its name, columns, types, the doc of each column
 * (also written into the Parquet schema's metadata and the README), and its sort key. Stages
 * conform their DataFrames to these; readers in tests and notebooks rely on them.
 */
public final class Tables {
  private Tables() {}

  /**
   * Not a table's column: the batch a record came in (1, then one more per --append), carried by
   * the per-article pass's rows and their views, so that an append writes only its own rows of the
   * per-article tables.
   */
  public static final String BATCH = "batch";

  /** A table: its directory name under the output, schema and the columns its rows are sorted by. */
  public record Table(String name, String doc, StructType schema, List<String> sortKey) {
    /**
     * Selects the table's columns from {@code df}, in order and cast to the declared types. A column
     * is found by its name or, for typed rows (Java beans, whose properties are camelCase), by the
     * camelCase form of its name. Fails up front, naming what was expected and what came, when a
     * column is missing.
     */
    public Dataset<Row> conform(Dataset<?> df) {
      return conform(df, new String[0]);
    }

    /** {@link #conform(Dataset)}, followed by the columns {@code keep} of {@code df} (the {@link #BATCH} of each row). */
    public Dataset<Row> conform(Dataset<?> df, String... keep) {
      List<String> have = Arrays.asList(df.columns());
      java.util.Map<String, String> bySnake = new java.util.HashMap<>();
      for (String c : have) bySnake.putIfAbsent(Rows.snake(c), c);
      List<String> missing = new ArrayList<>();
      List<Column> cols = new ArrayList<>();
      for (StructField f : schema.fields()) {
        String source = have.contains(f.name()) ? f.name() : bySnake.get(f.name());
        if (source == null) {
          missing.add(f.name());
        } else {
          cols.add(functions.col(source).cast(f.dataType()).as(f.name(), f.metadata()));
        }
      }
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException("table " + name + ": missing columns " + missing
            + "; expected " + Arrays.toString(schema.fieldNames()) + ", got " + have);
      }
      for (String k : keep) cols.add(functions.col(k));
      return df.select(cols.toArray(new Column[0]));
    }

    /**
     * A table of this kind (read from an output) as typed rows: each bean property from the column
     * of its snake_case name; a property the table lacks (a bean may carry more than its table) is null.
     */
    public <T> Dataset<T> as(Dataset<Row> df, Class<T> type) {
      return df.select(beanColumns(df, type)).as(Encoders.bean(type));
    }

    /** The columns of this table's rows in {@code df} as one struct column shaped as the bean {@code type}. */
    public Column struct(Dataset<Row> df, Class<?> type) {
      return functions.struct(beanColumns(df, type));
    }

    private static Column[] beanColumns(Dataset<Row> df, Class<?> type) {
      List<String> have = Arrays.asList(df.columns());
      List<Column> cols = new ArrayList<>();
      for (StructField p : Encoders.bean(type).schema().fields()) {
        String column = Rows.snake(p.name());
        Column c;
        if (!have.contains(column)) c = functions.lit(null).cast(p.dataType());
        // A column of the bean's type as it is: a cast could not turn its nullable fields into the bean's primitives.
        else if (sameType(df.schema().apply(column).dataType(), p.dataType())) c = df.col(column);
        else c = df.col(column).cast(p.dataType());
        cols.add(c.as(p.name()));
      }
      return cols.toArray(new Column[0]);
    }

    /** The same type but for nullability, field names and order included. */
    private static boolean sameType(DataType a, DataType b) {
      if (a instanceof org.apache.spark.sql.types.ArrayType x && b instanceof org.apache.spark.sql.types.ArrayType y) {
        return sameType(x.elementType(), y.elementType());
      }
      if (a instanceof StructType x && b instanceof StructType y) {
        if (x.fields().length != y.fields().length) return false;
        for (int i = 0; i < x.fields().length; i++) {
          if (!x.fields()[i].name().equals(y.fields()[i].name()) || !sameType(x.fields()[i].dataType(), y.fields()[i].dataType())) {
            return false;
          }
        }
        return true;
      }
      return a.equals(b);
    }
  }

  private static final class Builder {
    private final List<StructField> fields = new ArrayList<>();

    Builder col(String name, DataType type, String doc) {
      Metadata md = new org.apache.spark.sql.types.MetadataBuilder().putString("comment", doc).build();
      fields.add(new StructField(name, type, true, md));
      return this;
    }

    StructType build() {
      return new StructType(fields.toArray(new StructField[0]));
    }
  }

  public static final Table ARTICLES = new Table("articles",
      "One row per input record kept as an article; duplicates too, with duplicate_of set.",
      new Builder()
          .col("article_id", StringType, "Stable id: 16 hex digits of SHA-256 of source")
          .col("source", StringType, "Input file relative to --input; for files of many records, #id or :line/row")
          .col("date", DateType, "Publication date, null when none was found (see date_source)")
          .col("period", StringType, "Month of date as YYYY-MM, null when undated")
          .col("title", StringType, "Headline, from a title field or the first short paragraph")
          .col("text", StringType, "Clean body text: paragraphs separated by a blank line")
          .col("paragraphs", createArrayType(StringType), "Clean paragraphs, in order")
          .col("sentences", createArrayType(createArrayType(Rows.SPAN)), "The sentences of each paragraph as "
              + "[start, end) offsets into it: mentions.sentence and sentence_sentiment.sentence index them")
          .col("words", IntegerType, "Words in text")
          .col("duplicate_of", StringType, "article_id of the kept copy when this is a duplicate, else null")
          .col("duplicate_kind", StringType, "exact or near when a duplicate, else null")
          .col("date_source", StringType, "field, text_prefix, text_label, text_footer, text_dateline, filename or none")
          .col("publisher", StringType, "Publisher or outlet from a source field, when the input has one")
          .col("url", StringType, "URL from the input, when it has one")
          .col("record_id", StringType, "The record's own id from the input, when it has one")
          .col("repeated_paragraphs", IntegerType, "Paragraphs dropped as repeats of another in the same article")
          .col("removed_paragraphs", IntegerType, "Paragraphs dropped as boilerplate or site furniture")
          .build(),
      List.of("article_id"));

  public static final Table REJECTS = new Table("rejects",
      "One row per input record that is not an article, with the reason.",
      new Builder()
          .col("source", StringType, "Input file relative to --input (#id for records with an id)")
          .col("locator", StringType, "Where in the file: empty for a whole file, line N, row N or item N")
          .col("reason", StringType, "Reason code: see the README's reject reasons")
          .col("detail", StringType, "What exactly was wrong")
          .build(),
      List.of("source", "locator"));

  public static final Table MENTIONS = new Table("mentions",
      "One row per mention of an actor in an article (duplicates excluded).",
      new Builder()
          .col("article_id", StringType, "The article (articles.article_id)")
          .col("paragraph", IntegerType, "Index into articles.paragraphs, from 0")
          .col("sentence", IntegerType, "Index of the sentence within the paragraph, from 0")
          .col("start", IntegerType, "Start offset of the surface in the paragraph")
          .col("end", IntegerType, "End offset (exclusive) of the surface in the paragraph")
          .col("surface", StringType, "The text as written")
          .col("actor_id", StringType, "The actor: ISO 3166 alpha-3 for states, the usual acronym for organisations, "
              + "a slug of the name for people (actors.actor_id)")
          .col("type", StringType, "STATE, IGO, PERSON, or INSTITUTION (a named body of a state: People's Liberation Army; "
              + "seats of government such as the Kremlin count as the state itself)")
          .col("country", StringType, "The state the actor stands for at the article's date: a state its own id or the "
              + "state it was part of then (Moscow in 1987: SUN), a person the state (or organisation) of their role then, "
              + "rolled up the same way; null for organisations and for places that were no state then")
          .col("match_kind", StringType, "How it was found: exact (the actor's name), alias (another name, demonym, "
              + "metonym, or a short name unmistakable alone), fuzzy (a person's name misspelt), coreference (a short "
              + "name of a person named in full in the article), titled (a short name after a title or honorific: whoever "
              + "of that name held an office at the article's date), inferred (a person the gazetteer lacks, known by "
              + "the title after a state, or by a state's title alone in an article about one state)")
          .col("form", StringType, "Which form matched: name, alias, demonym, metonym, short (a person's short name) or "
              + "title (inferred from a title)")
          .col("role", StringType, "For a person, the title held at the article's date ('former ...' when out of office "
              + "then); null otherwise")
          .col("confidence", DoubleType, "0..1: lower for indirect forms, fuzzy, coreference, inferred, and forms "
              + "resolved by context")
          .build(),
      List.of("article_id", "paragraph", "start"));

  public static final Table ACTORS = new Table("actors",
      "One row per actor mentioned at least once.",
      new Builder()
          .col("actor_id", StringType, "ISO 3166 alpha-3 for states, the usual acronym for organisations, a "
              + "lower-case slug of the name for people (vladimir-putin)")
          .col("name", StringType, "Canonical name")
          .col("type", StringType, "STATE, IGO, PERSON, or INSTITUTION (a named body of a state: People's Liberation Army; "
              + "seats of government such as the Kremlin count as the state itself)")
          .col("country", StringType, "For a state its own id; for an organisation null; for a person the state of "
              + "their latest role (gazetteer) or the one most often named with their title (inferred)")
          .col("roles", createArrayType(StringType), "Roles of a person: 'COUNTRY Title START..END' from the gazetteer, "
              + "or 'COUNTRY Title' as inferred from the text; empty for states and organisations")
          .col("predecessors", createArrayType(StringType), "For a state, the states it came from (RUS: SUN; CZE: CSK; "
              + "COD: ZAR, the name it had 1971-1997); empty otherwise")
          .col("successors", createArrayType(StringType), "For a state that no longer exists, the states after it, the "
              + "continuator first (SUN: RUS, UKR, ...); empty otherwise")
          .col("mentions", LongType, "Mentions in non-duplicate articles")
          .col("articles", LongType, "Non-duplicate articles that mention the actor")
          .build(),
      List.of("actor_id"));

  public static final Table COMENTION_EDGES = new Table("comention_edges",
      "One row per pair of actors named together, per scope, period and level, in at least network.minSupport "
          + "articles (duplicates excluded; each unit counts a pair once).",
      new Builder()
          .col("actor_a", StringType, "The first actor of the pair: the smaller id (actor_a < actor_b)")
          .col("actor_b", StringType, "The second actor of the pair")
          .col("scope", StringType, "sentence, paragraph or article: the unit within which both are named")
          .col("period", StringType, "YYYY-MM (or YYYY-MM-DD, YYYY-Www, YYYY-Qn, YYYY as configured) of the articles' "
              + "dates, or all for all time; undated articles count only in all")
          .col("level", StringType, "actor (people, states and organisations as resolved) or state (people and "
              + "institutions rolled up to the state they stood for at the article's date; organisations kept)")
          .col("articles", LongType, "Articles in which the pair is named within one unit of the scope")
          .col("paragraphs", LongType, "Paragraphs naming both (at sentence scope: those with a sentence naming both); "
              + "0 at article scope when the two are never in one paragraph")
          .col("sentences", LongType, "Sentences naming both, the same at every scope; with articles and paragraphs it "
              + "ranks the pairs of one scope by strength")
          .col("sources", LongType, "Distinct sources of those articles: the publisher, or the input file when the "
              + "input names none")
          .col("first_date", DateType, "Earliest date of those articles (null when all are undated)")
          .col("last_date", DateType, "Latest date of those articles")
          .col("a_units", LongType, "Units of the scope in the period that name actor_a")
          .col("b_units", LongType, "Units of the scope in the period that name actor_b")
          .col("scope_units", LongType, "Units of the scope in the period that name any actor at this level")
          .col("pmi", DoubleType, "ln(p(a,b) / (p(a) p(b))) over units of the scope in the period: above 0 when the "
              + "pair is named together more often than chance predicts")
          .col("npmi", DoubleType, "pmi / -ln p(a,b), in -1..1: 1 for a pair never named apart, 0 for chance")
          .col("self_pair", BooleanType, "At actor level, true when one actor stood for the other (a person and their "
              + "own state or organisation); such pairs vanish at state level")
          .col("example_articles", createArrayType(StringType), "A few article ids for drill-down: those naming the "
              + "pair in the most units, then by id")
          .build(),
      List.of("level", "scope", "period", "actor_a", "actor_b"));

  public static final Table ACTOR_METRICS = new Table("actor_metrics",
      "One row per actor, level, scope and period in which the actor is named: counts and its place in the network "
          + "of published edges.",
      new Builder()
          .col("actor_id", StringType, "The actor (at state level a state or organisation id)")
          .col("name", StringType, "Its name, from the gazetteer or, for a person it lacks, as the text gives it")
          .col("level", StringType, "actor or state, as in comention_edges")
          .col("scope", StringType, "sentence, paragraph or article: the network the graph metrics are of")
          .col("period", StringType, "As in comention_edges")
          .col("mentions", LongType, "Mentions in the period (at state level including its people's)")
          .col("articles", LongType, "Articles in the period that name it")
          .col("degree", IntegerType, "Published edges of the actor in this network")
          .col("weighted_degree", DoubleType, "Sum of those edges' co-occurrences in units of the scope")
          .col("pagerank", DoubleType, "Weighted PageRank (damping network.damping) in this network; the values of one "
              + "network sum to 1; null when the actor has no published edge")
          .col("betweenness", DoubleType, "Share of shortest paths between other actors that pass through it (0..1, "
              + "normalised as networkx does); null when it has no published edge")
          .col("betweenness_sampled", BooleanType, "True when betweenness was estimated from sampled sources "
              + "(networks larger than network.betweennessSources)")
          .col("community", StringType, "Louvain community, named after its member of highest weighted degree; null "
              + "when the actor has no published edge")
          .build(),
      List.of("level", "scope", "period", "actor_id"));

  public static final Table ARTICLE_TONE = new Table("article_tone",
      "One row per non-duplicate article: its tone in the layout GDELT users know (percentages of its words).",
      new Builder()
          .col("article_id", StringType, "The article")
          .col("tone", DoubleType, "positive - negative: -100..100, usually -10..10")
          .col("positive", DoubleType, "Percentage of words with a positive valence (lexicons of data/lexicons)")
          .col("negative", DoubleType, "Percentage of words with a negative valence")
          .col("polarity", DoubleType, "positive + negative: how emotionally charged the text is")
          .col("activity_density", DoubleType, "Percentage of words that are action verbs of the cue lexicon (attack, "
              + "sanction, meet, agree ...)")
          .col("words", IntegerType, "Words scored")
          .col("compound", DoubleType, "Mean VADER-style compound score of its sentences, -1..1")
          .build(),
      List.of("article_id"));

  public static final Table SENTENCE_SENTIMENT = new Table("sentence_sentiment",
      "One row per directed record: the sentiment of a sentence toward an actor it names, and who expresses it.",
      new Builder()
          .col("article_id", StringType, "The article")
          .col("paragraph", IntegerType, "Index into articles.paragraphs")
          .col("sentence", IntegerType, "Sentence within the paragraph, as in mentions")
          .col("text", StringType, "The sentence, for drill-down")
          .col("source_actor", StringType, "Who speaks or acts: the subject of the cue verb (said, accused, agreed ...); "
              + "null when the sentence speaks of the target in its own voice")
          .col("target_actor", StringType, "The actor the sentiment is toward")
          .col("source_state", StringType, "The state the source stood for at the article's date (its own id for a "
              + "state or organisation)")
          .col("target_state", StringType, "The state the target stood for")
          .col("polarity", IntegerType, "-1, 0 or +1 (score beyond ±0.05)")
          .col("score", DoubleType, "Sentiment toward the target, -1..1: words weighted by distance to its mention and "
              + "by clause, with negation, boosters, contrast and the cue verb")
          .col("cooperation", DoubleType, "Goldstein-style score of the cue verb, -10 (attack) .. +10; null without an "
              + "act or reciprocal cue")
          .col("cue", StringType, "The word that decided the direction (the verb) or, without one, the strongest word")
          .build(),
      List.of("article_id", "paragraph", "sentence", "target_actor", "source_actor"));

  public static final Table PAIR_SENTIMENT = new Table("pair_sentiment",
      "One row per directed pair (source -> target), level and period: how the source speaks of the target.",
      new Builder()
          .col("source_actor", StringType, "The source; null for the texts' own voice about the target")
          .col("target_actor", StringType, "The target")
          .col("level", StringType, "actor, or state (people rolled up to their state; a state's records about "
              + "itself dropped)")
          .col("period", StringType, "As in comention_edges: YYYY-MM by default, or all")
          .col("records", LongType, "Records of sentence_sentiment")
          .col("articles", LongType, "Articles they come from")
          .col("mean_score", DoubleType, "Mean score, -1..1")
          .col("ci_low", DoubleType, "Lower end of the 95% confidence interval of the mean (Student's t), clipped to "
              + "-1..1; null below two records")
          .col("ci_high", DoubleType, "Upper end, clipped to -1..1")
          .col("positive_share", DoubleType, "Share of records with polarity +1")
          .col("neutral_share", DoubleType, "Share with polarity 0")
          .col("negative_share", DoubleType, "Share with polarity -1")
          .col("mean_cooperation", DoubleType, "Mean cooperation score of the records with a cue verb; null when none")
          .col("cooperation_records", LongType, "Records with a cue verb")
          .build(),
      List.of("level", "period", "source_actor", "target_actor"));

  public static final Table EVENTS = new Table("events",
      "One row per coded event: who did what to whom in a sentence, by the CAMEO codebook (docs/events.md).",
      new Builder()
          .col("article_id", StringType, "The article")
          .col("paragraph", IntegerType, "Index into articles.paragraphs")
          .col("sentence", IntegerType, "Sentence within the paragraph, as in mentions")
          .col("text", StringType, "The sentence, for drill-down")
          .col("source_actor", StringType, "Who acts: the verb's subject (or the agent of a passive)")
          .col("target_actor", StringType, "Toward whom: the verb's object (or the subject of a passive)")
          .col("source_state", StringType, "The state the source stood for at the article's date (its own id for a "
              + "state or organisation); null for an actor of no state")
          .col("target_state", StringType, "The state the target stood for")
          .col("cameo", StringType, "The CAMEO event code, e.g. 0311 (data/events/cameo_codes.tsv)")
          .col("root", StringType, "Its two-digit root, e.g. 03")
          .col("quad_class", IntegerType, "1 verbal cooperation (roots 01-05), 2 material cooperation (06-08), 3 verbal "
              + "conflict (09-13), 4 material conflict (14-20)")
          .col("goldstein", DoubleType, "The code's Goldstein weight, -10 (most conflictual) .. +10")
          .col("verb", StringType, "The words that matched: the verb and its pattern")
          .col("negated", BooleanType, "A negation or refusal governs the verb (a refused cooperation is coded 120)")
          .col("confidence", DoubleType, "0..1: how directly the words state the event (a specific pattern, a subject "
              + "next to the verb, no negation or future)")
          .build(),
      List.of("article_id", "paragraph", "sentence", "source_actor", "target_actor", "cameo"));

  public static final Table PAIR_EVENTS = new Table("pair_events",
      "One row per directed pair (source -> target), level and period: events by quad class and Goldstein, as "
          + "GDELT's and ICEWS's dyadic aggregates.",
      new Builder()
          .col("source_actor", StringType, "The source (a state at level state)")
          .col("target_actor", StringType, "The target")
          .col("level", StringType, "actor, or state (people rolled up to their state; events within one state dropped)")
          .col("period", StringType, "As in comention_edges: YYYY-MM by default, or all")
          .col("events", LongType, "Events of the events table (negated ones without a CAMEO reading left out)")
          .col("articles", LongType, "Articles they come from")
          .col("verbal_cooperation", LongType, "Events of quad class 1")
          .col("material_cooperation", LongType, "Events of quad class 2")
          .col("verbal_conflict", LongType, "Events of quad class 3")
          .col("material_conflict", LongType, "Events of quad class 4")
          .col("goldstein_sum", DoubleType, "Sum of the events' Goldstein weights")
          .col("goldstein_mean", DoubleType, "Mean Goldstein weight, -10..10")
          .col("ci_low", DoubleType, "Lower end of the 95% confidence interval of the mean (Student's t), clipped to "
              + "-10..10; null below two events")
          .col("ci_high", DoubleType, "Upper end, clipped to -10..10")
          .build(),
      List.of("level", "period", "source_actor", "target_actor"));

  public static final Table TOPICS = new Table("topics",
      "One row per topic of the fitted LDA model: its terms and how coherent and common it is.",
      new Builder()
          .col("topic_id", IntegerType, "0 .. k-1")
          .col("terms", createArrayType(StringType), "Top terms, most probable first (topics.terms of them), each shown as "
              + "the corpus's commonest word that folds into it (series, not the counted sery)")
          .col("weights", createArrayType(DoubleType), "Their probabilities in the topic")
          .col("label", StringType, "The top three terms, as a readable name")
          .col("npmi", DoubleType, "NPMI coherence of the top 10 terms by document co-occurrence in the fitted "
              + "documents, -1..1 (0.1 and up reads as a theme; below 0, filler)")
          .col("size", LongType, "Articles whose main topic it is")
          .col("share", DoubleType, "Mean weight of the topic over the articles with topic words (shares sum to 1)")
          .col("example_articles", createArrayType(StringType), "The articles where the topic weighs most")
          .col("example_titles", createArrayType(StringType), "Their titles")
          .build(),
      List.of("topic_id"));

  public static final Table ARTICLE_TOPICS = new Table("article_topics",
      "One row per article (duplicates excluded): its topic distribution under the fitted model.",
      new Builder()
          .col("article_id", StringType, "The article")
          .col("date", DateType, "Its date, null when undated")
          .col("topic_words", IntegerType, "Words of the article in the model's vocabulary (0: no topic inferred)")
          .col("weights", createArrayType(DoubleType), "Weight of each topic, indexed by topic_id, summing to 1; "
              + "null when topic_words is 0")
          .col("main_topic", IntegerType, "The topic of highest weight; null when topic_words is 0")
          .col("main_weight", DoubleType, "Its weight")
          .build(),
      List.of("article_id"));

  public static final Table PAIR_TOPICS = new Table("pair_topics",
      "One row per pair of actors named together, level, scope, period and topic that carries weight: what the pair "
          + "is discussed about.",
      new Builder()
          .col("actor_a", StringType, "One actor, as in comention_edges (actor_a < actor_b)")
          .col("actor_b", StringType, "The other")
          .col("level", StringType, "actor or state, as in comention_edges")
          .col("scope", StringType, "article (the articles naming both) or paragraph (the paragraphs naming both)")
          .col("period", StringType, "YYYY-MM by default, or all")
          .col("units", LongType, "Articles or paragraphs averaged (those with topic words)")
          .col("topic_id", IntegerType, "The topic (topics.topic_id)")
          .col("weight", DoubleType, "Mean share of the units' topic words in the topic (each word of a unit given to "
              + "its most likely topic in that unit); kept when at least topics.minPairWeight, at most topics.pairTopics "
              + "per pair")
          .col("rank", IntegerType, "1 for the pair's heaviest topic in that level, scope and period")
          .col("kept_weight", DoubleType, "Sum of the weights of the pair's kept rows (in that level, scope and period): "
              + "the share of its topic words they describe, 1 when every topic is kept")
          .build(),
      List.of("level", "scope", "period", "actor_a", "actor_b", "topic_id"));

  public static final Table TOPIC_TRENDS = new Table("topic_trends",
      "One row per topic and period: how much the corpus is about the topic then.",
      new Builder()
          .col("topic_id", IntegerType, "The topic")
          .col("period", StringType, "YYYY-MM by default, or all (undated articles count only in all)")
          .col("articles", LongType, "Articles of the period with topic words")
          .col("share", DoubleType, "Mean weight of the topic over them; a period's shares sum to 1")
          .col("main_articles", LongType, "Articles of the period whose main topic it is")
          .build(),
      List.of("period", "topic_id"));

  public static final Table TOPIC_QUALITY = new Table("topic_quality",
      "One row per number of topics fitted (each candidate when k is chosen from the data, or each k of --k 10,20,40): "
          + "the figures k was chosen by, and why.",
      new Builder()
          .col("k", IntegerType, "Number of topics")
          .col("used", BooleanType, "Whether the other topic tables come from this k")
          .col("mean_npmi", DoubleType, "Mean NPMI coherence of the topics' top 10 terms (higher is better)")
          .col("min_npmi", DoubleType, "The least coherent topic's NPMI")
          .col("diversity", DoubleType, "Share of distinct terms among all top-25 lists (1: no term shared)")
          .col("log_perplexity", DoubleType, "LDA's log-perplexity on the fitted documents (lower is better; "
              + "comparable only between k on the same corpus)")
          .col("documents", LongType, "Documents fitted (for a candidate not chosen, the sample it was fitted on)")
          .col("vocabulary", IntegerType, "Terms in the vocabulary")
          .col("iterations", IntegerType, "LDA iterations of this fit (topics.sweepIterations for a candidate not chosen)")
          .col("heldout_npmi", DoubleType, "When k is chosen from the data: mean strict NPMI of the candidate's "
              + "top 10 terms on the held-out documents (a pair never together there counts -1); null otherwise")
          .col("heldout_documents", LongType, "When k is chosen from the data: documents held out; null otherwise")
          .col("choice", StringType, "Why this k was or was not used")
          .build(),
      List.of("k"));

  /**
   * The tables of one or a few rows per article, written as the per-article pass left them (no
   * shuffle of their text); the others, aggregates, are written sorted by their key.
   */
  public static final java.util.Set<Table> PER_ARTICLE = java.util.Set.of(ARTICLES, REJECTS, MENTIONS, ARTICLE_TONE,
      SENTENCE_SENTIMENT, EVENTS, ARTICLE_TOPICS);

  /** Every table, by name, in the order a run writes them. */
  public static final Map<String, Table> ALL = new LinkedHashMap<>();

  static {
    for (Table t : List.of(ARTICLES, REJECTS, MENTIONS, ACTORS, COMENTION_EDGES, ACTOR_METRICS, ARTICLE_TONE,
        SENTENCE_SENTIMENT, PAIR_SENTIMENT, EVENTS, PAIR_EVENTS, TOPICS, ARTICLE_TOPICS, PAIR_TOPICS, TOPIC_TRENDS, TOPIC_QUALITY)) ALL.put(t.name(), t);
  }
}
