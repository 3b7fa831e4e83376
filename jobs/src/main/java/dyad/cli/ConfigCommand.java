package dyad.cli;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dyad.core.DyadConfig;
import java.io.File;
import java.lang.reflect.RecordComponent;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Prints the configuration: every key with its default (or the values of a file), and its doc. */
@Command(name = "config", mixinStandardHelpOptions = true,
    description = "Print the configuration as JSON (defaults, or a --config file merged over them), "
        + "or with --docs every key with its meaning and default.")
final class ConfigCommand implements Callable<Integer> {
  @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "Check this config file and print it with defaults filled in.")
  File config;

  @Option(names = "--docs", description = "List every key with its meaning and default instead of JSON.")
  boolean docs;

  @Override
  public Integer call() throws ReflectiveOperationException {
    DyadConfig cfg = DyadConfig.load(config);
    if (docs) document("", cfg);
    else System.out.println(cfg.toJson());
    return 0;
  }

  /** Each key of a config record with its value and doc, sections first named then walked. */
  private static void document(String prefix, Object section) throws ReflectiveOperationException {
    for (RecordComponent c : section.getClass().getRecordComponents()) {
      Object v = c.getAccessor().invoke(section);
      String key = prefix + c.getName();
      JsonPropertyDescription d = c.getAccessor().getAnnotation(JsonPropertyDescription.class);
      if (v != null && v.getClass().isRecord()) {
        if (d != null) System.out.println("# " + key + ": " + d.value());
        document(key + ".", v);
      } else {
        System.out.println(key + " = " + v + (d == null ? "" : "\n    " + d.value()));
      }
    }
  }
}
