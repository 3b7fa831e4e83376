package dyad.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Facts about this build of dyad, from the filtered resource dyad/build.properties. */
public final class BuildInfo {
  private static final Properties P = load();

  private BuildInfo() {}

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = BuildInfo.class.getClassLoader().getResourceAsStream("dyad/build.properties")) {
      if (in != null) p.load(in);
    } catch (IOException e) {
      // leave empty: version() reports "unknown"
    }
    return p;
  }

  public static String version() {
    return P.getProperty("version", "unknown");
  }

  /** The commit the launcher was run from (DYAD_GIT_COMMIT), or "unknown" under a bare spark-submit. */
  public static String gitCommit() {
    String c = System.getenv("DYAD_GIT_COMMIT");
    if (c == null || c.isBlank()) c = System.getProperty("dyad.git.commit");
    return c == null || c.isBlank() ? "unknown" : c.strip();
  }
}
