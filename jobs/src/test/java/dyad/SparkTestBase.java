package dyad;

import dyad.core.SparkSessions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;

/** Tests that run Spark share one local session; their output is read back with DuckDB JDBC. */
public abstract class SparkTestBase {
  protected static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    if (spark == null) spark = SparkSessions.start("local[2]");
  }

  /** Runs the dyad command line in this JVM; returns its exit status. */
  protected static int dyad(String... args) {
    return dyad.cli.Main.commandLine().execute(args);
  }

  /** Rows of a DuckDB query, each a list of column values: an independent reader of dyad's Parquet. */
  public static List<List<Object>> duck(String sql) {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      return dyad.output.SqlViews.rows(c, sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  public static long duckLong(String sql) {
    return ((Number) duck(sql).get(0).get(0)).longValue();
  }

  /**
   * The README's DuckDB queries that read {@code table}, each pointed at {@code out} instead of the
   * README's out/: tests run them as a user would paste them.
   */
  public static List<String> readmeQueries(String table, java.nio.file.Path out) {
    String readme;
    try {
      readme = java.nio.file.Files.readString(TestPaths.repoRoot().resolve("README.md"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    List<String> found = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("```sql\n(.*?)```", java.util.regex.Pattern.DOTALL).matcher(readme);
    while (m.find()) {
      for (String sql : m.group(1).split(";\\s*\n")) {
        if (sql.contains("/" + table + "/")) found.add(sql.replace("'out/", "'" + out + "/"));
      }
    }
    return found;
  }

  /** Rows of one table's Parquet that the other lacks, both ways: 0 when the two hold the same rows. */
  public static long rowsDiffering(java.nio.file.Path a, java.nio.file.Path b, String name) {
    return duckLong("SELECT count(*) FROM ((SELECT * FROM " + table(a, name) + " EXCEPT ALL SELECT * FROM " + table(b, name)
        + ") UNION ALL (SELECT * FROM " + table(b, name) + " EXCEPT ALL SELECT * FROM " + table(a, name) + "))");
  }

  /** A SQL array value from DuckDB as a Java list. */
  public static List<Object> javaList(Object sqlArray) {
    try {
      return java.util.Arrays.asList((Object[]) ((java.sql.Array) sqlArray).getArray());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String table(java.nio.file.Path out, String name) {
    return dyad.output.SqlViews.source(out.toString(), name);
  }

  /**
   * A content hash of each table of a run's output: the md5 of its rows' md5s in sorted order, so
   * two outputs with the same rows, in any files and order, have the same hashes.
   */
  public static java.util.Map<String, String> contentHashes(java.nio.file.Path out) {
    java.util.Map<String, String> hashes = new java.util.TreeMap<>();
    for (String name : dyad.schema.Tables.ALL.keySet()) {
      if (!java.nio.file.Files.isDirectory(out.resolve(name))) continue; // a stage left out
      hashes.put(name, String.valueOf(duck("SELECT md5(coalesce(string_agg(h, ',' ORDER BY h), '')) FROM (SELECT md5(CAST(t AS VARCHAR)) AS h FROM "
          + table(out, name) + " t)").get(0).get(0)));
    }
    return hashes;
  }
}
