package dyad.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an article's own date when no field gives it. Only dates the page itself labels as the
 * article's are taken: a "date 2021-04-19" prefix, a "Published: ..." line, an archive footer
 * ("All news articles on 2023-02-03") or a wire dateline ("WASHINGTON, April 19, 2021 (Reuters) -").
 * A date anywhere else (a photo caption, a related story's timestamp) is about something else.
 */
public final class DateFinder {
  /** Where a date came from, written to {@code articles.date_source}. */
  public static final String FIELD = "field";
  public static final String TEXT_PREFIX = "text_prefix";
  public static final String TEXT_LABEL = "text_label";
  public static final String TEXT_FOOTER = "text_footer";
  public static final String TEXT_DATELINE = "text_dateline";
  public static final String FILENAME = "filename";
  public static final String NONE = "none";

  private static final int F = Pattern.CASE_INSENSITIVE;
  private static final String D = "(?<date>" + DateParser.TEXT_DATE + ")";
  private static final Pattern PREFIX = Pattern.compile(
      "^(?:date|dated|published|posted|publication date|first published)(?: on)?\\s*:?\\s*" + D + "[\\s.,:;|-]*", F);
  private static final Pattern LABEL_LINE = Pattern.compile(
      "(?:published|posted|publication date|first published|date)(?: on)?\\s*:?\\s*" + D + ".{0,40}", F);
  private static final Pattern ARCHIVE_LINE = Pattern.compile(
      "all (?:news )?(?:articles|stories|news) (?:on|from|for) " + D + "\\.?", F);
  private static final Pattern DATELINE = Pattern.compile(
      "^(?:[\\p{Lu}][\\p{L}.' -]{1,40},\\s*)?" + D + "\\s*(?:\\(|-|/|\\|)", F);
  private static final Pattern FILE_DATE = Pattern.compile(
      "(?<!\\d)((?:19|20)\\d{2})[-_./]?(0[1-9]|1[0-2])[-_./]?(0[1-9]|[12]\\d|3[01])(?!\\d)");

  /** A date and where it came from. */
  public record Found(LocalDate date, String source) {}

  private DateFinder() {}

  /**
   * Looks for the date in the paragraphs, strongest evidence first. A found prefix is cut from
   * the first paragraph (it is not prose); labelled lines are left for the boilerplate filter.
   */
  public static Found inText(List<String> paragraphs) {
    if (paragraphs.isEmpty()) return null;
    Matcher m = PREFIX.matcher(paragraphs.get(0));
    if (m.find()) {
      LocalDate d = DateParser.parse(m.group("date"));
      if (d != null) {
        String rest = paragraphs.get(0).substring(m.end()).strip();
        if (rest.isEmpty()) paragraphs.remove(0);
        else paragraphs.set(0, rest);
        return new Found(d, TEXT_PREFIX);
      }
    }
    Found f = firstLine(paragraphs, LABEL_LINE, TEXT_LABEL);
    if (f == null) f = firstLine(paragraphs, ARCHIVE_LINE, TEXT_FOOTER);
    if (f == null) {
      for (int i = 0; i < Math.min(3, paragraphs.size()) && f == null; i++) {
        Matcher dl = DATELINE.matcher(paragraphs.get(i));
        if (dl.find()) {
          LocalDate d = DateParser.parse(dl.group("date"));
          if (d != null) f = new Found(d, TEXT_DATELINE);
        }
      }
    }
    return f;
  }

  private static Found firstLine(List<String> paragraphs, Pattern p, String source) {
    for (String para : paragraphs) {
      Matcher m = p.matcher(para);
      if (m.matches()) {
        LocalDate d = DateParser.parse(m.group("date"));
        if (d != null) return new Found(d, source);
      }
    }
    return null;
  }

  /** A date written into a file's path: "2021-04-19-story.txt", "2021/04/19/story.txt". */
  public static Found inPath(String relativePath) {
    if (relativePath == null) return null;
    Matcher m = FILE_DATE.matcher(relativePath);
    LocalDate found = null;
    while (m.find()) {
      try {
        found = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      } catch (java.time.DateTimeException e) {
        // not a calendar date: keep looking
      }
    }
    return found == null ? null : new Found(found, FILENAME);
  }
}
