package dyad.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.sum;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.core.SparkSessions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * bench/run's measurements, all in one JVM on one input: JVM start (from the script's launch time),
 * Spark start, the I/O floor cold and warm, then `dyad run` (without topics unless asked) and its
 * manifest's seconds per stage, and the Spark jobs the run started (a listener counts them). The ratio
 * compares the pipeline with the warm floor.
 *
 * <p>Usage: BenchRun CORPUS.jsonl MASTER LAUNCHED_EPOCH_NANOS WITH_TOPICS(0|1)
 */
public final class BenchRun {
  public static void main(String[] args) throws Exception {
    long entered = System.currentTimeMillis();
    Path corpus = Path.of(args[0]);
    String master = args[1];
    double jvmStart = (entered - Long.parseLong(args[2]) / 1_000_000L) / 1000.0;
    boolean topics = args.length > 3 && args[3].equals("1");

    long t = System.nanoTime();
    SparkSession spark = SparkSessions.start(master);
    double sparkStart = secs(t);
    int cores = spark.sparkContext().defaultParallelism();

    t = System.nanoTime();
    long chars = spark.read().json(corpus.toString()).agg(sum(length(col("text")))).first().getLong(0);
    double floorCold = secs(t);
    t = System.nanoTime();
    spark.read().json(corpus.toString()).agg(sum(length(col("text")))).first();
    double floor = secs(t);

    // Spark jobs the run itself starts (the floor's are before this listener counts).
    java.util.concurrent.atomic.AtomicInteger jobs = new java.util.concurrent.atomic.AtomicInteger();
    spark.sparkContext().addSparkListener(new org.apache.spark.scheduler.SparkListener() {
      @Override
      public void onJobStart(org.apache.spark.scheduler.SparkListenerJobStart jobStart) {
        jobs.incrementAndGet();
      }
    });
    Path out = Files.createTempDirectory("dyad-bench").resolve("out");
    List<String> cmd = new ArrayList<>(List.of("run", "--input", corpus.toString(), "--output", out.toString()));
    if (!topics) cmd.addAll(List.of("--skip", "topics"));
    // Extra options of dyad run, e.g. DYAD_BENCH_ARGS="--k 20" or "-c dense.json".
    String extra = System.getenv("DYAD_BENCH_ARGS");
    if (extra != null && !extra.isBlank()) cmd.addAll(List.of(extra.trim().split("\\s+")));
    t = System.nanoTime();
    int code = dyad.cli.Main.commandLine().execute(cmd.toArray(new String[0]));
    double pipeline = secs(t);
    if (code != 0) throw new IllegalStateException("dyad run exited " + code);
    JsonNode m = new ObjectMapper().readTree(out.resolve("_manifest.json").toFile());
    long records = m.at("/counts/records").asLong();

    System.out.printf(Locale.ROOT, "%ninput            %s: %d records, %.1f MB of text, %s, %d cores%n", corpus.getFileName(),
        records, chars / 1e6, master, cores);
    System.out.printf(Locale.ROOT, "jvm start        %6.2f s%n", jvmStart);
    System.out.printf(Locale.ROOT, "spark start      %6.2f s%n", sparkStart);
    System.out.printf(Locale.ROOT, "io floor         %6.2f s warm (%.2f s cold): spark.read.json + sum(length(text))%n", floor, floorCold);
    m.get("seconds").fields().forEachRemaining(e ->
        System.out.printf(Locale.ROOT, "  %-14s %6.2f s%n", e.getKey(), e.getValue().asDouble()));
    System.out.printf(Locale.ROOT, "pipeline         %6.2f s (%s): articles %d, duplicates %d, rejects %d%n", pipeline,
        topics ? "with topics" : "without topics", m.at("/counts/articles").asLong(), m.at("/counts/duplicates").asLong(),
        m.at("/counts/rejects").asLong());
    // Each table's rows (as the run counted them) and bytes on disk: what the tables cost a dashboard.
    m.get("tables").fields().forEachRemaining(e -> {
      long bytes = 0;
      try (var files = Files.walk(out.resolve(e.getKey()))) {
        for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".parquet")).toList()) bytes += Files.size(f);
      } catch (java.io.IOException x) {
        throw new java.io.UncheckedIOException(x);
      }
      System.out.printf(Locale.ROOT, "  table %-20s %10d rows %12d bytes%n", e.getKey(), e.getValue().get("rows").asLong(), bytes);
    });
    System.out.printf(Locale.ROOT, "output           %s%n", out);
    if (m.has("topics")) System.out.printf(Locale.ROOT, "topics           %s%n", m.get("topics"));
    double perCore = records / pipeline / cores;
    System.out.printf(Locale.ROOT, "spark jobs       %6d%n", jobs.get());
    System.out.printf(Locale.ROOT, "articles=%d articles_per_s_per_core=%.0f ratio_to_floor=%.1f spark_jobs=%d%n", records, perCore,
        pipeline / floor, jobs.get());
    spark.stop();
  }

  private static double secs(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
