package dyad.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Renders the static dashboard: one HTML file with its style, script and data inlined, so it opens
 * from disk with no network and can be mailed or archived as it is. The script and style are
 * dyad's own (resources under dyad/report/), so there is no third-party code to vendor.
 */
public final class Report {
  static final String FILE = "index.html";
  private static final String RESOURCES = "/dyad/report/";

  private Report() {}

  /** The page for {@code data} (see {@link ReportData#collect}). */
  public static String html(Map<String, Object> data) {
    return resource("report.html")
        .replace("/*DYAD_CSS*/", resource("report.css"))
        .replace("/*DYAD_JS*/", resource("report.js"))
        .replace("\"__DYAD_DATA__\"", ReportData.json(data));
  }

  /** Writes the page into {@code dir} (created when missing) and returns its path. */
  public static Path write(Map<String, Object> data, Path dir) {
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve(FILE);
      Path tmp = dir.resolve("." + FILE + ".tmp");
      Files.writeString(tmp, html(data), StandardCharsets.UTF_8);
      // A reader never sees half a page: the file is replaced whole.
      Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report to " + dir + ": " + e.getMessage(), e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = Report.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) throw new IllegalStateException("missing resource " + RESOURCES + name + " (a broken build)");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
