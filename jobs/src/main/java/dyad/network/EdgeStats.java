package dyad.network;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * An edge's counts over the articles that name its pair, in one aggregation with map-side partial
 * results: articles, paragraphs, sentences, units (support), distinct sources, first and last date,
 * whether it is a self pair, and the example articles (most units first, then by id). One hash
 * aggregation instead of a window sort over every row plus a sort-based aggregation for the
 * distinct count and the example list.
 *
 * <p>Input: the columns of {@link #INPUT}, one row per article naming the pair in the edge's scope
 * and period (article_id, units, paras, sentences, source_key, date, self); output: {@link #OUTPUT}.
 */
public final class EdgeStats extends Aggregator<Row, EdgeStats.Buf, Row> {
  public static final StructType INPUT = new StructType()
      .add("article_id", DataTypes.StringType).add("units", DataTypes.LongType).add("paras", DataTypes.LongType)
      .add("sentences", DataTypes.LongType).add("source_key", DataTypes.StringType).add("date", DataTypes.DateType)
      .add("self", DataTypes.BooleanType);
  // The input's fields by name, looked up once: reduce reads them on every row.
  private static final int ARTICLE_ID = INPUT.fieldIndex("article_id");
  private static final int UNITS = INPUT.fieldIndex("units");
  private static final int PARAS = INPUT.fieldIndex("paras");
  private static final int SENTENCES = INPUT.fieldIndex("sentences");
  private static final int SOURCE_KEY = INPUT.fieldIndex("source_key");
  private static final int DATE = INPUT.fieldIndex("date");
  private static final int SELF = INPUT.fieldIndex("self");
  public static final StructType OUTPUT = new StructType()
      .add("articles", DataTypes.LongType).add("paragraphs", DataTypes.LongType).add("sentences", DataTypes.LongType)
      .add("support", DataTypes.LongType).add("sources", DataTypes.LongType).add("first_date", DataTypes.DateType)
      .add("last_date", DataTypes.DateType).add("self_pair", DataTypes.BooleanType)
      .add("example_articles", DataTypes.createArrayType(DataTypes.StringType));

  /** The running counts; examples hold the best-ranked (units, article_id) pairs, at most the limit given. */
  public static final class Buf implements Serializable {
    long articles;
    long paragraphs;
    long sentences;
    long support;
    Set<String> sources = new HashSet<>();
    Object first;
    Object last;
    boolean self;
    List<Example> examples = new ArrayList<>();
  }

  record Example(long units, String articleId) implements Serializable {}

  private final int examples;

  public EdgeStats(int examples) {
    this.examples = examples;
  }

  @Override
  public Buf zero() {
    return new Buf();
  }

  @Override
  public Buf reduce(Buf b, Row r) {
    b.articles++;
    long units = r.getLong(UNITS);
    b.paragraphs += r.getLong(PARAS);
    b.sentences += r.getLong(SENTENCES);
    b.support += units;
    if (!r.isNullAt(SOURCE_KEY)) b.sources.add(r.getString(SOURCE_KEY));
    Object date = r.get(DATE);
    b.first = min(b.first, date);
    b.last = max(b.last, date);
    if (!r.isNullAt(SELF)) b.self |= r.getBoolean(SELF);
    keep(b, new Example(units, r.getString(ARTICLE_ID)));
    return b;
  }

  /** Inserts an example in rank order (most units, then smallest id) and drops any beyond the limit. */
  private void keep(Buf b, Example e) {
    int at = 0;
    while (at < b.examples.size() && before(b.examples.get(at), e)) at++;
    if (at >= examples) return;
    b.examples.add(at, e);
    if (b.examples.size() > examples) b.examples.remove(b.examples.size() - 1);
  }

  private static boolean before(Example x, Example y) {
    return x.units() != y.units() ? x.units() > y.units() : x.articleId().compareTo(y.articleId()) < 0;
  }

  /** Dates (java.sql.Date or LocalDate, as Spark gives them); null when both are null. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object min(Object a, Object b) {
    return a == null ? b : b == null ? a : ((Comparable) a).compareTo(b) <= 0 ? a : b;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object max(Object a, Object b) {
    return a == null ? b : b == null ? a : ((Comparable) a).compareTo(b) >= 0 ? a : b;
  }

  @Override
  public Buf merge(Buf a, Buf b) {
    a.articles += b.articles;
    a.paragraphs += b.paragraphs;
    a.sentences += b.sentences;
    a.support += b.support;
    a.sources.addAll(b.sources);
    a.first = min(a.first, b.first);
    a.last = max(a.last, b.last);
    a.self |= b.self;
    for (Example e : b.examples) keep(a, e);
    return a;
  }

  @Override
  public Row finish(Buf b) {
    List<String> ids = new ArrayList<>(b.examples.size());
    for (Example e : b.examples) ids.add(e.articleId());
    return RowFactory.create(b.articles, b.paragraphs, b.sentences, b.support, (long) b.sources.size(), b.first, b.last,
        b.self, scala.jdk.javaapi.CollectionConverters.asScala(ids).toSeq());
  }

  @Override
  public Encoder<Buf> bufferEncoder() {
    return Encoders.javaSerialization(Buf.class);
  }

  @Override
  public Encoder<Row> outputEncoder() {
    return Encoders.row(OUTPUT);
  }
}
