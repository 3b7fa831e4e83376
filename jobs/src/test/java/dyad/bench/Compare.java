package dyad.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * bench/compare: every table of two run outputs compared both ways with {@code EXCEPT ALL} in DuckDB
 * (an independent reader of the Parquet), and the other files (network.graphml) by content. A table
 * whose columns differ is compared on the columns both have, and the others are named. Prints, per
 * table, the rows of each side and the rows found on one side only, with the first few of them; the
 * last line is {@code tables=N differing=D}. Exit status 0 when nothing differs, 1 otherwise.
 *
 * <p>Usage: Compare RUN_A RUN_B [--show N] [--digits D] [--ignore TABLE,...]. {@code --digits} rounds
 * floating-point columns (and lists of them) to D decimals before comparing, to tell rounding in the
 * last bits from real differences; by default values must be equal exactly.
 */
public final class Compare {
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: bench/compare RUN_A RUN_B [--show N] [--digits D] [--ignore TABLE,...]");
      System.exit(2);
    }
    Path a = Path.of(args[0]);
    Path b = Path.of(args[1]);
    int show = 5;
    Integer digits = null;
    Set<String> ignore = new TreeSet<>();
    for (int i = 2; i < args.length; i += 2) {
      switch (args[i]) {
        case "--show" -> show = Integer.parseInt(args[i + 1]);
        case "--digits" -> digits = Integer.parseInt(args[i + 1]);
        case "--ignore" -> ignore.addAll(List.of(args[i + 1].split(",")));
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    for (Path p : List.of(a, b)) {
      if (!Files.isRegularFile(p.resolve("_manifest.json"))) throw new IllegalArgumentException(p + " is not a dyad output (no _manifest.json)");
    }
    int tables = 0;
    int differing = 0;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      for (String name : entries(a, b)) {
        if (ignore.contains(name)) continue;
        Path da = a.resolve(name);
        Path db = b.resolve(name);
        if (Files.isRegularFile(da) || Files.isRegularFile(db)) {
          boolean same = Files.isRegularFile(da) && Files.isRegularFile(db) && Files.mismatch(da, db) < 0;
          System.out.printf(Locale.ROOT, "%-20s file %s%n", name, same ? "same" : !Files.exists(da) ? "only in B"
              : !Files.exists(db) ? "only in A" : "DIFFERS");
          if (!same) differing++;
          continue;
        }
        if (!isTable(da) && !isTable(db)) continue; // a model directory or scratch: not a table
        tables++;
        if (!isTable(da) || !isTable(db)) {
          System.out.printf(Locale.ROOT, "%-20s only in %s%n", name, isTable(da) ? "A" : "B");
          differing++;
          continue;
        }
        if (!compareTable(c, name, da, db, show, digits)) differing++;
      }
    }
    System.out.printf(Locale.ROOT, "tables=%d differing=%d%n", tables, differing);
    System.exit(differing == 0 ? 0 : 1);
  }

  /** Names of the tables and files of either output, in order; the manifest (it holds timings) left out. */
  private static Set<String> entries(Path a, Path b) throws Exception {
    Set<String> names = new TreeSet<>();
    for (Path p : List.of(a, b)) {
      try (var s = Files.list(p)) {
        s.map(x -> x.getFileName().toString()).filter(n -> !n.startsWith("_") && !n.startsWith(".")).forEach(names::add);
      }
    }
    return names;
  }

  private static boolean isTable(Path dir) throws Exception {
    if (!Files.isDirectory(dir)) return false;
    try (var s = Files.list(dir)) {
      return s.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
    }
  }

  private static boolean compareTable(Connection c, String name, Path a, Path b, int show, Integer digits) throws Exception {
    String ta = dyad.output.SqlViews.source(c, a.getParent().toString(), name);
    String tb = dyad.output.SqlViews.source(c, b.getParent().toString(), name);
    List<String[]> colsA = columns(c, ta);
    List<String[]> colsB = columns(c, tb);
    Set<String> namesB = new LinkedHashSet<>();
    for (String[] col : colsB) namesB.add(col[0]);
    List<String> common = new ArrayList<>();
    List<String> onlyA = new ArrayList<>();
    for (String[] col : colsA) {
      if (namesB.remove(col[0])) common.add(expression(col[0], col[1], digits));
      else onlyA.add(col[0]);
    }
    String select = String.join(", ", common);
    long rowsA = count(c, "SELECT count(*) FROM " + ta);
    long rowsB = count(c, "SELECT count(*) FROM " + tb);
    String aMinusB = "SELECT " + select + " FROM " + ta + " EXCEPT ALL SELECT " + select + " FROM " + tb;
    String bMinusA = "SELECT " + select + " FROM " + tb + " EXCEPT ALL SELECT " + select + " FROM " + ta;
    long onlyInA = count(c, "SELECT count(*) FROM (" + aMinusB + ")");
    long onlyInB = count(c, "SELECT count(*) FROM (" + bMinusA + ")");
    boolean same = onlyInA == 0 && onlyInB == 0;
    System.out.printf(Locale.ROOT, "%-20s rows A %d, B %d: %s%s%s%n", name, rowsA, rowsB,
        same ? "same rows" : "only in A " + onlyInA + ", only in B " + onlyInB,
        onlyA.isEmpty() ? "" : "; columns only in A " + onlyA, namesB.isEmpty() ? "" : "; columns only in B " + namesB);
    if (!same && show > 0) {
      print(c, "  A", aMinusB, show);
      print(c, "  B", bMinusA, show);
    }
    return same;
  }

  /** The column as compared: as it is, or rounded when it holds floating-point values and --digits is given. */
  private static String expression(String col, String type, Integer digits) {
    String q = '"' + col.replace("\"", "\"\"") + '"';
    if (digits == null) return q;
    if (type.equals("DOUBLE") || type.equals("FLOAT")) return "round(" + q + ", " + digits + ") AS " + q;
    if (type.equals("DOUBLE[]") || type.equals("FLOAT[]")) return "list_transform(" + q + ", x -> round(x, " + digits + ")) AS " + q;
    return q;
  }

  private static List<String[]> columns(Connection c, String table) throws Exception {
    List<String[]> out = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM " + table)) {
      while (rs.next()) out.add(new String[] {rs.getString(1), rs.getString(2)});
    }
    return out;
  }

  private static long count(Connection c, String sql) throws Exception {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void print(Connection c, String side, String sql, int limit) throws Exception {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql + " LIMIT " + limit)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder(side).append(':');
        for (int i = 1; i <= n; i++) {
          Object v = rs.getObject(i);
          if (v instanceof java.sql.Array arr) v = java.util.Arrays.toString((Object[]) arr.getArray());
          String s = String.valueOf(v);
          if (s.length() > 80) s = s.substring(0, 77) + "...";
          row.append(' ').append(rs.getMetaData().getColumnLabel(i)).append('=').append(s);
        }
        System.out.println(row);
      }
    }
  }
}
