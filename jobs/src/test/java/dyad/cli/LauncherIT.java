package dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.SeedRun;
import dyad.SparkTestBase;
import dyad.TestPaths;
import dyad.schema.Tables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ./dyad's short runs: on a small input the launcher runs the JVM with C1 alone, Spark without
 * generated code, and a class-data archive that its first short run writes. None of that may change
 * a row: the run that writes the archive and one that reads it both equal the seed run of the tests. Runs after the jar is packaged.
 */
class LauncherIT extends SparkTestBase {
  private static final String NOTE = "short run: keeping a class-data archive";

  @TempDir Path tmp;

  @Test
  void shortRunsComputeWhatDefaultRunsDo() throws Exception {
    Path archive = tmp.resolve("dyad.jsa");
    Map<String, String> env = Map.of("DYAD_CDS_ARCHIVE", archive.toString());

    // Runs that stop at a missing config file, before Spark: cheap checks of when the archive is made.
    String large = launch("large", 2, Map.of("DYAD_SHORT_RUN_BYTES", "1", "DYAD_CDS_ARCHIVE", archive.toString()),
        "--config", tmp.resolve("missing.json").toString());
    assertFalse(large.contains(NOTE), "an input over the limit runs with the defaults: " + large);
    String failed = launch("failed", 2, env, "--config", tmp.resolve("missing.json").toString());
    assertTrue(failed.contains(NOTE), failed);
    assertFalse(Files.exists(archive), "a run that fails keeps no archive");
    assertEquals(List.of(), parts(), "nor a partial one");

    String first = launch("first", 0, env);
    assertTrue(first.contains(NOTE), first);
    assertTrue(Files.size(archive) > 0, "the first short run leaves its archive");
    assertEquals(List.of(), parts(), "no partial archive is left");

    String second = launch("second", 0, env);
    assertFalse(second.contains(NOTE), "a later short run reads the archive");

    Path seeds = SeedRun.output();
    for (String run : List.of("first", "second")) {
      for (String table : Tables.ALL.keySet()) {
        if (table.startsWith("topic") || table.equals("article_topics") || table.equals("pair_topics")) continue;
        assertEquals(0, rowsDiffering(seeds, tmp.resolve(run), table), run + ": " + table);
      }
    }
  }

  @Test
  void aSavedModelIsReappliedInAFreshProcess() throws Exception {
    // --model loads the model in Spark's session, which a fresh process starts only after reading the options.
    Path seeds = SeedRun.output();
    Path out = tmp.resolve("reused");
    exec("reused", 0, Map.of(), List.of(TestPaths.repoRoot().resolve("dyad").toString(), "topics", "--input", seeds.toString(),
        "--output", out.toString(), "--model", seeds.resolve(dyad.topics.TopicsStage.MODEL).toString()));
    for (String table : List.of("topics", "article_topics", "pair_topics")) {
      assertEquals(0, rowsDiffering(seeds, out, table), table + ": the saved model gives the seed run's rows");
    }
  }

  private List<Path> parts() throws Exception {
    try (var files = Files.list(tmp)) {
      return files.filter(p -> p.toString().endsWith(".part")).toList();
    }
  }

  /** ./dyad run on the seeds without topics (-i as users may write it); returns what it printed. */
  private String launch(String name, int exit, Map<String, String> env, String... more) throws Exception {
    Path root = TestPaths.repoRoot();
    List<String> command = new ArrayList<>(List.of(root.resolve("dyad").toString(), "run",
        "-i", root.resolve("data/corpus").toString(), "--output", tmp.resolve(name).toString(), "--skip", "topics"));
    command.addAll(List.of(more));
    return exec(name, exit, env, command);
  }

  /** Runs a command with these environment variables; returns what it printed. */
  private String exec(String name, int exit, Map<String, String> env, List<String> command) throws Exception {
    Path log = tmp.resolve(name + ".log");
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().remove("DYAD_SHORT_RUN");
    pb.environment().putAll(env);
    Process p = pb.start();
    assertTrue(p.waitFor(600, TimeUnit.SECONDS), name + " finished");
    String text = Files.readString(log);
    assertEquals(exit, p.exitValue(), () -> text.substring(Math.max(0, text.length() - 5000)));
    return text;
  }
}
