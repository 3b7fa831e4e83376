package dyad.eval;

import dyad.sentiment.LabelledTargets;
import dyad.sentiment.PolarityScore;
import dyad.sentiment.SentimentScorer;
import java.io.File;
import java.io.PrintStream;
import java.util.Locale;

/**
 * `dyad eval sentiment`: target-dependent sentiment against human labels in the NewsMTSC format:
 * the confusion table and, as the last line, macro_f1=... accuracy=... n=N.
 */
public final class SentimentEvaluation {
  private SentimentEvaluation() {}

  /** @param rules score with the rules alone, without the trained model */
  public static void run(File input, boolean rules, boolean verbose, PrintStream out) {
    SentimentScorer scorer = SentimentScorer.standard();
    if (rules) scorer = scorer.rulesOnly();
    PolarityScore score = new PolarityScore();
    for (LabelledTargets.Item it : LabelledTargets.read(input.toPath())) {
      SentimentScorer.Record rec = scorer.records(it.sentence(), it.mentions()).stream()
          .filter(x -> x.target().equals(it.target())).findFirst().orElse(null);
      int predicted = rec == null ? 0 : rec.polarity();
      score.add(it.polarity(), predicted);
      if (verbose && it.polarity() != predicted) {
        out.printf(Locale.ROOT, "gold %+d predicted %+d (%.2f, %s) %s | %s%n", it.polarity(), predicted,
            rec == null ? 0 : rec.score(), rec == null ? null : rec.cue(), it.surface(), it.sentence());
      }
    }
    out.print(score.confusionTable());
    out.println(score.line());
  }
}
