package dyad;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests find the repository's data and the shared material beside it. */
public final class TestPaths {
  private TestPaths() {}

  public static Path repoRoot() {
    String p = System.getProperty("dyad.repo.root");
    Path root = p != null ? Path.of(p) : Path.of("").toAbsolutePath();
    if (!Files.isDirectory(root.resolve("data")) && Files.isDirectory(root.getParent().resolve("data"))) root = root.getParent();
    return root.toAbsolutePath().normalize();
  }

  public static Path seeds() {
    return repoRoot().resolve("data/corpus/seeds");
  }

  /** ../shared beside the repository; tests that need it are skipped where it is absent. */
  public static Path shared() {
    return repoRoot().resolveSibling("shared");
  }

  public static String seed(String prefix) {
    try (var files = Files.list(seeds())) {
      Path f = files.filter(x -> x.getFileName().toString().startsWith(prefix)).findFirst()
          .orElseThrow(() -> new IllegalStateException("no seed " + prefix + " in " + seeds()));
      return Files.readString(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
