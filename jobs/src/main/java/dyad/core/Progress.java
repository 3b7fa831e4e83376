package dyad.core;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Progress lines on stderr ("[dyad   4.2s] ingest: ..."), so a user sees which stage a long run is
 * in, and the seconds each stage took, for the run summary and the manifest.
 */
public final class Progress {
  private final PrintStream out;
  private final long start = System.nanoTime();
  private final Map<String, Double> seconds = new LinkedHashMap<>();

  public Progress(PrintStream out) {
    this.out = out;
  }

  public static Progress silent() {
    return new Progress(null);
  }

  public void say(String stage, String message) {
    if (out != null) {
      out.printf(Locale.ROOT, "[dyad %6.1fs] %s: %s%n", elapsed(), stage, message);
      out.flush();
    }
  }

  /** Starts timing a stage; close the returned timer when it is done. */
  public Timer time(String stage) {
    return new Timer(stage);
  }

  public double elapsed() {
    return (System.nanoTime() - start) / 1e9;
  }

  public Map<String, Double> seconds() {
    return seconds;
  }

  /** Times one stage; try-with-resources. */
  public final class Timer implements AutoCloseable {
    private final String stage;
    private final long t0 = System.nanoTime();

    private Timer(String stage) {
      this.stage = stage;
    }

    @Override
    public void close() {
      double s = Math.round((System.nanoTime() - t0) / 1e7) / 100.0;
      seconds.merge(stage, s, Double::sum);
    }
  }
}
