package dyad.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.sort_array;
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
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.storage.StorageLevel;
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
 * shingles ({@link MinHasher}) with a Jaccard threshold. Each cluster keeps one article, chosen by a fixed order
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

  /** Buckets larger than this are linked as a star to their first member instead of all pairs. */
  static final int MAX_BUCKET_PAIRS = 50;

  /** article_id of each near-duplicate -> article_id of the kept copy of its cluster. */
  static Map<String, String> nearDuplicates(Dataset<Row> docs, IngestConfig.Dedup cfg) {
    MinHasher mh = new MinHasher(cfg.shingleWords, cfg.bands, cfg.rows, cfg.seed);
    StructType sigSchema = new StructType()
        .add("article_id", DataTypes.StringType).add("sig", DataTypes.createArrayType(DataTypes.IntegerType));
    Dataset<Row> sigs = docs.select("article_id", "text").flatMap((FlatMapFunction<Row, Row>) r -> {
      int[] sig = mh.signature(r.getString(1));
      if (sig == null) return java.util.Collections.emptyIterator();
      Integer[] boxed = new Integer[sig.length];
      for (int i = 0; i < sig.length; i++) boxed[i] = sig[i];
      return List.of(RowFactory.create(r.getString(0), boxed)).iterator();
    }, Encoders.row(sigSchema)).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      StructType bandSchema = new StructType().add("band", DataTypes.LongType).add("article_id", DataTypes.StringType);
      Dataset<Row> bands = sigs.flatMap((FlatMapFunction<Row, Row>) r -> {
        long[] keys = mh.bandKeys(toInts(r.getList(1)));
        List<Row> out = new ArrayList<>(keys.length);
        for (long k : keys) out.add(RowFactory.create(k, r.getString(0)));
        return out.iterator();
      }, Encoders.row(bandSchema));
      StructType pairSchema = new StructType().add("a", DataTypes.StringType).add("b", DataTypes.StringType);
      Dataset<Row> candidates = bands.groupBy("band").agg(sort_array(collect_list("article_id")).as("ids"))
          .filter(size(col("ids")).gt(1))
          .flatMap((FlatMapFunction<Row, Row>) r -> bucketPairs(r.getList(1)).iterator(), Encoders.row(pairSchema))
          .distinct();
      Dataset<Row> sa = sigs.toDF("a", "sig_a");
      Dataset<Row> sb = sigs.toDF("b", "sig_b");
      double threshold = cfg.threshold;
      List<Row> pairs = candidates.join(sa, "a").join(sb, "b")
          .filter((org.apache.spark.api.java.function.FilterFunction<Row>) r ->
              MinHasher.similarity(toInts(r.getList(r.fieldIndex("sig_a"))), toInts(r.getList(r.fieldIndex("sig_b")))) >= threshold)
          .select("a", "b").collectAsList();
      if (pairs.isEmpty()) return Map.of();
      Set<String> involved = new HashSet<>();
      for (Row p : pairs) {
        involved.add(p.getString(0));
        involved.add(p.getString(1));
      }
      Map<String, KeepKey> keys = new HashMap<>();
      for (Row r : docs.select("article_id", "date", "source")
          .filter(col("article_id").isin(involved.toArray())).collectAsList()) {
        keys.put(r.getString(0), new KeepKey(r.get(1) == null ? null : r.get(1).toString(), r.getString(2), r.getString(0)));
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
      sigs.unpersist();
    }
  }

  /** All pairs of a small bucket; a star from the first member in a large one, to stay linear. */
  static List<Row> bucketPairs(List<String> ids) {
    List<Row> out = new ArrayList<>();
    if (ids.size() <= MAX_BUCKET_PAIRS) {
      for (int i = 0; i < ids.size(); i++) {
        for (int j = i + 1; j < ids.size(); j++) out.add(RowFactory.create(ids.get(i), ids.get(j)));
      }
    } else {
      for (int j = 1; j < ids.size(); j++) out.add(RowFactory.create(ids.get(0), ids.get(j)));
    }
    return out;
  }

  private static int[] toInts(List<Integer> l) {
    int[] a = new int[l.size()];
    for (int i = 0; i < a.length; i++) a[i] = l.get(i);
    return a;
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
