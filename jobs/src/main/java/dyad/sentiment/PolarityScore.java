package dyad.sentiment;

import java.util.Locale;

/** Accuracy and macro-F1 over the three polarities (-1, 0, +1), as NewsMTSC reports them. */
public final class PolarityScore {
  private final long[][] confusion = new long[3][3]; // [gold][predicted], index polarity + 1

  public void add(int gold, int predicted) {
    confusion[gold + 1][predicted + 1]++;
  }

  public long n() {
    long n = 0;
    for (long[] r : confusion) for (long c : r) n += c;
    return n;
  }

  public double accuracy() {
    long ok = 0;
    for (int i = 0; i < 3; i++) ok += confusion[i][i];
    return n() == 0 ? 0 : (double) ok / n();
  }

  /** F1 of one class (-1, 0 or 1); 0 when it is never predicted or never gold. */
  public double f1(int polarity) {
    int c = polarity + 1;
    long tp = confusion[c][c];
    long predicted = 0;
    long gold = 0;
    for (int i = 0; i < 3; i++) {
      predicted += confusion[i][c];
      gold += confusion[c][i];
    }
    return predicted + gold == 0 ? 0 : 2.0 * tp / (predicted + gold);
  }

  public double macroF1() {
    return (f1(-1) + f1(0) + f1(1)) / 3;
  }

  public String confusionTable() {
    StringBuilder b = new StringBuilder("gold \\ predicted   negative  neutral  positive\n");
    String[] names = {"negative", "neutral", "positive"};
    for (int i = 0; i < 3; i++) {
      b.append(String.format(Locale.ROOT, "%-18s %9d %8d %9d   F1 %.3f%n", names[i], confusion[i][0], confusion[i][1],
          confusion[i][2], f1(i - 1)));
    }
    return b.toString();
  }

  /** The summary line: macro_f1=0.xxx accuracy=0.xxx n=N */
  public String line() {
    return String.format(Locale.ROOT, "macro_f1=%.3f accuracy=%.3f n=%d", macroF1(), accuracy(), n());
  }
}
