package dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.TestPaths;
import dyad.ingest.RejectReason;
import dyad.schema.Tables;
import java.nio.file.Files;
import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;

/** The README is the users' schema reference: it must name every column and reason the code writes. */
class ReadmeTest {
  private final String readme = read();

  private static String read() {
    try {
      return Files.readString(TestPaths.repoRoot().resolve("README.md"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void firstLinesAreTheTwoCommandsAndCiRunsTheTestOne() throws Exception {
    List<String> lines = readme.lines().toList();
    assertEquals("```bash", lines.get(2));
    assertTrue(lines.get(3).startsWith("./dyad run --input data/corpus --output out"));
    String testCommand = lines.get(4).replaceAll("\\s+#.*", "").strip();
    assertEquals("mvn -B -ntp verify", testCommand);
    String ci = Files.readString(TestPaths.repoRoot().resolve(".ci/run"));
    assertTrue(ci.lines().anyMatch(l -> l.strip().equals(testCommand)), ".ci/run runs the README's test command");
  }

  @Test
  void everyTableColumnIsDocumented() {
    for (Tables.Table t : Tables.ALL.values()) {
      assertTrue(readme.contains("### `" + t.name() + "`"), "README section for table " + t.name());
      for (StructField f : t.schema().fields()) {
        assertTrue(readme.contains("| `" + f.name() + "` |"), "README documents " + t.name() + "." + f.name());
      }
    }
  }

  @Test
  void everyRejectReasonIsDocumented() {
    for (RejectReason r : RejectReason.values()) assertTrue(readme.contains("`" + r.code() + "`"), r.code());
  }
}
