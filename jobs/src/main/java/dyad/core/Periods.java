package dyad.core;

import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.quarter;
import static org.apache.spark.sql.functions.weekofyear;
import static org.apache.spark.sql.functions.year;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import org.apache.spark.sql.Column;

/**
 * Labels of the periods a date falls in, as strings that sort in time order and say their own
 * granularity: 2021-04-19, 2021-W16, 2021-04, 2021-Q2, 2021, and "all" for the all-time rows.
 */
public final class Periods {
  public static final String ALL = "all";

  private Periods() {}

  /** The label of {@code date} in a period unit; null for an undated article (except for "all"). */
  public static String label(String unit, LocalDate date) {
    if (ALL.equals(unit)) return ALL;
    if (date == null) return null;
    return switch (unit) {
      case "day" -> date.toString();
      case "week" -> String.format("%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case "month" -> date.toString().substring(0, 7);
      case "quarter" -> date.getYear() + "-Q" + date.get(IsoFields.QUARTER_OF_YEAR);
      case "year" -> String.valueOf(date.getYear());
      default -> throw new IllegalArgumentException("unknown period unit " + unit);
    };
  }

  /** {@link #label} as a Spark column over a date column (null stays null). */
  public static Column label(String unit, Column date) {
    return switch (unit) {
      case ALL -> lit(ALL);
      case "day" -> date_format(date, "yyyy-MM-dd");
      // The ISO week belongs to the year of its Thursday.
      case "week" -> format_string("%04d-W%02d", year(date_add(date, lit(3).minus(isoDayIndex(date)))), weekofyear(date));
      case "month" -> date_format(date, "yyyy-MM");
      case "quarter" -> concat(year(date).cast("string"), lit("-Q"), quarter(date).cast("string"));
      case "year" -> year(date).cast("string");
      default -> throw new IllegalArgumentException("unknown period unit " + unit);
    };
  }

  /** Monday 0 .. Sunday 6 (Spark's dayofweek counts from Sunday = 1). */
  private static Column isoDayIndex(Column date) {
    return org.apache.spark.sql.functions.pmod(org.apache.spark.sql.functions.dayofweek(date).plus(5), lit(7));
  }

}
