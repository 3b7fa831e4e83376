package dyad.core;

import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.quarter;
import static org.apache.spark.sql.functions.weekofyear;
import static org.apache.spark.sql.functions.year;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;

/**
 * The periods a date is counted in, labelled as strings that sort in time order and say their own
 * granularity: 2021-04-19, 2021-W16, 2021-04, 2021-Q2, 2021, and "all" for the all-time rows.
 */
public enum Period {
  DAY, WEEK, MONTH, QUARTER, YEAR, ALL;

  /** The label of the all-time rows. */
  public static final String ALL_LABEL = "all";

  @JsonValue
  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The label of {@code date} in this period; null for an undated article (except for ALL). */
  public String label(LocalDate date) {
    if (this == ALL) return ALL_LABEL;
    if (date == null) return null;
    return switch (this) {
      case DAY -> date.toString();
      case WEEK -> String.format("%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> date.toString().substring(0, 7);
      case QUARTER -> date.getYear() + "-Q" + date.get(IsoFields.QUARTER_OF_YEAR);
      case YEAR -> String.valueOf(date.getYear());
      case ALL -> ALL_LABEL;
    };
  }

  /** {@link #label(LocalDate)} as a Spark column over a date column (null stays null). */
  public Column label(Column date) {
    return switch (this) {
      case ALL -> lit(ALL_LABEL);
      case DAY -> date_format(date, "yyyy-MM-dd");
      // The ISO week belongs to the year of its Thursday.
      case WEEK -> format_string("%04d-W%02d", year(date_add(date, lit(3).minus(isoDayIndex(date)))), weekofyear(date));
      case MONTH -> date_format(date, "yyyy-MM");
      case QUARTER -> concat(year(date).cast("string"), lit("-Q"), quarter(date).cast("string"));
      case YEAR -> year(date).cast("string");
    };
  }

  /** The labels of a date in each of {@code periods}, as an array column (undated: null but for all). */
  public static Column labels(List<Period> periods, Column date) {
    return functions.array(periods.stream().map(p -> p.label(date)).toArray(Column[]::new));
  }

  /** Monday 0 .. Sunday 6 (Spark's dayofweek counts from Sunday = 1). */
  private static Column isoDayIndex(Column date) {
    return functions.pmod(functions.dayofweek(date).plus(5), lit(7));
  }
}
