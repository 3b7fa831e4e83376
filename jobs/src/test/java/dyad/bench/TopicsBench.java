package dyad.bench;

import static org.apache.spark.sql.functions.col;

import dyad.core.SparkSessions;
import dyad.topics.Coherence;
import dyad.topics.TopicTokens;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Topic quality on held-out news: LDA fitted on one part of a CSV corpus (text column), NPMI of each
 * topic's top-10 words by document co-occurrence on another part, and diversity of the top-25.
 * Usage: TopicsBench FIT.csv HELDOUT.csv k minDF maxDF iterations optimizer
 */
public final class TopicsBench {
  public static void main(String[] args) {
    int k = Integer.parseInt(args[2]);
    double minDf = Double.parseDouble(args[3]);
    double maxDf = Double.parseDouble(args[4]);
    int iter = Integer.parseInt(args[5]);
    String optimizer = args[6];
    SparkSession spark = SparkSessions.start("local[*]");
    Dataset<Row> fit = tokens(spark, args[0]);
    Dataset<Row> held = tokens(spark, args[1]);
    long t0 = System.nanoTime();
    CountVectorizerModel cv = new CountVectorizer().setInputCol("tokens").setOutputCol("features").setMinDF(minDf)
        .setMaxDF(maxDf).setVocabSize(50_000).fit(fit);
    Dataset<Row> vectors = cv.transform(fit).cache();
    LDAModel lda = new LDA().setK(k).setMaxIter(iter).setSeed(20210419L).setOptimizer(optimizer).fit(vectors);
    double secs = (System.nanoTime() - t0) / 1e9;
    String[] vocab = cv.vocabulary();
    List<List<String>> top10 = new ArrayList<>();
    List<List<String>> top25 = new ArrayList<>();
    for (Row r : lda.describeTopics(25).orderBy("topic").collectAsList()) {
      int[] idx = toInts(r.getList(1));
      List<String> words = new ArrayList<>();
      for (int i : idx) words.add(vocab[i]);
      top25.add(words);
      top10.add(words.subList(0, Math.min(10, words.size())));
    }
    List<Set<String>> docs = new ArrayList<>();
    for (Row r : held.collectAsList()) docs.add(new HashSet<>(r.getList(0)));
    double sum = 0;
    for (List<String> t : top10) {
      double c = Coherence.npmi(t, docs);
      sum += c;
      System.out.printf(Locale.ROOT, "%.3f  %s%n", c, String.join(" ", t));
    }
    System.out.printf(Locale.ROOT, "k=%d minDF=%s maxDF=%s iter=%d %s vocab=%d: mean NPMI %.3f, diversity %.3f, "
        + "log-perplexity %.3f, fit %.1f s%n", k, minDf, maxDf, iter, optimizer, vocab.length, sum / top10.size(),
        Coherence.diversity(top25), lda.logPerplexity(vectors), secs);
    spark.stop();
  }

  private static int[] toInts(List<Object> l) {
    return l.stream().mapToInt(o -> (Integer) o).toArray();
  }

  /** The corpus is small (BBC: 1,891 articles): tokenised on the driver, then handed to Spark. */
  private static Dataset<Row> tokens(SparkSession spark, String csv) {
    List<Row> rows = new ArrayList<>();
    for (Row r : spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"").csv(csv)
        .select("text").filter(col("text").isNotNull()).collectAsList()) {
      rows.add(RowFactory.create(CollectionConverters.asScala(TopicTokens.of(r.getString(0), List.of())).toSeq()));
    }
    return spark.createDataFrame(rows, new StructType().add("tokens", DataTypes.createArrayType(DataTypes.StringType)));
  }
}
