package dyad.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The DuckDB views of notebooks/views.sql, pointed at one run's output: the notebooks open their
 * connection here and the tests run the same statements, so what users paste is what is tested.
 * Plain JDBC: the DuckDB driver comes from the caller's classpath (the notebook kernel, tests).
 */
public final class SqlViews {
  private SqlViews() {}

  /** The statements of {@code sql} (comments dropped), with the output directory 'out/ replaced. */
  public static List<String> statements(String sql, String outputDir) {
    StringBuilder body = new StringBuilder();
    for (String line : sql.split("\n")) {
      if (!line.strip().startsWith("--")) body.append(line).append('\n');
    }
    String dir = outputDir.endsWith("/") ? outputDir.substring(0, outputDir.length() - 1) : outputDir;
    List<String> out = new ArrayList<>();
    for (String s : body.toString().split(";\\s*\n")) {
      if (!s.isBlank()) out.add(s.strip().replace("'out/", "'" + dir.replace("'", "''") + "/"));
    }
    return out;
  }

  /**
   * What DuckDB reads for one table of an output: its Parquet files, {@code read_parquet('DIR/T/*.parquet')}.
   * For Delta tables, the files of the snapshot the manifest commits ({@code read_parquet([...])}):
   * a Delta table's directory also holds files of other versions, and DuckDB needs no Delta reader.
   */
  public static String source(Connection c, String outputDir, String table) throws SQLException {
    String dir = outputDir.endsWith("/") ? outputDir.substring(0, outputDir.length() - 1) : outputDir;
    String manifest = quote(dir + "/" + RunOutput.MANIFEST);
    String format = null;
    List<String> files = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT json_extract_string(content, '$.table_format'), "
        + "json_extract_string(content, '$.tables.\"" + table.replace("\"", "") + "\".files[*]') FROM read_text(" + manifest + ")")) {
      if (rs.next()) {
        format = rs.getString(1);
        Object list = rs.getObject(2);
        if (list instanceof java.sql.Array a) for (Object f : (Object[]) a.getArray()) files.add((String) f);
      }
    }
    if (!"delta".equals(format)) return "read_parquet(" + quote(dir + "/" + table + "/*.parquet") + ")";
    if (files.isEmpty()) {
      throw new IllegalArgumentException(dir + ": the Delta table " + table + " has no data files in its committed snapshot");
    }
    StringBuilder b = new StringBuilder("read_parquet([");
    for (int i = 0; i < files.size(); i++) b.append(i == 0 ? "" : ", ").append(quote(dir + "/" + files.get(i)));
    return b.append("])").toString();
  }

  /** {@link #source(Connection, String, String)} with a connection of its own. */
  public static String source(String outputDir, String table) {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      return source(c, outputDir, table);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the manifest of " + outputDir + ": " + e.getMessage(), e);
    }
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  /** An in-memory DuckDB connection with every view of {@code viewsFile} over {@code outputDir}. */
  public static Connection open(String outputDir, String viewsFile) throws SQLException {
    if (!Files.isRegularFile(Path.of(outputDir, RunOutput.MANIFEST))) {
      throw new IllegalArgumentException(outputDir + " is not the output of `dyad run` (no " + RunOutput.MANIFEST
          + "); set DYAD_OUTPUT to one, e.g. after ./dyad run --input data/corpus --output out");
    }
    String sql;
    try {
      sql = Files.readString(Path.of(viewsFile));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + viewsFile, e);
    }
    Connection c = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement st = c.createStatement()) {
      for (String s : statements(sql, outputDir)) st.execute(deltaSources(c, s, outputDir));
    }
    return c;
  }

  private static final java.util.regex.Pattern PARQUET_DIR = java.util.regex.Pattern.compile("read_parquet\\('([^']*)/([a-z_]+)/\\*\\.parquet'\\)");

  /** A statement with each {@code read_parquet('DIR/T/*.parquet')} read as {@link #source} says. */
  private static String deltaSources(Connection c, String statement, String outputDir) throws SQLException {
    java.util.regex.Matcher m = PARQUET_DIR.matcher(statement);
    StringBuilder b = new StringBuilder();
    while (m.find()) m.appendReplacement(b, java.util.regex.Matcher.quoteReplacement(source(c, outputDir, m.group(2))));
    m.appendTail(b);
    return b.toString();
  }

  /** The rows of a query as an HTML table, for a notebook's display("text/html", ...). */
  public static String html(Connection c, String query) throws SQLException {
    StringBuilder b = new StringBuilder("<table><thead><tr>");
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
      ResultSetMetaData md = rs.getMetaData();
      for (int i = 1; i <= md.getColumnCount(); i++) b.append("<th>").append(escape(md.getColumnLabel(i))).append("</th>");
      b.append("</tr></thead><tbody>");
      while (rs.next()) {
        b.append("<tr>");
        for (int i = 1; i <= md.getColumnCount(); i++) {
          Object v = rs.getObject(i);
          if (v instanceof java.sql.Array a) v = java.util.Arrays.toString((Object[]) a.getArray());
          if (v instanceof Double d) v = String.format(java.util.Locale.ROOT, "%.3f", d);
          b.append("<td>").append(escape(String.valueOf(v))).append("</td>");
        }
        b.append("</tr>");
      }
    }
    return b.append("</tbody></table>").toString();
  }

  /** The rows of a query as lists of values, for charts. */
  public static List<List<Object>> rows(Connection c, String query) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) row.add(rs.getObject(i));
        rows.add(row);
      }
    }
    return rows;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
