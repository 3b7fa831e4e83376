package dyad.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date forms news carries, in a field or in running text: ISO dates and timestamps,
 * "April 19, 2021", "19 April 2021", "Mon, 19 Apr 2021 10:00:00 GMT", wire-service
 * "26-FEB-1987 15:01:01.79", "2021/04/19", "20210419" and epoch seconds or milliseconds (fields
 * only). Ambiguous numeric forms (04/05/2021) are refused rather than guessed.
 */
public final class DateParser {
  static final int MIN_YEAR = 1900;
  static final int MAX_YEAR = 2100;

  private static final String MONTH =
      "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?";
  private static final String YEAR = "(?<year>(?:19|20)\\d{2})";

  /** A date written out in text, for composing larger patterns; needs a year to count. */
  public static final String TEXT_DATE =
      "(?:(?:19|20)\\d{2}-[01]\\d-[0-3]\\d(?:[T ][0-2]\\d:[0-5]\\d(?::[0-5]\\d(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?"
          + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? [0-3]?\\d(?:st|nd|rd|th)?,? (?:19|20)\\d{2}"
          + "|[0-3]?\\d(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,? (?:19|20)\\d{2})";

  private static final Pattern ISO = Pattern.compile("(?<year>\\d{4})[-/](?<month>\\d{1,2})[-/](?<day>\\d{1,2})(?:[t ].*)?");
  private static final Pattern COMPACT = Pattern.compile("(?<year>(?:19|20)\\d{2})(?<month>[01]\\d)(?<day>[0-3]\\d)");
  private static final Pattern MONTH_FIRST = Pattern.compile("(?:[a-z]+,? )?" + MONTH + " " + DAY + ",? " + YEAR + "\\b.*");
  private static final Pattern DAY_FIRST = Pattern.compile("(?:[a-z]+,? )?" + DAY + "[ -]" + MONTH + "[ ,-]+" + YEAR + "\\b.*");
  private static final Pattern EPOCH = Pattern.compile("\\d{9,13}");

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private DateParser() {}

  /** The date a field holds, or null when it holds none that can be read without guessing. */
  public static LocalDate parseField(String value) {
    if (value == null) return null;
    String v = value.strip();
    if (EPOCH.matcher(v).matches()) {
      long n = Long.parseLong(v);
      Instant t = v.length() > 10 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
      return plausible(t.atZone(ZoneOffset.UTC).toLocalDate());
    }
    return parse(v);
  }

  /** The date at the start of {@code s}, or null. */
  public static LocalDate parse(String s) {
    if (s == null) return null;
    String v = s.strip().toLowerCase(Locale.ROOT);
    Matcher m;
    if ((m = ISO.matcher(v)).matches() || (m = COMPACT.matcher(v)).matches()) {
      return of(m.group("year"), Integer.parseInt(m.group("month")), m.group("day"));
    }
    if ((m = MONTH_FIRST.matcher(v)).matches() || (m = DAY_FIRST.matcher(v)).matches()) {
      Integer month = MONTHS.get(m.group("month").substring(0, 3));
      return month == null ? null : of(m.group("year"), month, m.group("day"));
    }
    return null;
  }

  private static LocalDate of(String year, int month, String day) {
    try {
      return plausible(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static LocalDate plausible(LocalDate d) {
    return d.getYear() >= MIN_YEAR && d.getYear() <= MAX_YEAR ? d : null;
  }
}
