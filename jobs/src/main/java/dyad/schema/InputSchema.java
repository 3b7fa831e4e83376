package dyad.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

/**
 * The columns a stage reads, checked up front: a wrong input fails at once with what was expected
 * and what came, not deep inside a job.
 */
public final class InputSchema {
  private final String what;
  private final Map<String, DataType> columns = new LinkedHashMap<>();

  /** @param what the stage and table, as the error names them: "the actors stage reads an articles table" */
  public InputSchema(String what) {
    this.what = what;
  }

  /**
   * The {@code columns} a stage reads of one of dyad's tables, typed as the table's one definition
   * ({@link Tables}) declares them.
   */
  public static InputSchema of(String stage, Tables.Table table, String... columns) {
    InputSchema s = new InputSchema("the " + stage + " stage reads " + (table.name().matches("^[aeiou].*") ? "an " : "a ")
        + table.name() + " table");
    for (String c : columns) s.col(c, table.schema().apply(c).dataType());
    return s;
  }

  public InputSchema col(String name, DataType type) {
    columns.put(name, type);
    return this;
  }

  public void check(StructType schema) {
    List<String> problems = new ArrayList<>();
    List<String> have = List.of(schema.fieldNames());
    columns.forEach((name, type) -> {
      if (!have.contains(name)) {
        problems.add("column " + name + " is missing");
        return;
      }
      DataType got = schema.apply(name).dataType();
      boolean ok = type instanceof ArrayType a && got instanceof ArrayType g
          ? a.elementType().equals(g.elementType()) : got.equals(type);
      if (!ok) problems.add("column " + name + " is " + got.simpleString() + ", expected " + type.simpleString());
    });
    if (!problems.isEmpty()) {
      StringBuilder expected = new StringBuilder();
      columns.forEach((n, t) -> expected.append(expected.length() == 0 ? "" : ", ").append(n).append(' ').append(t.simpleString()));
      throw new IllegalArgumentException(what + " (" + expected + "); " + String.join("; ", problems)
          + "; got " + schema.simpleString());
    }
  }
}
