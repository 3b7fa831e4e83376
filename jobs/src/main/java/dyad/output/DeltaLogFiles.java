package dyad.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A Delta table's versions and data files read off its transaction log, {@code _delta_log/N.json}
 * (the open Delta protocol: one JSON action per line; "add" and "remove" name data files by a path
 * relative to the table). dyad reads its own tables' log this way for the manifest, which is quicker
 * than asking Delta for a snapshot: that replays the log in Spark jobs, several per table.
 */
final class DeltaLogFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DeltaLogFiles() {}

  /** The latest committed version of the table at {@code dir}, or -1 when it has no log. */
  static long latestVersion(FileSystem fs, Path dir) throws IOException {
    Path log = new Path(dir, "_delta_log");
    if (!fs.exists(log)) return -1;
    long latest = -1;
    for (FileStatus f : fs.listStatus(log)) {
      String n = f.getPath().getName();
      if (n.endsWith(".json") && n.length() == 25 && n.chars().limit(20).allMatch(Character::isDigit)) {
        latest = Math.max(latest, Long.parseLong(n.substring(0, 20)));
      }
    }
    return latest;
  }

  /**
   * The data files of version {@code to}: {@code files} (those of version {@code from}; empty for -1)
   * with the adds and removes of each commit after it applied in order. Sorted.
   */
  static List<String> files(FileSystem fs, Path dir, long from, Collection<String> files, long to) throws IOException {
    TreeSet<String> out = new TreeSet<>(files);
    for (long v = from + 1; v <= to; v++) {
      Path commit = new Path(new Path(dir, "_delta_log"), String.format("%020d.json", v));
      try (BufferedReader r = new BufferedReader(new InputStreamReader(fs.open(commit), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          if (line.isBlank()) continue;
          JsonNode a = JSON.readTree(line);
          if (a.has("add")) out.add(decode(a.get("add").get("path").asText()));
          else if (a.has("remove")) out.remove(decode(a.get("remove").get("path").asText()));
        }
      }
    }
    return List.copyOf(out);
  }

  /** The protocol's paths are URI-encoded. */
  private static String decode(String path) {
    return URI.create(path).getPath();
  }
}
