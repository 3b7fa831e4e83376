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
}
