package dyad;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** `dyad` in a JVM of its own (its own SparkSession and settings), on the tests' classpath. */
public final class DyadProcess {
  private DyadProcess() {}

  /** The java command line for dyad.cli.Main with {@code jvmOptions} and then {@code args}. */
  public static List<String> command(List<String> jvmOptions, String... args) throws IOException {
    Properties build = new Properties();
    try (var in = DyadProcess.class.getClassLoader().getResourceAsStream("dyad/build.properties")) {
      build.load(in);
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of(build.getProperty("jvm.flags").trim().split("\\s+")));
    cmd.addAll(jvmOptions);
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "dyad.cli.Main"));
    cmd.addAll(List.of(args));
    return cmd;
  }

  /**
   * Runs {@code cmd} and kills it (SIGKILL: no shutdown hooks) as soon as it prints a line that
   * contains {@code marker}; returns whether it got that far before it ended.
   */
  public static boolean killAt(List<String> cmd, String marker) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    boolean killed = false;
    try (java.io.BufferedReader r = new java.io.BufferedReader(
        new java.io.InputStreamReader(p.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.contains(marker)) {
          p.destroyForcibly();
          killed = true;
          break;
        }
      }
    }
    if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) throw new IllegalStateException("the killed process did not end");
    return killed;
  }
}
