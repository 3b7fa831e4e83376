package dyad.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.SeedRun;
import dyad.TestPaths;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every notebook under notebooks/ runs top to bottom, headless, in the Java kernel on the seed run's
 * output, as `notebooks/run` does for a user; a failing cell fails the test. The executed notebooks,
 * with their plots, are left in jobs/target/notebooks.
 */
class NotebooksTest {
  static Stream<Path> notebooks() throws Exception {
    try (Stream<Path> s = Files.list(TestPaths.repoRoot().resolve("notebooks"))) {
      return s.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList().stream();
    }
  }

  @Test
  void thereAreNotebooks() throws Exception {
    assertTrue(notebooks().count() >= 3, "network, sentiment and topics notebooks");
  }

  @ParameterizedTest
  @MethodSource("notebooks")
  void runsTopToBottomWithItsPlots(Path notebook) throws Exception {
    requireJupyter();
    Path root = TestPaths.repoRoot();
    Path outDir = root.resolve("jobs/target/notebooks");
    Files.createDirectories(outDir);
    Path log = outDir.resolve(notebook.getFileName() + ".log");
    ProcessBuilder pb = new ProcessBuilder(root.resolve("notebooks/run").toString(), notebook.toString(), outDir.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("DYAD_OUTPUT", SeedRun.output().toString());
    Process p = pb.start();
    boolean done = p.waitFor(600, TimeUnit.SECONDS);
    if (!done) p.destroyForcibly();
    assertTrue(done && p.exitValue() == 0, () -> notebook.getFileName() + " failed:\n" + tail(log));
    JsonNode executed = new ObjectMapper().readTree(outDir.resolve(notebook.getFileName()).toFile());
    int images = 0;
    for (JsonNode cell : executed.get("cells")) {
      if (!"code".equals(cell.get("cell_type").asText())) continue;
      assertFalse(cell.get("outputs").isEmpty(), "every code cell shows something: " + cell.get("source"));
      for (JsonNode o : cell.get("outputs")) {
        assertFalse("error".equals(o.get("output_type").asText()), o.toString());
        if (o.has("data") && o.get("data").has("image/png")) images++;
      }
    }
    assertTrue(images >= 1, "the executed notebook keeps its plots");
  }

  private static void requireJupyter() {
    boolean found = Stream.of(System.getenv("PATH").split(File.pathSeparator))
        .anyMatch(d -> Files.isExecutable(Path.of(d, "jupyter-nbconvert")));
    if (!found && System.getenv("DYAD_REQUIRE_JUPYTER") != null) {
      throw new AssertionError("DYAD_REQUIRE_JUPYTER is set but jupyter-nbconvert is not installed (see notebooks/README.md)");
    }
    Assumptions.assumeTrue(found, "jupyter-nbconvert not installed (see notebooks/README.md); set DYAD_REQUIRE_JUPYTER to fail instead");
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (Exception e) {
      return "(no log)";
    }
  }
}
