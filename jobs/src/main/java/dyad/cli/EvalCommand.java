package dyad.cli;

import java.io.File;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Evaluations against gold files; plain Java, no Spark (gold sets are small). */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score dyad against gold annotations.",
    subcommands = {EvalCommand.Actors.class, EvalCommand.Sentiment.class})
final class EvalCommand implements Runnable {
  @Override
  public void run() {
    throw new IllegalArgumentException("eval needs a subcommand: actors or sentiment");
  }

  @Command(name = "actors", mixinStandardHelpOptions = true,
      description = "Micro precision/recall/F1 of the states and organisations (and leaders) found per article "
          + "against a gold file in the format of ../shared/eval/seeds_gold.json.")
  static final class Actors implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold JSON: {docs: {FILE: {states, leaders, allowed_extra}}}.")
    File gold;

    @Option(names = "--input", required = true, paramLabel = "DIR", description = "Directory holding the gold's files (searched recursively).")
    File input;

    @Option(names = "--verbose", description = "Per article: what was missed and what was extra.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
      dyad.eval.ActorsEvaluation.run(gold, input, verbose, System.out);
      return 0;
    }
  }

  @Command(name = "sentiment", mixinStandardHelpOptions = true,
      description = "Target-dependent sentiment against human labels in the NewsMTSC format (JSON Lines: "
          + "sentence_normalized, targets with from, to, polarity 2/4/6 and further_mentions). Prints the confusion "
          + "table and, as its last line, macro_f1=... accuracy=... n=N.")
  static final class Sentiment implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "FILE.jsonl", description = "Labelled sentences, e.g. ../shared/eval/newsmtsc/devtest_mt.jsonl.")
    File input;

    @Option(names = "--verbose", description = "Each wrong prediction with its sentence and cue.")
    boolean verbose;

    @Option(names = "--rules", description = "Score with the rules alone, without the trained model.")
    boolean rules;

    @Override
    public Integer call() {
      dyad.eval.SentimentEvaluation.run(input, rules, verbose, System.out);
      return 0;
    }
  }
}
