package dyad.cli;

import dyad.core.SparkSessions;
import dyad.sentiment.LabelledTargets;
import dyad.sentiment.SentimentScorer;
import dyad.sentiment.TargetModelTrainer;
import java.io.File;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Trains the models dyad ships, reproducibly from files in the repository and ../shared. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train a model dyad ships.",
    subcommands = {TrainCommand.Sentiment.class})
final class TrainCommand implements Runnable {
  @Override
  public void run() {
    throw new IllegalArgumentException("train needs a subcommand: sentiment");
  }

  @Command(name = "sentiment", mixinStandardHelpOptions = true,
      description = "Train the target-dependent sentiment model (the mean of Spark MLlib multinomial logistic regressions over "
          + "the rules' features) on labelled targets in the NewsMTSC format, and write its weights file.")
  static final class Sentiment implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "FILE.jsonl", description = "Training split, e.g. ../shared/eval/newsmtsc/train.jsonl.")
    File input;

    @Option(names = "--output", paramLabel = "FILE", description = "Weights file. Default: data/lexicons/target_sentiment_model.tsv.")
    File output = new File("data/lexicons/target_sentiment_model.tsv");

    @Option(names = "--master", paramLabel = "URL", description = "Spark master. Default: local[*].")
    String master;

    @Override
    public Integer call() {
      List<LabelledTargets.Item> items = LabelledTargets.read(input.toPath());
      SparkSession spark = SparkSessions.start(master);
      System.err.println("[dyad] training on " + items.size() + " labelled targets from " + input);
      TargetModelTrainer.train(spark, SentimentScorer.standard(), items, output.toPath());
      System.out.println("wrote " + output + " (rebuild the jar to ship it: ./dyad does so when data changes)");
      return 0;
    }
  }
}
