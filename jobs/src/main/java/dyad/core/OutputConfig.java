package dyad.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;

/** How a run's tables are stored, declared once: doc and default on the component. */
public record OutputConfig(
    @JsonProperty(defaultValue = "\"parquet\"")
    @JsonPropertyDescription("parquet: each table a directory of Parquet files (the layout every reader knows); "
        + "delta: each table a Delta Lake table, so an append (--append) is one transaction per table and every "
        + "earlier batch stays readable by time travel (VERSION AS OF). Also --table-format. An output keeps the "
        + "format it was created with.")
    TableFormat tableFormat) implements Serializable {

  /** The storage formats of the tables. */
  public enum TableFormat {
    PARQUET, DELTA;

    @JsonValue
    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The format named {@code s} (case-insensitive); a clear error naming the choices otherwise. */
    public static TableFormat of(String s) {
      for (TableFormat f : values()) if (f.toString().equalsIgnoreCase(s.strip())) return f;
      throw new IllegalArgumentException("table format must be one of " + java.util.Arrays.toString(values()) + ", got '" + s + "'");
    }
  }

  public OutputConfig {
    Checks.check(tableFormat != null, "output.tableFormat must be one of " + java.util.Arrays.toString(TableFormat.values()));
  }

  public OutputConfig withTableFormat(TableFormat f) {
    return f == null ? this : new OutputConfig(f);
  }
}
