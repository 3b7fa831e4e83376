package dyad.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;

import dyad.core.IngestConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.feature.NGram;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Finds duplicate articles across the corpus: exact copies (same fingerprint of the clean words)
 * and near-duplicates, such as syndicated copies with a different header, by MinHash LSH over word
 * shingles with a Jaccard threshold. Each cluster keeps one article, chosen by a fixed order
 * (earliest date, then source path), so the choice is the same on every run.
 *
 * <p>Input columns: article_id, date, source, text, fingerprint. Output: article_id, duplicate_of,
 * duplicate_kind, for the duplicates only.
 */
public final class Deduplicator {
  public static final StructType OUTPUT = new StructType()
      .add("article_id", DataTypes.StringType)
      .add("duplicate_of", DataTypes.StringType)
      .add("duplicate_kind", DataTypes.StringType);
  private static final int HASHING_FEATURES = 1 << 20;

  private Deduplicator() {}

  /** The order in which a cluster's kept copy is chosen: first wins. */
  private static WindowSpec keepOrder(String partitionBy) {
    return Window.partitionBy(partitionBy).orderBy(
        col("date").asc_nulls_last(), col("source").asc(), col("article_id").asc());
  }

  public static Dataset<Row> find(SparkSession spark, Dataset<Row> candidates, IngestConfig.Dedup cfg) {
    Dataset<Row> ranked = candidates
        .select("article_id", "date", "source", "text", "fingerprint")
        .withColumn("rank", row_number().over(keepOrder("fingerprint")))
        .withColumn("kept", first("article_id").over(keepOrder("fingerprint")));
    Dataset<Row> exact = ranked.filter(col("rank").gt(1))
        .select(col("article_id"), col("kept").as("duplicate_of"), lit("exact").as("duplicate_kind"));
    if (!cfg.near) return exact;

    Dataset<Row> distinct = ranked.filter(col("rank").equalTo(1)).select("article_id", "date", "source", "text");
    Map<String, String> nearRep = nearDuplicates(distinct, cfg);
    if (nearRep.isEmpty()) return exact;

    List<Row> rows = new ArrayList<>();
    nearRep.forEach((id, rep) -> rows.add(RowFactory.create(id, rep, "near")));
    Dataset<Row> near = spark.createDataFrame(rows, OUTPUT);
    // An exact copy of an article that is itself a near-duplicate points at the cluster's kept copy.
    Dataset<Row> exactResolved = exact.alias("e")
        .join(near.alias("n"), col("e.duplicate_of").equalTo(col("n.article_id")), "left")
        .select(col("e.article_id"),
            coalesce(col("n.duplicate_of"), col("e.duplicate_of")).as("duplicate_of"),
            col("e.duplicate_kind"));
    return exactResolved.unionByName(near);
  }

  /** article_id of each near-duplicate -> article_id of the kept copy of its cluster. */
  static Map<String, String> nearDuplicates(Dataset<Row> docs, IngestConfig.Dedup cfg) {
    Dataset<Row> tokens = new RegexTokenizer().setInputCol("text").setOutputCol("tokens")
        .setPattern("[^\\p{L}\\p{N}']+").setToLowercase(true).transform(docs);
    Dataset<Row> shingles = new NGram().setN(cfg.shingleWords).setInputCol("tokens").setOutputCol("shingles")
        .transform(tokens).filter(size(col("shingles")).gt(0));
    Dataset<Row> vectors = new HashingTF().setInputCol("shingles").setOutputCol("features")
        .setNumFeatures(HASHING_FEATURES).setBinary(true).transform(shingles)
        .select("article_id", "date", "source", "features").persist();
    try {
      MinHashLSHModel model = new MinHashLSH().setInputCol("features").setOutputCol("hashes")
          .setNumHashTables(cfg.hashTables).setSeed(cfg.seed).fit(vectors);
      List<Row> pairs = model.approxSimilarityJoin(vectors, vectors, 1.0 - cfg.threshold, "distance")
          .filter(col("datasetA.article_id").lt(col("datasetB.article_id")))
          .select(col("datasetA.article_id").as("a"), col("datasetB.article_id").as("b"))
          .collectAsList();
      if (pairs.isEmpty()) return Map.of();
      Set<String> involved = new HashSet<>();
      for (Row p : pairs) {
        involved.add(p.getString(0));
        involved.add(p.getString(1));
      }
      Map<String, KeepKey> keys = new HashMap<>();
      for (Row r : vectors.select("article_id", "date", "source")
          .filter(col("article_id").isin(involved.toArray())).collectAsList()) {
        keys.put(r.getString(0), new KeepKey(r.getAs("date") == null ? null : r.getAs("date").toString(), r.getString(2), r.getString(0)));
      }
      UnionFind<KeepKey> uf = new UnionFind<>();
      for (Row p : pairs) uf.union(keys.get(p.getString(0)), keys.get(p.getString(1)));
      Map<String, String> out = new HashMap<>();
      for (KeepKey k : uf.items()) {
        KeepKey rep = uf.find(k);
        if (!rep.equals(k)) out.put(k.articleId(), rep.articleId());
      }
      return out;
    } finally {
      vectors.unpersist();
    }
  }

  /** Same order as {@link #keepOrder}: date (undated last), source, article_id. */
  record KeepKey(String date, String source, String articleId) implements Comparable<KeepKey> {
    @Override
    public int compareTo(KeepKey o) {
      if (date == null ? o.date != null : !date.equals(o.date)) {
        if (date == null) return 1;
        if (o.date == null) return -1;
        return date.compareTo(o.date);
      }
      int c = source.compareTo(o.source);
      return c != 0 ? c : articleId.compareTo(o.articleId);
    }
  }

}
