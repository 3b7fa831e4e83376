package dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dyad.TestPaths;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** `dyad eval actors` on the seed gold: the states and leaders scores of the mechanism, not of a tuned list. */
class EvalActorsTest {
  @Test
  void statesAndLeadersScoreOnTheSeedGold() {
    Path gold = TestPaths.shared().resolve("eval/seeds_gold.json");
    assumeTrue(Files.exists(gold), "../shared is not beside the repository");
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true));
    int code;
    try {
      code = Main.commandLine().execute("eval", "actors", "--gold", gold.toString(), "--input", TestPaths.seeds().toString());
    } finally {
      System.setOut(old);
    }
    assertEquals(0, code);
    String out = buf.toString();
    Matcher m = Pattern.compile("(?m)^states precision=([0-9.]+) recall=([0-9.]+) f1=([0-9.]+)").matcher(out);
    assertTrue(m.find(), out);
    assertTrue(Double.parseDouble(m.group(3)) >= 0.95, "states F1 on the seed gold: " + m.group(3));
    assertTrue(Double.parseDouble(m.group(1)) >= 0.95, "states precision: " + m.group(1));
    Matcher l = Pattern.compile("(?m)^leaders precision=([0-9.]+) recall=([0-9.]+) f1=([0-9.]+)").matcher(out);
    assertTrue(l.find(), out);
    assertTrue(Double.parseDouble(l.group(3)) >= 0.95, "leaders F1 on the seed gold: " + l.group(3));
  }
}
