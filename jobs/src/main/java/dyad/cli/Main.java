package dyad.cli;

import dyad.actors.ActorsStage;
import dyad.core.BuildInfo;
import dyad.ingest.IngestStage;
import dyad.network.NetworkStage;
import dyad.events.EventsStage;
import dyad.sentiment.SentimentStage;
import dyad.topics.TopicsStage;
import java.io.PrintWriter;
import java.net.URL;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The dyad command line. The same main class serves ./dyad (local mode) and spark-submit.
 * Exit status: 0 done, 1 the run failed, 2 the command or its input was wrong.
 */
@Command(name = "dyad", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Who is talking about whom in the news, how, and about what: actors, co-mention "
        + "networks, sentiment and topics from a news corpus, written as Parquet.",
    subcommands = {Main.Run.class, Main.Ingest.class, Main.Actors.class, Main.Network.class, Main.Sentiment.class, Main.Events.class, Main.Topics.class, ReportCommand.class, EvalCommand.class, TrainCommand.class, ConfigCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  static {
    quietLogging();
  }

  public static void main(String[] args) {
    int code = commandLine().execute(args);
    // Under spark-submit a non-zero exit must reach the shell; System.exit also stops Spark's threads.
    System.exit(code);
  }

  /** The configured command line; tests run commands through it in-process. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      boolean verbose = cmd.getCommand() instanceof JobCommand jc && jc.opts.verbose;
      PrintWriter err = cmd.getErr();
      if (e instanceof IllegalArgumentException) {
        err.println("dyad: error: " + e.getMessage());
        if (verbose) e.printStackTrace(err);
        return 2;
      }
      String msg = String.valueOf(e.getMessage());
      err.println("dyad: the run failed: " + e.getClass().getSimpleName() + ": " + (verbose ? msg : msg.lines().findFirst().orElse("")));
      if (verbose) e.printStackTrace(err);
      else err.println("(run again with --verbose for the stack trace)");
      return 1;
    });
    return cl;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: run, ingest, actors, network, sentiment, topics, report, eval, train, config or help");
  }

  /** Spark's INFO chatter hides progress lines; quiet it unless spark-submit or the user set logging. */
  private static void quietLogging() {
    boolean configured = System.getProperty("log4j2.configurationFile") != null
        || System.getProperty("log4j.configurationFile") != null
        || System.getProperty("spark.submit.deployMode") != null;
    URL cfg = Main.class.getResource("/dyad/log4j2-cli.properties");
    if (!configured && cfg != null) System.setProperty("log4j2.configurationFile", cfg.toString());
  }

  /** Base of the commands that run Spark jobs: each is a name and the stages it runs, in order. */
  abstract static class JobCommand implements Callable<Integer> {
    @Mixin JobOptions opts = new JobOptions();
    private final String name;
    private final java.util.List<String> stages;

    JobCommand(String name, String... stages) {
      this.name = name;
      this.stages = java.util.List.of(stages);
    }

    @Override
    public Integer call() {
      if (opts.verbose) {
        org.apache.logging.log4j.core.config.Configurator.setRootLevel(org.apache.logging.log4j.Level.INFO);
      }
      TopicOptions topics = topicOptions();
      if (topics != null) topics.validate();
      new Pipeline(name, stages().stream().map(s -> stage(s, topics)).toList(), opts, System.out).run();
      return 0;
    }

    /** The names of the stages this command runs, in order. */
    java.util.List<String> stages() {
      return stages;
    }

    /** The topics stage's options, for the commands that run it. */
    TopicOptions topicOptions() {
      return null;
    }
  }

  /** The stages of the pipeline, in order; only the later ones can be left out. */
  static final java.util.List<String> STAGES = java.util.List.of(IngestStage.NAME, ActorsStage.NAME, NetworkStage.NAME,
      SentimentStage.NAME, EventsStage.NAME, TopicsStage.NAME);

  /** A stage by name; the topics stage with the command line's --k and --model. */
  static dyad.stage.Stage stage(String name, TopicOptions topics) {
    return switch (name) {
      case IngestStage.NAME -> new IngestStage();
      case ActorsStage.NAME -> new ActorsStage();
      case NetworkStage.NAME -> new NetworkStage();
      case SentimentStage.NAME -> new SentimentStage();
      case EventsStage.NAME -> new EventsStage();
      case TopicsStage.NAME -> new TopicsStage(topics == null ? null : topics.ks,
          topics == null || topics.model == null ? null : () -> TopicOptions.load(topics.model));
      default -> throw new IllegalArgumentException("unknown stage " + name);
    };
  }

  @Command(name = "run", mixinStandardHelpOptions = true,
      description = "Run the whole pipeline on a corpus: ingest, actors, the co-mention network, sentiment, events, then topics.")
  static final class Run extends JobCommand {
    @Mixin TopicOptions topics = new TopicOptions();

    @CommandLine.Option(names = "--skip", split = ",", paramLabel = "STAGE",
        description = "Stages to leave out: network, sentiment, events and/or topics (comma-separated); their tables are not written.")
    java.util.List<String> skip = new java.util.ArrayList<>();

    @CommandLine.Option(names = "--append",
        description = "Add the records of --input to the existing output --output as a new batch: only they go through the "
            + "per-article pass, they are deduplicated against the whole output, and the corpus-wide tables are computed "
            + "again over every batch. The topic model is reapplied unless --refit-topics. See docs/incremental.md.")
    boolean append;

    @CommandLine.Option(names = "--refit-topics",
        description = "With --append: fit the topic model again on the whole corpus instead of applying the output's topic_model.")
    boolean refitTopics;

    @Override
    public Integer call() {
      if (refitTopics && !append) throw new IllegalArgumentException("--refit-topics is for --append: a first run always fits");
      if (append) {
        if (topics.model != null) throw new IllegalArgumentException("--model and --append exclude each other: an append "
            + "reapplies the output's own topic_model (or refits, with --refit-topics)");
        if (topics.ks != null && !refitTopics) throw new IllegalArgumentException("--k with --append needs --refit-topics: "
            + "otherwise the output's topic model, and its k, are reapplied");
        java.io.File saved = new java.io.File(opts.output, dyad.topics.TopicsStage.MODEL);
        // A topics stage that found too little text saved no model: the whole corpus is then fitted.
        if (!refitTopics && !skip.contains(dyad.topics.TopicsStage.NAME) && (opts.output.contains("://") || saved.isDirectory())) {
          topics.model = saved.getPath();
        }
        opts.append = true;
      }
      return super.call();
    }

    @Override
    java.util.List<String> stages() {
      java.util.List<String> optional = STAGES.subList(2, STAGES.size());
      for (String s : skip) {
        if (!optional.contains(s)) throw new IllegalArgumentException("--skip " + s + ": only " + optional + " can be left out");
      }
      return super.stages().stream().filter(s -> !skip.contains(s)).toList();
    }

    Run() {
      super("run", STAGES.toArray(new String[0]));
    }

    @Override
    TopicOptions topicOptions() {
      return topics;
    }
  }

  @Command(name = "ingest", mixinStandardHelpOptions = true,
      description = "Read a corpus; clean, date and deduplicate it into the articles and rejects tables.")
  static final class Ingest extends JobCommand {
    Ingest() {
      super("ingest", IngestStage.NAME);
    }
  }

  @Command(name = "actors", mixinStandardHelpOptions = true,
      description = "Find the states, organisations and people the articles of a previous run's output (--input) "
          + "name; write the mentions and actors tables to --output.")
  static final class Actors extends JobCommand {
    Actors() {
      super("actors", ActorsStage.NAME);
    }
  }

  @Command(name = "network", mixinStandardHelpOptions = true,
      description = "Build the co-mention networks from the articles, mentions and actors of a previous run's output "
          + "(--input); write comention_edges, actor_metrics and network.graphml to --output.")
  static final class Network extends JobCommand {
    Network() {
      super("network", NetworkStage.NAME);
    }
  }

  @Command(name = "sentiment", mixinStandardHelpOptions = true,
      description = "Score tone and directed sentiment from the articles and mentions of a previous run's output "
          + "(--input); write article_tone, sentence_sentiment and pair_sentiment to --output.")
  static final class Sentiment extends JobCommand {
    Sentiment() {
      super("sentiment", SentimentStage.NAME);
    }
  }

  @Command(name = "events", mixinStandardHelpOptions = true,
      description = "Code the events (CAMEO) of the articles and mentions of a previous run's output (--input); write "
          + "events and pair_events to --output.")
  static final class Events extends JobCommand {
    Events() {
      super("events", EventsStage.NAME);
    }
  }

  @Command(name = "topics", mixinStandardHelpOptions = true,
      description = "Fit a topic model (LDA) on the articles and mentions of a previous run's output (--input), or "
          + "apply a saved one (--model); write topics, article_topics, pair_topics, topic_trends, topic_quality "
          + "and the model (topic_model) to --output.")
  static final class Topics extends JobCommand {
    @Mixin TopicOptions topics = new TopicOptions();

    Topics() {
      super("topics", TopicsStage.NAME);
    }

    @Override
    TopicOptions topicOptions() {
      return topics;
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"dyad " + BuildInfo.version() + " (commit " + BuildInfo.gitCommit() + ")"};
    }
  }
}
