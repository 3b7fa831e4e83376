package dyad.output;

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

/**
 * The one definition of every table dyad writes: its name, columns, types, the doc of each column
 * (also written into the Parquet schema's metadata and the README), and its sort key. Stages
 * conform their DataFrames to these; readers in tests and notebooks rely on them.
 */
public final class Tables {
  private Tables() {}

  /** A table: its directory name under the output, schema and the columns its rows are sorted by. */
  public record Table(String name, String doc, StructType schema, List<String> sortKey) {
    /**
     * Selects the table's columns from {@code df}, in order and cast to the declared types. Fails up
     * front, naming what was expected and what came, when a column is missing.
     */
    public Dataset<Row> conform(Dataset<Row> df) {
      List<String> have = Arrays.asList(df.columns());
      List<String> missing = new ArrayList<>();
      List<Column> cols = new ArrayList<>();
      for (StructField f : schema.fields()) {
        if (!have.contains(f.name())) {
          missing.add(f.name());
        } else {
          cols.add(functions.col(f.name()).cast(f.dataType()).as(f.name(), f.metadata()));
        }
      }
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException("table " + name + ": missing columns " + missing
            + "; expected " + Arrays.toString(schema.fieldNames()) + ", got " + have);
      }
      return df.select(cols.toArray(new Column[0]));
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
          .col("actor_id", StringType, "The actor: ISO 3166 alpha-3 for states, the usual acronym for organisations")
          .col("type", StringType, "STATE, IGO, PERSON or INSTITUTION")
          .col("country", StringType, "The state the actor stands for at the article's date; null for organisations")
          .col("match_kind", StringType, "How it was found: exact (the actor's name), alias (another name, demonym or metonym)")
          .col("form", StringType, "Which gazetteer form matched: name, alias, demonym or metonym")
          .col("confidence", DoubleType, "0..1: lower for indirect forms and for forms resolved by context")
          .build(),
      List.of("article_id", "paragraph", "start"));

  public static final Table ACTORS = new Table("actors",
      "One row per actor mentioned at least once.",
      new Builder()
          .col("actor_id", StringType, "ISO 3166 alpha-3 for states, the usual acronym for organisations")
          .col("name", StringType, "Canonical name")
          .col("type", StringType, "STATE, IGO, PERSON or INSTITUTION")
          .col("country", StringType, "For a state its own id; for an organisation null")
          .col("roles", createArrayType(StringType), "Dated roles of a person (empty for states and organisations)")
          .col("mentions", LongType, "Mentions in non-duplicate articles")
          .col("articles", LongType, "Non-duplicate articles that mention the actor")
          .build(),
      List.of("actor_id"));

  /** Every table, by name, in the order a run writes them. */
  public static final Map<String, Table> ALL = new LinkedHashMap<>();

  static {
    for (Table t : List.of(ARTICLES, REJECTS, MENTIONS, ACTORS)) ALL.put(t.name(), t);
  }
}
