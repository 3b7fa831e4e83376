package dyad.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import java.util.List;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.StringArrayParam;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The first stage of the topic model's Spark ML pipeline: a text column to the terms topics are
 * made of ({@link TopicTokens}: lower case, no stop words, folded as its folding Param says). One class, one transformation, as
 * Spark's own {@code StopWordsRemover}; saved with the fitted model so the model can be reapplied
 * to new text. Its stop words and folding are Params, saved with it as StopWordsRemover keeps its
 * list: a model reloaded after dyad's own list changed still tokenises as it was fitted, and the
 * per-article pass of a run that reapplies it uses the same {@link #rules()}.
 */
public final class NewsTokenizer extends Transformer implements DefaultParamsWritable {
  private static final long serialVersionUID = 1L;
  private final String uid;
  private final Param<String> inputCol;
  private final Param<String> outputCol;
  private final StringArrayParam stopWords;
  private final Param<String> folding;

  public NewsTokenizer() {
    this(Identifiable$.MODULE$.randomUID("newsTokenizer"));
  }

  /** Used by the reader, which restores the uid a saved model had. */
  public NewsTokenizer(String uid) {
    this.uid = uid;
    inputCol = new Param<>(this, "inputCol", "the text column");
    outputCol = new Param<>(this, "outputCol", "the tokens column (array of strings)");
    stopWords = new StringArrayParam(this, "stopWords", "words never made terms, lower case (default: English "
        + "function words and news filler words, dyad/topics/news_stopwords.txt)",
        (scala.Function1<String[], Object>) words -> java.util.Arrays.stream(words).allMatch(TopicTokens::validStopWord));
    folding = new Param<>(this, "folding", "how words are folded into terms: " + List.of(dyad.core.TopicsConfig.Folding.values())
        + " (plurals: regular English plurals to the singular)",
        (scala.Function1<String, Object>) dyad.core.TopicsConfig.Folding::valid);
    setDefault(inputCol, "text");
    setDefault(outputCol, "tokens");
    setDefault(stopWords, TopicTokens.DEFAULT.stopWords().toArray(String[]::new));
    setDefault(folding, TopicTokens.DEFAULT.folding().toString());
  }

  public StringArrayParam stopWords() {
    return stopWords;
  }

  public Param<String> folding() {
    return folding;
  }

  /** Sets the rules as Params (explicitly, so that a saved model states them). */
  public NewsTokenizer setRules(TopicTokens rules) {
    set(stopWords, rules.stopWords().toArray(String[]::new));
    set(folding, rules.folding().toString());
    return this;
  }

  /** The rules its Params hold. */
  public TopicTokens rules() {
    return TopicTokens.of(new java.util.HashSet<>(java.util.Arrays.asList($(stopWords))), dyad.core.TopicsConfig.Folding.parse($(folding)));
  }

  public Param<String> inputCol() {
    return inputCol;
  }

  public Param<String> outputCol() {
    return outputCol;
  }

  public NewsTokenizer setInputCol(String v) {
    set(inputCol, v);
    return this;
  }

  public NewsTokenizer setOutputCol(String v) {
    set(outputCol, v);
    return this;
  }

  @Override
  public String uid() {
    return uid;
  }

  @Override
  public StructType transformSchema(StructType schema) {
    String in = $(inputCol);
    if (!List.of(schema.fieldNames()).contains(in)) {
      throw new IllegalArgumentException("NewsTokenizer expects a string column '" + in + "'; the input has "
          + List.of(schema.fieldNames()));
    }
    StructField f = schema.apply(in);
    if (!f.dataType().equals(DataTypes.StringType)) {
      throw new IllegalArgumentException("NewsTokenizer expects column '" + in + "' of type string, got "
          + f.dataType().simpleString());
    }
    if (List.of(schema.fieldNames()).contains($(outputCol))) {
      throw new IllegalArgumentException("NewsTokenizer: output column '" + $(outputCol) + "' exists already");
    }
    return schema.add($(outputCol), DataTypes.createArrayType(DataTypes.StringType), false);
  }

  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    transformSchema(dataset.schema());
    TopicTokens rules = rules();
    var tokens = udf((UDF1<String, List<String>>) text -> text == null ? List.of() : rules.terms(text),
        DataTypes.createArrayType(DataTypes.StringType));
    return dataset.withColumn($(outputCol), tokens.apply(col($(inputCol))));
  }

  @Override
  public NewsTokenizer copy(ParamMap extra) {
    return defaultCopy(extra);
  }

  /** How Spark's {@code PipelineModel.load} finds the reader of a saved stage: a static {@code read()}. */
  public static MLReader<NewsTokenizer> read() {
    return new DefaultParamsReader<>();
  }

  public static NewsTokenizer load(String path) {
    return read().load(path);
  }
}
