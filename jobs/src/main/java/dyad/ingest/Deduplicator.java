package dyad.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;

import dyad.article.AnalysedArticle;
import dyad.schema.Tables;
import dyad.core.FaultInjection;
import dyad.core.IngestConfig;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Finds the duplicates of a corpus from the keys the per-article pass computed, with no text in any
 * shuffle: records whose id appeared earlier in the same file (repeats), exact copies (the same
 * fingerprint of the clean words) and near copies, such as syndicated ones with another header, by
 * MinHash LSH over word shingles ({@link MinHasher}) with a Jaccard threshold. Each cluster keeps
 * one article, the first by a fixed order (earliest date, then source, then id), so the choice is
 * the same on every run. The results are small and come back to the driver.
 */
public final class Deduplicator {
  /** The fault-injection site of deduplication (tests only). */
  public static final String SITE = "dedup";
  public static final String EXACT = "exact";
  public static final String NEAR = "near";

  /** Buckets larger than this are linked as a star to their first member instead of all pairs. */
  static final int MAX_BUCKET_PAIRS = 50;

  /**
   * What deduplication found: the (article_id, position) of each repeated record after the first,
   * and for each duplicate article its kept copy and kind (exact or near).
   */
  public record Found(List<Repeat> repeats, Map<String, Duplicate> duplicates, Set<String> changedEarlier) {
    public Found(List<Repeat> repeats, Map<String, Duplicate> duplicates) {
      this(repeats, duplicates, Set.of());
    }

    public Dataset<Row> repeatsFrame(SparkSession spark) {
      List<Row> rows = new ArrayList<>();
      for (Repeat r : repeats) rows.add(RowFactory.create(r.articleId(), r.batch(), r.position(), r.firstBatch()));
      return spark.createDataFrame(rows, new StructType().add("article_id", DataTypes.StringType)
          .add("batch", DataTypes.IntegerType).add("position", DataTypes.LongType).add("first_batch", DataTypes.IntegerType));
    }

    public Dataset<Row> duplicatesFrame(SparkSession spark) {
      List<Row> rows = new ArrayList<>();
      duplicates.forEach((id, d) -> rows.add(RowFactory.create(id, d.keptId(), d.kind())));
      return spark.createDataFrame(rows, new StructType().add("article_id", DataTypes.StringType)
          .add("duplicate_of", DataTypes.StringType).add("duplicate_kind", DataTypes.StringType));
    }
  }

  /** A record whose id is used before it: in its batch at position, first used in firstBatch. */
  public record Repeat(String articleId, int batch, long position, int firstBatch) {}

  public record Duplicate(String keptId, String kind) {}

  private Deduplicator() {}

  /**
   * @param analysed the pass's rows ({@link dyad.schema.Rows.AnalysedRow}) of every batch, each with
   *     its batch; only their keys are read
   * @param batch the batch being added: the articles of earlier batches come first in every
   *     cluster, so a new copy of an article already in the output is its duplicate
   * @param earlier the duplicates found when the earlier batches were added; the articles of
   *     earlier batches whose status differs from it (a new article links two clusters that were
   *     apart, so one kept copy becomes a duplicate of the other) come back as changedEarlier
   */
  public static Found find(Dataset<Row> analysed, IngestConfig.Dedup cfg, int batch, Map<String, Duplicate> earlier) {
    Dataset<Row> keys = analysed.filter(col("kind").equalTo(AnalysedArticle.ARTICLE))
        .select(col("article.articleId").as("id"), col(Tables.BATCH).as("batch"), col("position"),
            col("article.date").cast("string").as("date"), col("article.source").as("source"), col("fingerprint"), col("signature"));

    // A record id used twice in one file (or a file added twice) would give two articles one
    // article_id: the first is kept, by batch and then position.
    List<Repeat> repeats = new ArrayList<>();
    for (Row r : keys.groupBy("id").agg(sort_array(collect_list(struct("batch", "position"))).as("uses"))
        .filter(size(col("uses")).gt(1)).collectAsList()) {
      List<Row> uses = r.getList(1);
      int first = uses.get(0).getInt(0);
      for (Row u : uses.subList(1, uses.size())) repeats.add(new Repeat(r.getString(0), u.getInt(0), u.getLong(1), first));
    }
    Dataset<Row> distinct = repeats.isEmpty() ? keys : keys.join(functions.broadcast(new Found(repeats, Map.of())
        .repeatsFrame(analysed.sparkSession()).select("article_id", "batch", "position").toDF("id", "batch", "position")),
        new String[] {"id", "batch", "position"}, "left_anti");

    // Exact copies: the same fingerprint.
    Map<String, Duplicate> out = new TreeMap<>();
    java.util.Set<String> old = new java.util.HashSet<>();
    for (Row g : distinct.groupBy("fingerprint").agg(count(lit(1)).as("n"), collect_list(struct("batch", "date", "source", "id")).as("members"))
        .filter(col("n").gt(1)).collectAsList()) {
      List<KeepKey> members = new ArrayList<>();
      for (Row m : g.<Row>getList(2)) members.add(new KeepKey(m.getInt(0), m.getString(1), m.getString(2), m.getString(3)));
      members.sort(null);
      for (KeepKey m : members.subList(1, members.size())) {
        out.put(m.articleId(), new Duplicate(members.get(0).articleId(), EXACT));
        if (m.batch() < batch) old.add(m.articleId());
      }
    }
    if (cfg.near()) {
      Map<KeepKey, String> near = nearDuplicates(distinct, out.keySet(), cfg);
      Map<String, String> repOf = new HashMap<>();
      near.forEach((k, rep) -> repOf.put(k.articleId(), rep));
      // An exact copy of an article that is itself a near-duplicate points at the cluster's kept copy.
      for (Map.Entry<String, Duplicate> e : out.entrySet()) {
        String rep = repOf.get(e.getValue().keptId());
        if (rep != null) e.setValue(new Duplicate(rep, EXACT));
      }
      near.forEach((k, rep) -> {
        out.put(k.articleId(), new Duplicate(rep, NEAR));
        if (k.batch() < batch) old.add(k.articleId());
      });
    }
    // A new article can link two clusters of earlier batches: then one of their kept copies, and
    // its copies, change as one run over every batch would have them.
    java.util.Set<String> changed = new java.util.TreeSet<>();
    for (String id : old) if (!out.get(id).equals(earlier.get(id))) changed.add(id);
    for (String id : earlier.keySet()) if (!out.containsKey(id)) changed.add(id);
    return new Found(repeats, out, changed);
  }

  /**
   * Each near-duplicate among the articles that are no exact copy -> article_id of the kept copy of
   * its cluster.
   */
  static Map<KeepKey, String> nearDuplicates(Dataset<Row> keys, Set<String> exactCopies, IngestConfig.Dedup cfg) {
    MinHasher mh = new MinHasher(cfg.shingleWords(), cfg.bands(), cfg.rows(), cfg.seed());
    Dataset<Row> docs = keys.filter(col("signature").isNotNull()).select("id", "batch", "date", "source", "signature");
    if (!exactCopies.isEmpty()) {
      List<Row> ids = new ArrayList<>();
      for (String id : exactCopies) ids.add(RowFactory.create(id));
      Dataset<Row> copies = keys.sparkSession().createDataFrame(ids, new StructType().add("id", DataTypes.StringType));
      docs = docs.join(functions.broadcast(copies), new String[] {"id"}, "left_anti");
    }
    StructType bandSchema = new StructType().add("band", DataTypes.LongType).add("id", DataTypes.StringType);
    Dataset<Row> bands = docs.flatMap((FlatMapFunction<Row, Row>) r -> {
      FaultInjection.maybeFail(SITE);
      long[] k = mh.bandKeys(toInts(r.getList(r.fieldIndex("signature"))));
      List<Row> rows = new ArrayList<>(k.length);
      for (long b : k) rows.add(RowFactory.create(b, r.<String>getAs("id")));
      return rows.iterator();
    }, Encoders.row(bandSchema));
    StructType pairSchema = new StructType().add("a", DataTypes.StringType).add("b", DataTypes.StringType);
    Dataset<Row> candidates = bands.groupBy("band").agg(sort_array(collect_list("id")).as("ids"))
        .filter(size(col("ids")).gt(1))
        .flatMap((FlatMapFunction<Row, Row>) r -> bucketPairs(r.getList(1)).iterator(), Encoders.row(pairSchema))
        .distinct();
    Dataset<Row> sa = docs.toDF("a", "batch_a", "date_a", "source_a", "sig_a");
    Dataset<Row> sb = docs.toDF("b", "batch_b", "date_b", "source_b", "sig_b");
    double threshold = cfg.threshold();
    List<Row> pairs = candidates.join(sa, "a").join(sb, "b")
        .filter((FilterFunction<Row>) r -> MinHasher.similarity(toInts(r.getList(r.fieldIndex("sig_a"))),
            toInts(r.getList(r.fieldIndex("sig_b")))) >= threshold)
        .select("a", "batch_a", "date_a", "source_a", "b", "batch_b", "date_b", "source_b").collectAsList();
    UnionFind<KeepKey> uf = new UnionFind<>();
    for (Row p : pairs) {
      uf.union(new KeepKey(p.getInt(1), p.getString(2), p.getString(3), p.getString(0)),
          new KeepKey(p.getInt(5), p.getString(6), p.getString(7), p.getString(4)));
    }
    Map<KeepKey, String> out = new HashMap<>();
    for (KeepKey k : uf.items()) {
      KeepKey rep = uf.find(k);
      if (!rep.equals(k)) out.put(k, rep.articleId());
    }
    return out;
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

  /**
   * The order in which a cluster's kept copy is chosen, first wins: batch (an article already in the
   * output before a new one), date (undated last), source, article_id.
   */
  record KeepKey(int batch, String date, String source, String articleId) implements Comparable<KeepKey>, Serializable {
    @Override
    public int compareTo(KeepKey o) {
      if (batch != o.batch) return Integer.compare(batch, o.batch);
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
