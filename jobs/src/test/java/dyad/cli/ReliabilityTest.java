package dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.DyadProcess;
import dyad.SeedRun;
import dyad.SparkTestBase;
import dyad.TestPaths;
import dyad.core.FaultInjection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole runs in JVMs of their own compared with the shared seed run by content hash of every table:
 * a second run on one core (determinism, whatever the partitioning), and a run whose first task
 * attempts fail in three stages, recovered by Spark's retries.
 */
class ReliabilityTest extends SparkTestBase {
  @TempDir Path tmp;

  private static String run(Path out, List<String> jvm, String master) throws Exception {
    Path log = out.resolveSibling(out.getFileName() + ".log");
    List<String> cmd = DyadProcess.command(jvm, "run", "--input", TestPaths.repoRoot().resolve("data/corpus").toString(),
        "--output", out.toString(), "--master", master);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(p.waitFor(600, TimeUnit.SECONDS), "the run finished");
    String text = Files.readString(log);
    assertEquals(0, p.exitValue(), text);
    return text;
  }

  @Test
  void twoRunsOnTheSameInputGiveIdenticalTables() throws Exception {
    Path out = tmp.resolve("one-core");
    run(out, List.of(), "local[1]");
    var expected = contentHashes(SeedRun.output());
    assertEquals(dyad.schema.Tables.ALL.size(), expected.size());
    assertEquals(expected, contentHashes(out));
  }

  @Test
  void failedTaskAttemptsAreRetriedToTheSameOutput() throws Exception {
    Path out = tmp.resolve("faulty");
    // local[2,4]: two cores, and up to four attempts per task (local mode does not retry by default).
    // The per-article pass (cleaning, matching, scoring), deduplication, and the network's pair counts.
    String log = run(out, List.of("-D" + FaultInjection.SETTING + "=pass,dedup,network"), "local[2,4]");
    for (String site : List.of("pass", "dedup", "network")) {
      assertTrue(log.contains("dyad fault injection: failing attempt 0 of task 0 in stage") && log.contains(" at " + site),
          "a task failed at " + site);
    }
    assertEquals(contentHashes(SeedRun.output()), contentHashes(out));
  }
}
