package dyad.cli;

import java.io.File;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Evaluations against gold files; plain Java, no Spark (gold sets are small). */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score dyad against gold annotations.",
    subcommands = {EvalCommand.Actors.class, EvalCommand.Sentiment.class, EvalCommand.Events.class})
final class EvalCommand implements Runnable {
  @Override
  public void run() {
    throw new IllegalArgumentException("eval needs a subcommand: actors, sentiment or events");
  }

  @Command(name = "actors", mixinStandardHelpOptions = true,
      description = {"Score the actors found against a gold file, in one of two modes:",
          "--gold FILE --input DIR: micro precision/recall/F1 of the states and organisations (and leaders) found "
              + "per article, gold in the format of ../shared/eval/seeds_gold.json.",
          "--spans FILE --input FILE.jsonl: dyad's mentions against human entity spans, in the format of "
              + "../shared/eval/conll2003/ (docs/actors.md). Prints STATE and PERSON precision, the recall of spans "
              + "naming a sovereign state and of a leaders file, and as its last line "
              + "state_precision=... state_recall=... leader_recall=... n=N."})
  static final class Actors implements Callable<Integer> {
    @Option(names = "--gold", paramLabel = "FILE", description = "Gold JSON: {docs: {FILE: {states, leaders, allowed_extra}}}.")
    File gold;

    @Option(names = "--spans", paramLabel = "FILE.jsonl", description = "Gold spans, one JSON line each: doc, paragraph, start, end, type (PER, LOC, ORG, MISC), text.")
    File spans;

    @Option(names = "--input", required = true, paramLabel = "DIR|FILE.jsonl",
        description = "With --gold: the directory holding the gold's files (searched recursively). With --spans: "
            + "the stories, one JSON line each: id, date, title, text (paragraphs separated by a blank line).")
    File input;

    @Option(names = "--leaders", paramLabel = "FILE.tsv", description = "With --spans: leaders and officials of the "
        + "corpus's dates (NAME, STATE, ROLE, FORMS), e.g. data/eval/conll-testa-leaders.tsv; without it leader "
        + "recall is NaN.")
    File leaders;

    @Option(names = "--state-names", paramLabel = "FILE.tsv", description = "With --spans: names of sovereign states "
        + "(default: the shipped list from CAMEO, data/eval/state_names.tsv); dyad's gazetteer names are added.")
    File stateNames;

    @Option(names = "--verbose", description = "Per article: what was missed and what was extra.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
      if ((gold == null) == (spans == null)) throw new IllegalArgumentException("give exactly one of --gold or --spans");
      if (gold != null) dyad.eval.ActorsEvaluation.run(gold, input, verbose, System.out);
      else dyad.eval.SpanEvaluation.run(spans, input, stateNames, leaders, verbose, System.out);
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

  @Command(name = "events", mixinStandardHelpOptions = true,
      description = {"Score the coded events against hand-coded gold sentences (format in docs/events.md; dyad's "
          + "development set is data/eval/events_dev.jsonl). A gold event is found when dyad codes the same directed "
          + "pair of states in its sentence. Prints the gold and found events by CAMEO root and, as its last line, "
          + "pair_recall=... quad_acc=... root_acc=... precision=... n=N (n: gold events)."})
  static final class Events implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "FILE.jsonl", description = "Gold sentences, one JSON line "
        + "each: id, date, text (or ref to a sentence of a corpus under --shared), events [{source_state, target_state, cameo}].")
    File input;

    @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared",
        description = "Where the corpora of 'ref' lines are (default: ${DEFAULT-VALUE}).")
    File shared;

    @Option(names = "--verbose", description = "Per sentence: the gold events missed, the codes that differ, the extra events.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
      dyad.eval.EventsEvaluation.run(input, shared, verbose, System.out);
      return 0;
    }
  }
}
