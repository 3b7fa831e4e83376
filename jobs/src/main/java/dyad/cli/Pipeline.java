package dyad.cli;

import dyad.article.ArticleAnalyzer;
import dyad.article.ArticleStep;
import dyad.core.BuildInfo;
import dyad.core.DyadConfig;
import dyad.core.Progress;
import dyad.core.RunSummary;
import dyad.core.SparkSessions;
import dyad.core.OutputConfig.TableFormat;
import dyad.output.Manifest;
import dyad.output.RunOutput;
import dyad.schema.Tables;
import dyad.stage.ArticlePass;
import dyad.stage.ArticleSource;
import dyad.stage.Corpus;
import dyad.stage.Part;
import dyad.stage.Stage;
import dyad.stage.StageContext;
import dyad.stage.StoredRun;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.SparkContext;
import org.apache.spark.ml.util.MLWritable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Runs stages on one SparkSession: one per-article pass through every stage's step (from the input
 * corpus, or from the articles of an earlier run), then each stage's corpus-wide work in order, and
 * the manifest and summary. A loop over {@link Stage}s; it knows none of their internals. The
 * output is committed only when every stage has written its tables.
 */
final class Pipeline implements StageContext {
  private final String command;
  private final List<Stage> stages;
  private final JobOptions opts;
  private final PrintStream out;
  private final RunSummary summary = new RunSummary();
  private final Progress progress = new Progress(System.err);
  private DyadConfig cfg;
  private SparkSession spark;
  private RunOutput output;
  /** Whether this run reads a corpus (ingest) rather than an earlier run's output. */
  private boolean readsCorpus;
  /** The output as it was, when this run appends a batch to it (--append); else null. */
  private Manifest previous;

  /** @param stages the stages to run, in pipeline order */
  Pipeline(String command, List<Stage> stages, JobOptions opts, PrintStream out) {
    this.command = command;
    this.stages = List.copyOf(stages);
    this.opts = opts;
    this.out = out;
  }

  /** Applies the command-line options over the config file's values. */
  DyadConfig loadConfig() {
    DyadConfig c = DyadConfig.load(opts.config);
    c = c.withIngest(c.ingest().with(opts.format(), opts.from, opts.to));
    return c.withOutput(c.output().withTableFormat(opts.tableFormat == null ? null : TableFormat.of(opts.tableFormat)));
  }

  /**
   * The output to append to, checked before Spark starts: it must keep its per-article pass, have
   * been written by the same stages, and its per-article settings must be this run's.
   */
  private Manifest appendable(List<String> names) {
    Manifest m = Manifest.read(new org.apache.hadoop.conf.Configuration(), opts.output);
    String out = "--append: " + opts.output;
    if (opts.overwrite) throw new IllegalArgumentException("--append adds to an output and --overwrite replaces it: give one of them");
    if (m == null) throw new IllegalArgumentException(out + " is not a dyad output (no " + RunOutput.MANIFEST + "); run without --append to create it");
    if (!m.appendable()) {
      throw new IllegalArgumentException(out + " keeps no per-article pass (" + RunOutput.CORPUS + "): it was written by a one-stage "
          + "command or an older dyad; run `dyad run` without --append to start an output that batches can be added to");
    }
    if (!m.stages().equals(names)) {
      throw new IllegalArgumentException(out + " was written by the stages " + m.stages() + " and this run has " + names
          + ": give the same --skip as its first run");
    }
    if (opts.tableFormat != null && TableFormat.of(opts.tableFormat) != m.tableFormat()) {
      throw new IllegalArgumentException(out + " holds " + m.tableFormat() + " tables; an output keeps the format it was created with");
    }
    List<String> differ = DyadConfig.perArticleDifferences(m.config(), cfg.toMap());
    if (!differ.isEmpty()) {
      throw new IllegalArgumentException(out + " was made with other per-article settings, so this batch would not be analysed as "
          + "its articles were: " + differ + " differ. Use its config (the manifest's \"config\"), or start a new output");
    }
    return m;
  }

  RunSummary run() {
    cfg = loadConfig();
    Instant started = Instant.now();
    String recovered = RunOutput.recover(new org.apache.hadoop.conf.Configuration(), opts.output);
    if (recovered != null) progress.say("output", recovered);
    List<String> names = stages.stream().map(Stage::name).toList();
    if (opts.append) {
      previous = appendable(names);
      cfg = cfg.withOutput(cfg.output().withTableFormat(previous.tableFormat()));
    }
    progress.say("dyad", command + " (" + String.join(", ", names) + ") " + opts.input + " -> " + opts.output
        + (previous == null ? "" : ", appending batch " + (previous.batches() + 1) + " to its " + previous.batches()));
    warmUp();
    spark = SparkSessions.start(opts.master);
    progress.say("spark", "session on " + spark.sparkContext().master() + ", Spark " + spark.version());
    try (RunOutput o = previous != null ? RunOutput.append(spark, previous, opts.input)
        : RunOutput.open(spark, opts.output, opts.input, opts.overwrite, cfg.output().tableFormat())) {
      output = o;
      Corpus corpus = pass();
      for (Stage s : stages) {
        try (var t = progress.time(s.name())) {
          corpus = s.run(corpus, this);
        }
      }
      try (var t = progress.time("write")) {
        output.writeManifest(manifest(names, started, spark.sparkContext()));
        output.commit();
      }
      printSummary(output.path());
    }
    return summary;
  }

  /**
   * In local mode the executors are this JVM: load the stages' reference data (gazetteer, lexicons,
   * model, cleaning rules) in the background while Spark starts, so the pass's first tasks need not.
   */
  private void warmUp() {
    boolean local = opts.master != null ? opts.master.startsWith("local")
        : System.getProperty("spark.master", "local").startsWith("local");
    if (!local) return;
    Thread t = new Thread(() -> {
      for (Stage s : stages) s.prepare(cfg);
    }, "dyad-warm-up");
    t.setDaemon(true);
    t.start();
  }

  /**
   * The per-article pass: the source of the first stage that has one (ingest: the input files), else
   * the articles of the run given as --input, through the steps of every stage.
   */
  private Corpus pass() {
    ArticleSource<?> source = stages.get(0).source(this);
    readsCorpus = source != null;
    Set<Part> have = EnumSet.noneOf(Part.class);
    if (!readsCorpus) {
      // A stage run alone reads what it needs of an earlier run: its articles, and its mentions.
      Set<Part> added = EnumSet.noneOf(Part.class);
      boolean mentions = false;
      for (Stage s : stages) {
        mentions |= s.needs().contains(Part.MENTIONS) && !added.contains(Part.MENTIONS);
        added.addAll(s.adds());
      }
      have.add(Part.ARTICLE);
      if (mentions) have.add(Part.MENTIONS);
      source = new StoredRun(this, mentions);
    }
    List<ArticleStep> steps = new ArrayList<>();
    List<String> stepped = new ArrayList<>();
    for (Stage s : stages) {
      Set<Part> missing = EnumSet.noneOf(Part.class);
      missing.addAll(s.needs());
      missing.removeAll(have);
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException("the " + s.name() + " stage needs " + missing + ", which no stage before it adds");
      }
      ArticleStep step = s.step(cfg);
      if (step != null) {
        steps.add(step);
        stepped.add(s.name());
      }
      have.addAll(s.adds());
    }
    progress.say("pass", (readsCorpus ? "reading, cleaning and dating records" : "the articles of " + opts.input)
        + (stepped.isEmpty() ? "" : "; per article: " + String.join(", ", stepped)));
    Map.Entry<Corpus, ArticlePass.Counts> done;
    try (var t = progress.time("pass")) {
      // A corpus's pass is kept in the output (its _corpus), so that a later batch can be appended.
      done = ArticlePass.run(spark, source, new ArticleAnalyzer(steps), readsCorpus ? output.corpusBatch() : output.scratch("analysed"));
    }
    output.expect(done.getValue().records() + (previous == null ? 0 : SparkSessions.count(previous.counts(), "records")));
    if (readsCorpus) {
      summary.records = done.getValue().records();
      summary.fingerprint(done.getValue().contentHash());
    }
    progress.say("pass", done.getValue().records() + " records analysed");
    return readsCorpus ? new Corpus(output.corpus(spark, ArticlePass.SCHEMA)) : done.getKey();
  }

  @Override
  public SparkSession spark() {
    return spark;
  }

  @Override
  public DyadConfig config() {
    return cfg;
  }

  @Override
  public Progress progress() {
    return progress;
  }

  @Override
  public RunSummary summary() {
    return summary;
  }

  @Override
  public String input() {
    return opts.input;
  }

  @Override
  public Map<String, Object> write(Tables.Table table, Dataset<?> rows, Column... metrics) {
    Map<String, Object> counted = output.write(table, rows, metrics);
    long n = SparkSessions.count(counted, "rows");
    long all = output.rows(table, n);
    summary.rowsByTable.put(table.name(), all);
    progress.say("write", table.name() + ", " + n + " rows" + (all == n ? "" : " added, " + all + " in all"));
    return counted;
  }

  @Override
  public void replace(Tables.Table table) {
    output.replace(table);
  }

  @Override
  public int batch() {
    return output.batch();
  }

  @Override
  public Dataset<Row> earlier(Tables.Table table) {
    return previous == null ? null : RunOutput.read(spark, previous.dir(), table);
  }

  @Override
  public Dataset<Row> table(Tables.Table table) {
    Dataset<Row> mine = output.written(spark, table);
    if (mine != null) return mine;
    if (readsCorpus) throw new IllegalStateException("no stage of this run wrote the " + table.name() + " table");
    return RunOutput.read(spark, opts.input, table);
  }

  @Override
  public void writeFile(String name, String content) {
    output.writeFile(name, content);
    summary.files.add(name);
  }

  @Override
  public void writeModel(String name, MLWritable model) {
    output.writeModel(name, model);
    summary.files.add(name);
  }

  @Override
  public String scratch() {
    return output.scratch();
  }

  @Override
  public Map<String, Object> totals(String stage) {
    return summary.stageTotals.computeIfAbsent(stage, k -> new LinkedHashMap<>());
  }

  private Map<String, Object> manifest(List<String> names, Instant started, SparkContext sc) {
    Map<String, Object> m = new LinkedHashMap<>();
    Instant finished = Instant.now();
    m.put("dyad_version", BuildInfo.version());
    m.put("git_commit", BuildInfo.gitCommit());
    m.put("spark_version", sc.version());
    m.put("command", command);
    m.put("stages", names);
    m.put("master", sc.master());
    m.put("started_at", previous == null ? started.toString() : previous.batchEntries().get(0).get("started_at"));
    m.put("finished_at", finished.toString());
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("path", opts.input);
    input.put("files_by_format", summary.inputFilesByFormat);
    input.put("fingerprint", summary.inputFingerprint);
    m.put("input", input);
    m.put("config", cfg.toMap());
    Map<String, Object> counts = previous == null ? summary.toMap() : RunSummary.sum(previous.counts(), summary.toMap());
    if (summary.earlierNow != null) {
      // Earlier articles changed status in this append: the totals are the tables' as they are now.
      Map<String, Object> mine = summary.toMap();
      summary.earlierNow.forEach((k, v) -> counts.put(k, v + ((Number) mine.get(k)).longValue()));
    }
    m.put("counts", counts);
    if (readsCorpus) {
      // The history of batches: what each added, from what, under which dyad and config.
      List<Map<String, Object>> batches = new ArrayList<>(previous == null ? List.of() : previous.batchEntries());
      Map<String, Object> b = new LinkedHashMap<>();
      b.put("batch", output.batch());
      b.put("input", input);
      b.put("started_at", started.toString());
      b.put("finished_at", finished.toString());
      b.put("counts", summary.toMap());
      b.put("dyad_version", BuildInfo.version());
      b.put("git_commit", BuildInfo.gitCommit());
      b.put("config", cfg.toMap());
      Object topics = summary.stageTotals.getOrDefault("topics", Map.of()).get("model_source");
      if (topics != null) b.put("topics", topics);
      b.put("seconds", Math.round(progress.elapsed() * 100) / 100.0);
      batches.add(b);
      m.put("batches", batches);
      m.put("corpus", Map.of("dir", RunOutput.CORPUS, "batches", output.batch()));
    }
    Map<String, Object> tables = new LinkedHashMap<>();
    summary.rowsByTable.forEach((name, rows) -> {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("rows", rows);
      t.put("columns", List.of(Tables.ALL.get(name).schema().fieldNames()));
      t.putAll(output.stored(name));
      tables.put(name, t);
    });
    m.put("tables", tables);
    m.put("files", summary.files);
    m.putAll(summary.stageTotals);
    Map<String, Object> timings = new LinkedHashMap<>(progress.seconds());
    timings.put("total", Math.round(progress.elapsed() * 100) / 100.0);
    m.put("seconds", timings);
    return m;
  }

  private void printSummary(String path) {
    RunSummary s = summary;
    out.printf(Locale.ROOT, "dyad %s finished in %.1f s; output in %s%n", command, progress.elapsed(), path);
    out.printf(Locale.ROOT, "  records read   %8d%n", s.records);
    out.printf(Locale.ROOT, "  articles       %8d   (%d undated)%n", s.articles, s.undated);
    out.printf(Locale.ROOT, "  duplicates     %8d   (%d exact, %d near)%n", s.duplicates(), s.duplicatesExact, s.duplicatesNear);
    out.printf(Locale.ROOT, "  rejects        %8d%s%n", s.rejects, s.rejectsByReason.isEmpty() ? "" : "   " + s.rejectsByReason);
    StringBuilder rows = new StringBuilder();
    s.rowsByTable.forEach((t, n) -> rows.append(rows.length() == 0 ? "" : ", ").append(t).append(' ').append(n));
    out.println("  rows           " + rows);
    StringBuilder secs = new StringBuilder();
    progress.seconds().forEach((st, n) -> secs.append(secs.length() == 0 ? "" : ", ").append(st)
        .append(String.format(Locale.ROOT, " %.2f", n)));
    out.println("  seconds        " + secs);
    out.flush();
  }
}
