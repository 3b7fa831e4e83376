package dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A `dyad eval` command run in this JVM, and the figures of its last line. */
final class EvalRun {
  private EvalRun() {}

  /** What the command printed; it must exit 0. */
  static String eval(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true));
    try {
      assertEquals(0, Main.commandLine().execute(args));
    } finally {
      System.setOut(old);
    }
    return buf.toString();
  }

  /** The figure {@code name} of the line that starts with {@code first}= (the summary line). */
  static double figure(String out, String first, String name) {
    Matcher line = Pattern.compile("(?m)^" + first + "=.*$").matcher(out);
    assertTrue(line.find(), out);
    Matcher m = Pattern.compile("\\b" + name + "=([0-9.]+|NaN)").matcher(line.group());
    assertTrue(m.find(), out);
    return Double.parseDouble(m.group(1));
  }
}
