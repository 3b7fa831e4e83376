package dyad.cli;

import dyad.actors.ActorsJob;
import dyad.core.BuildInfo;
import dyad.core.DyadConfig;
import dyad.core.Progress;
import dyad.core.RunSummary;
import dyad.core.SparkSessions;
import dyad.ingest.IngestJob;
import dyad.network.NetworkJob;
import dyad.sentiment.SentimentJob;
import dyad.topics.TopicsJob;
import dyad.output.RunOutput;
import dyad.output.Tables;
import java.io.PrintStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Runs stages in order on one SparkSession and writes their tables, the manifest and the summary.
 * Each stage adds its tables; the output is committed only when all of them are written.
 */
final class Pipeline {
  /** The all-time state-level network, for Gephi and other graph tools. */
  static final String NETWORK_GRAPHML = "network.graphml";

  private final String command;
  private final List<String> stages;
  private final JobOptions opts;
  private final TopicOptions topicOpts;
  private final PrintStream out;

  /**
   * @param stages the stages to run, in order: a subset of ingest, actors, network, sentiment, topics
   * @param topicOpts the topics stage's command-line options, or null for commands without it
   */
  Pipeline(String command, List<String> stages, JobOptions opts, TopicOptions topicOpts, PrintStream out) {
    this.command = command;
    this.stages = List.copyOf(stages);
    this.opts = opts;
    this.topicOpts = topicOpts;
    this.out = out;
  }

  /** Applies the command-line options over the config file's values. */
  DyadConfig config() {
    DyadConfig cfg = DyadConfig.load(opts.config);
    if (opts.format != null) cfg.ingest.format = opts.format;
    if (opts.from != null) cfg.ingest.from = opts.from;
    if (opts.to != null) cfg.ingest.to = opts.to;
    return cfg.validated();
  }

  RunSummary run() {
    DyadConfig cfg = config();
    Instant started = Instant.now();
    Progress progress = new Progress(System.err);
    progress.say("dyad", command + " (" + String.join(", ", stages) + ") " + opts.input + " -> " + opts.output);
    SparkSession spark = SparkSessions.start(opts.master);
    progress.say("spark", "session on " + spark.sparkContext().master() + ", Spark " + spark.version());
    RunSummary summary = new RunSummary();
    try (RunOutput output = RunOutput.open(spark, opts.output, opts.input, opts.overwrite)) {
      Dataset<Row> articles;
      if (stages.contains(IngestJob.STAGE)) {
        IngestJob.Result ingest;
        try (var t = progress.time(IngestJob.STAGE)) {
          ingest = IngestJob.run(spark, opts.input, cfg.ingest, progress, summary);
        }
        try (var t = progress.time("write")) {
          progress.say("write", "articles and rejects to " + output.path());
          write(output, Tables.ARTICLES, ingest.articles(), summary.articles + summary.duplicates(), summary);
          write(output, Tables.REJECTS, ingest.rejects(), summary.rejects, summary);
        }
        articles = ingest.articles();
      } else {
        articles = RunOutput.read(spark, opts.input, Tables.ARTICLES);
      }
      Dataset<Row> mentionsTable = null;
      Dataset<Row> actorsTable = null;
      if (stages.contains(ActorsJob.STAGE)) {
        ActorsJob.Result r = stage(ActorsJob.STAGE, () -> ActorsJob.run(spark, articles, progress),
            x -> tables(Tables.MENTIONS, x.mentions(), Tables.ACTORS, x.actors()), progress, output, summary);
        mentionsTable = r.mentions();
        actorsTable = r.actors();
      }
      if (stages.contains(NetworkJob.STAGE)) {
        Dataset<Row> m = mentionsTable != null ? mentionsTable : RunOutput.read(spark, opts.input, Tables.MENTIONS);
        Dataset<Row> a = actorsTable != null ? actorsTable : RunOutput.read(spark, opts.input, Tables.ACTORS);
        NetworkJob.Result r = stage(NetworkJob.STAGE, () -> NetworkJob.run(articles, m, a, cfg.network, progress),
            x -> tables(Tables.COMENTION_EDGES, x.edges(), Tables.ACTOR_METRICS, x.metrics()), progress, output, summary);
        if (r.graphml() != null) {
          try (var t = progress.time("write")) {
            output.writeFile(NETWORK_GRAPHML, r.graphml());
            summary.files.add(NETWORK_GRAPHML);
          }
        }
        summary.stageTotals.put(NetworkJob.STAGE, r.totals());
      }
      if (stages.contains(SentimentJob.STAGE)) {
        Dataset<Row> m = mentionsTable != null ? mentionsTable : RunOutput.read(spark, opts.input, Tables.MENTIONS);
        stage(SentimentJob.STAGE, () -> SentimentJob.run(articles, m, cfg.sentiment, progress),
            x -> tables(Tables.ARTICLE_TONE, x.tone(), Tables.SENTENCE_SENTIMENT, x.sentences(),
                Tables.PAIR_SENTIMENT, x.pairs()), progress, output, summary);
      }
      if (stages.contains(TopicsJob.STAGE)) {
        Dataset<Row> m = mentionsTable != null ? mentionsTable : RunOutput.read(spark, opts.input, Tables.MENTIONS);
        List<Integer> ks = topicOpts != null && topicOpts.ks != null && !topicOpts.ks.isEmpty() ? topicOpts.ks : List.of(cfg.topics.k);
        org.apache.spark.ml.PipelineModel reuse = topicOpts == null || topicOpts.model == null ? null : TopicOptions.load(topicOpts.model);
        // EM's graph grows a longer lineage every iteration; LDA checkpoints it every 10 when a
        // checkpoint directory is set (without one, 100 iterations can overflow the stack). This
        // run's own, unless the user gave spark.checkpoint.dir.
        if (!spark.sparkContext().getConf().contains("spark.checkpoint.dir")) spark.sparkContext().setCheckpointDir(output.scratch());
        TopicsJob.Result r = stage(TopicsJob.STAGE, () -> TopicsJob.run(articles, m, cfg.topics, ks, reuse, progress),
            x -> tables(Tables.TOPICS, x.topics(), Tables.ARTICLE_TOPICS, x.articleTopics(), Tables.PAIR_TOPICS,
                x.pairTopics(), Tables.TOPIC_TRENDS, x.trends(), Tables.TOPIC_QUALITY, x.quality()), progress, output, summary);
        if (r.model() != null) {
          try (var t = progress.time("write")) {
            output.writeModel(TopicsJob.MODEL, r.model());
            summary.files.add(TopicsJob.MODEL);
          }
        }
        summary.stageTotals.put(TopicsJob.STAGE, r.totals());
      }
      try (var t = progress.time("write")) {
        output.writeManifest(manifest(cfg, summary, progress, started, spark.sparkContext()));
        output.commit();
      }
      printSummary(summary, progress, output.path());
    }
    return summary;
  }

  /**
   * Runs a stage, counts its tables within the stage's time (they are materialised there), then
   * writes them; returns the stage's result for the stages after it.
   */
  private static <R> R stage(String name, java.util.function.Supplier<R> run,
      java.util.function.Function<R, Map<Tables.Table, Dataset<Row>>> tablesOf, Progress progress, RunOutput output,
      RunSummary summary) {
    R result;
    Map<Tables.Table, Long> rows = new LinkedHashMap<>();
    Map<Tables.Table, Dataset<Row>> tables;
    try (var t = progress.time(name)) {
      result = run.get();
      tables = tablesOf.apply(result);
      tables.forEach((table, df) -> rows.put(table, df.count()));
      StringBuilder said = new StringBuilder();
      rows.forEach((table, n) -> said.append(said.length() == 0 ? "" : ", ").append(table.name()).append(' ').append(n));
      progress.say(name, said.toString());
    }
    try (var t = progress.time("write")) {
      progress.say("write", String.join(", ", tables.keySet().stream().map(Tables.Table::name).toList()) + " to " + output.path());
      tables.forEach((table, df) -> write(output, table, df, rows.get(table), summary));
    }
    return result;
  }

  /** Tables and their DataFrames, in the order given. */
  private static Map<Tables.Table, Dataset<Row>> tables(Object... pairs) {
    Map<Tables.Table, Dataset<Row>> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      @SuppressWarnings("unchecked")
      Dataset<Row> df = (Dataset<Row>) pairs[i + 1];
      m.put((Tables.Table) pairs[i], df);
    }
    return m;
  }

  private static void write(RunOutput output, Tables.Table table, Dataset<Row> df, long rows, RunSummary summary) {
    output.write(table, df, rows);
    summary.rowsByTable.put(table.name(), rows);
  }

  private Map<String, Object> manifest(DyadConfig cfg, RunSummary s, Progress p, Instant started, SparkContext sc) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("dyad_version", BuildInfo.version());
    m.put("git_commit", BuildInfo.gitCommit());
    m.put("spark_version", sc.version());
    m.put("command", command);
    m.put("stages", stages);
    m.put("master", sc.master());
    m.put("started_at", started.toString());
    m.put("finished_at", Instant.now().toString());
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("path", opts.input);
    input.put("files_by_format", s.inputFilesByFormat);
    input.put("fingerprint", s.inputFingerprint);
    m.put("input", input);
    m.put("config", DyadConfig.mapper().convertValue(cfg, Map.class));
    m.put("counts", s.toMap());
    Map<String, Object> tables = new LinkedHashMap<>();
    s.rowsByTable.forEach((name, rows) -> {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("rows", rows);
      t.put("columns", List.of(Tables.ALL.get(name).schema().fieldNames()));
      tables.put(name, t);
    });
    m.put("tables", tables);
    m.put("files", s.files);
    m.putAll(s.stageTotals);
    Map<String, Object> timings = new LinkedHashMap<>(p.seconds());
    timings.put("total", Math.round(p.elapsed() * 100) / 100.0);
    m.put("seconds", timings);
    return m;
  }

  private void printSummary(RunSummary s, Progress p, String path) {
    out.printf(Locale.ROOT, "dyad %s finished in %.1f s; output in %s%n", command, p.elapsed(), path);
    out.printf(Locale.ROOT, "  records read   %8d%n", s.records);
    out.printf(Locale.ROOT, "  articles       %8d   (%d undated)%n", s.articles, s.undated);
    out.printf(Locale.ROOT, "  duplicates     %8d   (%d exact, %d near)%n", s.duplicates(), s.duplicatesExact, s.duplicatesNear);
    out.printf(Locale.ROOT, "  rejects        %8d%s%n", s.rejects, s.rejectsByReason.isEmpty() ? "" : "   " + s.rejectsByReason);
    StringBuilder rows = new StringBuilder();
    s.rowsByTable.forEach((t, n) -> rows.append(rows.length() == 0 ? "" : ", ").append(t).append(' ').append(n));
    out.println("  rows           " + rows);
    StringBuilder secs = new StringBuilder();
    // Stages that run twice (write) add rounded figures, so print them rounded again.
    p.seconds().forEach((st, n) -> secs.append(secs.length() == 0 ? "" : ", ").append(st)
        .append(String.format(Locale.ROOT, " %.2f", n)));
    out.println("  seconds        " + secs);
    out.flush();
  }
}
