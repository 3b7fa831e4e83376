package dyad.core;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;

/** The checks of the configuration records: each failure names the key, what is allowed and what came. */
final class Checks {
  private Checks() {}

  static void check(boolean ok, String message) {
    if (!ok) throw new IllegalArgumentException(message);
  }

  /** A non-empty list without repeats, copied so the record holds an immutable one. */
  static <T> List<T> distinct(String key, List<T> values, List<T> allowed) {
    String which = allowed == null ? "value" : "of " + allowed;
    check(values != null && !values.isEmpty(), key + " must name at least one " + which);
    check(!values.contains(null), key + " holds an empty value" + (allowed == null ? "" : "; allowed: " + allowed));
    if (allowed != null) for (T v : values) check(allowed.contains(v), key + " may hold only " + allowed + ", got '" + v + "'");
    check(new HashSet<>(values).size() == values.size(), key + " names a value twice: " + values);
    return List.copyOf(values);
  }

  /** A day as YYYY-MM-DD, or null for none. */
  static LocalDate day(String key, String value) {
    if (value == null || value.isBlank()) return null;
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(key + " must be a day as YYYY-MM-DD, got '" + value + "'");
    }
  }
}
