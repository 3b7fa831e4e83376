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
import org.junit.jupiter.api.io.TempDir;

/** `dyad eval actors` on the seed gold: the states and leaders scores of the mechanism, not of a tuned list. */
class EvalActorsTest {
  private static String eval(String... args) {
    return EvalRun.eval(args);
  }

  private static double figure(String out, String name) {
    return EvalRun.figure(out, "state_precision", name);
  }

  /** The span mode's arithmetic, on spans chosen so that each count is known whatever the matcher's limits. */
  @Test
  void spanModeScoresMentionsAgainstHumanSpans(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("c.jsonl");
    Files.writeString(corpus, String.join("\n",
        "{\"id\": \"s1\", \"date\": \"2020-03-01\", \"title\": \"Russia signs\", \"text\": \"LONDON 2020-03-01\\n\\n"
            + "Russia and France signed a treaty on fishing rights on Sunday, Foreign Minister Sergei Lavrov said at a "
            + "news conference.\\n\\nThe minister later flew to Chile for more talks with his counterpart there.\"}",
        "{\"id\": \"s2\", \"date\": \"2020-03-02\", \"title\": \"Rain\", \"text\": \"It rained all day in the "
            + "valley and the farmers were glad of it after a long and dry summer.\"}"));
    Path gold = dir.resolve("g.jsonl");
    // France is marked ORG, as if it stood inside an organisation's name: a STATE mention on it is an error.
    Files.writeString(gold, String.join("\n",
        "{\"doc\": \"s1\", \"paragraph\": null, \"start\": 0, \"end\": 6, \"type\": \"LOC\", \"text\": \"Russia\"}",
        "{\"doc\": \"s1\", \"paragraph\": 0, \"start\": 0, \"end\": 6, \"type\": \"LOC\", \"text\": \"LONDON\"}",
        "{\"doc\": \"s1\", \"paragraph\": 1, \"start\": 0, \"end\": 6, \"type\": \"LOC\", \"text\": \"Russia\"}",
        "{\"doc\": \"s1\", \"paragraph\": 1, \"start\": 11, \"end\": 17, \"type\": \"ORG\", \"text\": \"France\"}",
        "{\"doc\": \"s1\", \"paragraph\": 1, \"start\": 80, \"end\": 93, \"type\": \"PER\", \"text\": \"Sergei Lavrov\"}",
        "{\"doc\": \"s1\", \"paragraph\": 2, \"start\": 27, \"end\": 32, \"type\": \"LOC\", \"text\": \"Chile\"}"));
    Path leaders = dir.resolve("l.tsv");
    Files.writeString(leaders, "# test\nSergei Lavrov\tRUS\tforeign minister\tSergei Lavrov|Lavrov\n");
    String out = eval("eval", "actors", "--spans", gold.toString(), "--input", corpus.toString(), "--leaders", leaders.toString());
    assertTrue(out.contains("person precision=1.0000 (1 of 1)"), out);
    // Russia and Chile are right, France (on an ORG span) is not; the headline's Russia is not scored.
    assertEquals(2.0 / 3, figure(out, "state_precision"), 1e-4, out);
    assertEquals(1.0, figure(out, "state_recall"), 1e-9, out);
    assertEquals(1.0, figure(out, "leader_recall"), 1e-9, out);
    assertTrue(out.strip().endsWith("n=2"), out);
    // Without a leaders file there is no leader recall to give.
    assertTrue(Double.isNaN(figure(eval("eval", "actors", "--spans", gold.toString(), "--input", corpus.toString()), "leader_recall")));
  }

  /** CoNLL-2003's development split (Reuters, August 1996): floors at today's figures, so that none falls. */
  @Test
  void spanModeOnConllDevelopmentSplit() {
    Path dir = TestPaths.shared().resolve("eval/conll2003");
    assumeTrue(Files.exists(dir.resolve("conll-testa.jsonl")), "../shared is not beside the repository");
    String out = eval("eval", "actors", "--spans", dir.resolve("conll-testa-gold.jsonl").toString(), "--input",
        dir.resolve("conll-testa.jsonl").toString(), "--leaders",
        TestPaths.repoRoot().resolve("data/eval/conll-testa-leaders.tsv").toString());
    assertTrue(figure(out, "state_precision") >= 0.99, out);
    assertTrue(figure(out, "state_recall") >= 0.985, out);
    assertTrue(figure(out, "leader_recall") >= 0.90, out);
  }

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
