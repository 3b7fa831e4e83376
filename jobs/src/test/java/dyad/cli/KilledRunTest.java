package dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.SeedRun;
import dyad.SparkTestBase;
import dyad.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed while it writes (SIGKILL, no shutdown hooks) leaves the previous output and its
 * manifest as they were: tables go to a hidden staging directory renamed into place at the end.
 */
class KilledRunTest extends SparkTestBase {
  @TempDir Path tmp;

  @Test
  void aRunKilledMidWriteLeavesThePreviousOutputIntact() throws Exception {
    Path out = tmp.resolve("out");
    copy(SeedRun.output(), out);
    byte[] manifest = Files.readAllBytes(out.resolve("_manifest.json"));
    List<String> before = listing(out);

    List<String> cmd = dyad.DyadProcess.command(List.of(), "run", "--input",
        TestPaths.repoRoot().resolve("data/corpus").toString(), "--output", out.toString(), "--overwrite");
    // Articles and rejects are written; the run is in the middle of its output.
    boolean killedWhileWriting = dyad.DyadProcess.killAt(cmd, "write: mentions");
    assertTrue(killedWhileWriting, "the run reached its writes before it was killed");

    assertEquals(before, listing(out), "the previous output's files");
    assertTrue(java.util.Arrays.equals(manifest, Files.readAllBytes(out.resolve("_manifest.json"))), "the manifest");
    assertEquals(5, duckLong("SELECT count(*) FROM " + table(out, "articles")));
    assertEquals(duckLong("SELECT count(*) FROM " + table(SeedRun.output(), "mentions")),
        duckLong("SELECT count(*) FROM " + table(out, "mentions")));
  }

  private static List<String> listing(Path dir) throws Exception {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.map(x -> dir.relativize(x) + " " + x.toFile().length()).sorted().toList();
    }
  }

  private static void copy(Path from, Path to) throws Exception {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path x : s.toList()) {
        Path t = to.resolve(from.relativize(x).toString());
        if (Files.isDirectory(x)) Files.createDirectories(t);
        else Files.copy(x, t);
      }
    }
  }
}
