package dyad.cli;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dyad.core.DyadConfig;
import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
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
  public Integer call() throws IllegalAccessException {
    DyadConfig cfg = DyadConfig.load(config);
    if (docs) document("", cfg);
    else System.out.println(cfg.toJson());
    return 0;
  }

  private static void document(String prefix, Object section) throws IllegalAccessException {
    for (Field f : section.getClass().getFields()) {
      if (Modifier.isStatic(f.getModifiers())) continue;
      Object v = f.get(section);
      String key = prefix + f.getName();
      JsonPropertyDescription d = f.getAnnotation(JsonPropertyDescription.class);
      boolean leaf = v == null || v instanceof String || v instanceof Number || v instanceof Boolean || v instanceof Collection;
      if (leaf) {
        System.out.println(key + " = " + v + (d == null ? "" : "\n    " + d.value()));
      } else {
        if (d != null) System.out.println("# " + key + ": " + d.value());
        document(key + ".", v);
      }
    }
  }
}
