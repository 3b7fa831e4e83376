package dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.SeedRun;
import dyad.SparkTestBase;
import dyad.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/local-cluster: the thin jar on a real standalone cluster (master, worker and executors in
 * JVMs of their own, the jar shipped to the executors) gives the same rows as local mode. Runs in
 * Maven's integration-test phase, after the jar is packaged.
 */
class ClusterIT extends SparkTestBase {
  @TempDir Path tmp;

  @Test
  void clusterOutputEqualsLocalModeRowForRow() throws Exception {
    Path out = tmp.resolve("cluster-out");
    Path log = tmp.resolve("cluster.log");
    Path root = TestPaths.repoRoot();
    Process p = new ProcessBuilder(root.resolve("scripts/local-cluster").toString(), "--input",
        root.resolve("data/corpus").toString(), "--output", out.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(p.waitFor(900, TimeUnit.SECONDS), "the cluster run finished");
    String text = Files.readString(log);
    assertEquals(0, p.exitValue(), () -> text.substring(Math.max(0, text.length() - 5000)));
    assertTrue(text.contains("master spark://127.0.0.1:"), "ran on the standalone master");
    String manifest = Files.readString(out.resolve("_manifest.json"));
    assertTrue(manifest.contains("\"master\" : \"spark://127.0.0.1:"), "the manifest records the cluster master");
    Path local = SeedRun.output();
    for (String table : dyad.schema.Tables.ALL.keySet()) {
      assertEquals(0, rowsDiffering(local, out, table), table);
    }
    assertEquals(contentHashes(local), contentHashes(out));
  }
}
