package dyad;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium (Debian's chromium package) for tests that check what a person would see. Where
 * it is not installed the test is skipped, unless DYAD_REQUIRE_BROWSER is set (CI sets it, so
 * there a missing browser fails instead of passing silently).
 */
public final class Chromium {
  private Chromium() {}

  /** What the browser printed: the DOM after scripts ran, and the page's console messages. */
  public record Page(String dom, List<String> console) {}

  public static Path binary() {
    String env = System.getenv("DYAD_CHROMIUM");
    for (String c : new String[] {env, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"}) {
      if (c != null && Files.isExecutable(Path.of(c))) return Path.of(c);
    }
    if (System.getenv("DYAD_REQUIRE_BROWSER") != null) {
      Assertions.fail("DYAD_REQUIRE_BROWSER is set but no Chromium was found (apt-get install chromium)");
    }
    Assumptions.abort("no headless Chromium here (apt-get install chromium); set DYAD_REQUIRE_BROWSER to fail instead");
    return null;
  }

  /** Loads {@code file} from disk, lets its scripts run, returns the DOM and console lines. */
  public static Page load(Path file, Path screenshot) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("dyad-chromium");
    Path err = Files.createTempFile("dyad-chromium", ".log");
    Path dom = Files.createTempFile("dyad-chromium", ".html");
    List<String> cmd = new ArrayList<>(List.of(binary().toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
        "--virtual-time-budget=10000", "--window-size=1280,2400"));
    run(cmd, List.of("--dump-dom", file.toUri().toString()), dom, err);
    String html = Files.readString(dom);
    List<String> console = Files.readAllLines(err).stream().filter(l -> l.contains(":CONSOLE")).toList();
    if (screenshot != null) {
      Files.createDirectories(screenshot.getParent());
      run(cmd, List.of("--screenshot=" + screenshot, file.toUri().toString()), null, err);
    }
    return new Page(html, console);
  }

  private static void run(List<String> base, List<String> extra, Path stdout, Path stderr)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(base);
    cmd.addAll(extra);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(stderr.toFile());
    if (stdout != null) pb.redirectOutput(stdout.toFile());
    else pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      Assertions.fail("chromium did not finish in 120 s: " + cmd);
    }
    Assertions.assertEquals(0, p.exitValue(), () -> "chromium failed: " + cmd + "\n" + read(stderr));
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      return "";
    }
  }
}
