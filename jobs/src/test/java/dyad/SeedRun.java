package dyad;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One `dyad run` on data/corpus shared by the test classes that read its tables: the run takes
 * most of a minute, and every stage's tests look at the same output. Tests only read it.
 */
public final class SeedRun {
  private static Path output;

  private SeedRun() {}

  private static void delete(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temp directory left behind harms nothing
    }
  }

  public static synchronized Path output() {
    if (output == null) {
      try {
        Path dir = Files.createTempDirectory("dyad-seed-run");
        Path out = dir.resolve("out");
        int code = dyad.cli.Main.commandLine().execute("run", "--input",
            TestPaths.repoRoot().resolve("data/corpus").toString(), "--output", out.toString());
        if (code != 0) throw new IllegalStateException("dyad run on data/corpus exited " + code);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        output = out;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return output;
  }
}
