package dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dyad.TestPaths;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `dyad eval events`: its arithmetic on sentences of its own, references resolved and checked, floors on the development set. */
class EvalEventsTest {
  private static String eval(String... args) {
    return EvalRun.eval(args);
  }

  private static double figure(String out, String name) {
    return EvalRun.figure(out, "pair_recall", name);
  }

  @Test
  void scoresPairsThenCodesOfTheFoundOnes(@TempDir Path dir) throws Exception {
    Path gold = dir.resolve("g.jsonl");
    // Two gold events dyad finds (the second with another code of the same root), one it
    // cannot see (the other party is known only to the reader), and a sentence with no event.
    Files.writeString(gold, String.join("\n",
        "{\"id\": \"a\", \"date\": \"1987-03-01\", \"text\": \"Peru has broken off relations with Cuba.\", "
            + "\"events\": [{\"source_state\": \"PER\", \"target_state\": \"CUB\", \"cameo\": \"161\"}]}",
        "{\"id\": \"b\", \"date\": \"1996-01-01\", \"text\": \"Israel was fiercely condemned by Egypt on Monday.\", "
            + "\"events\": [{\"source_state\": \"EGY\", \"target_state\": \"ISR\", \"cameo\": \"1121\"}]}",
        "{\"id\": \"c\", \"date\": \"1987-03-01\", \"text\": \"Tokyo failed to observe the agreement.\", "
            + "\"events\": [{\"source_state\": \"JPN\", \"target_state\": \"USA\", \"cameo\": \"128\"}]}",
        "{\"id\": \"d\", \"date\": \"1987-03-01\", \"text\": \"It rained in Peru and in Chile all week.\", \"events\": []}"));
    String out = eval("eval", "events", "--input", gold.toString());
    assertEquals(2.0 / 3, figure(out, "pair_recall"), 1e-3, out);
    assertEquals(1.0, figure(out, "quad_acc"), 1e-9, out);
    // condemned is 111 by the dictionary, the gold says 1121 (accuse of crime): roots 11 and 11.
    assertEquals(1.0, figure(out, "root_acc"), 1e-9, out);
    assertEquals(1.0, figure(out, "precision"), 1e-9, out);
    assertTrue(out.strip().endsWith("n=3"), out);
  }

  @Test
  void aReferenceIsResolvedInPlaceAndItsHashChecked(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("corpus/c.jsonl");
    Files.createDirectories(corpus.getParent());
    Files.writeString(corpus, "{\"id\": \"r1\", \"text\": \"HEADLINE\\nPeru has broken off\\n relations with Cuba. More.\"}\n");
    String sentence = "Peru has broken off relations with Cuba.";
    String sha = dyad.core.Hashing.sha256Hex(sentence).substring(0, 12);
    int start = "HEADLINE\n".length();
    int end = start + "Peru has broken off\n relations with Cuba.".length();
    Path gold = dir.resolve("g.jsonl");
    Files.writeString(gold, "{\"id\": \"r1:9\", \"date\": \"1987-03-01\", \"ref\": {\"file\": \"corpus/c.jsonl\", \"doc\": \"r1\", "
        + "\"start\": " + start + ", \"end\": " + end + ", \"sha256\": \"" + sha + "\"}, \"events\": [{\"source_state\": \"PER\", "
        + "\"target_state\": \"CUB\", \"cameo\": \"161\"}]}\n");
    assertEquals(1.0, figure(eval("eval", "events", "--input", gold.toString(), "--shared", dir.toString()), "pair_recall"), 1e-9);
    // Another sentence at those offsets is an error, not a silent mismatch.
    Files.writeString(gold, Files.readString(gold).replace(sha, "000000000000"));
    assertTrue(Main.commandLine().execute("eval", "events", "--input", gold.toString(), "--shared", dir.toString()) != 0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> dyad.eval.EventsEvaluation.run(gold.toFile(), dir.toFile(), false, new PrintStream(new ByteArrayOutputStream())));
    assertTrue(e.getMessage().contains("is not the one coded"), e.getMessage());
  }

  /** The development set (Reuters 1987 by reference, the seeds, the codebook's examples): floors at today's figures. */
  @Test
  void developmentSetFloors() {
    assumeTrue(Files.exists(TestPaths.shared().resolve("corpus/reuters/reuters21578-part-a.jsonl")),
        "../shared is not beside the repository");
    String out = eval("eval", "events", "--input", TestPaths.repoRoot().resolve("data/eval/events_dev.jsonl").toString(),
        "--shared", TestPaths.shared().toString());
    assertTrue(out.strip().endsWith("n=578"), out);
    assertTrue(figure(out, "pair_recall") >= 0.41, out);
    assertTrue(figure(out, "precision") >= 0.76, out);
    assertTrue(figure(out, "quad_acc") >= 0.84, out);
    assertTrue(figure(out, "root_acc") >= 0.75, out);
  }
}
