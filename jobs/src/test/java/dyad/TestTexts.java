package dyad;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Real text for tests that compare two implementations of one thing (a filter of the token stream
 * against the expression it replaces): the seeds, some of each corpus in ../shared as written
 * (raw, not normalised: curly quotes, dashes, wire copy) when it is there, and characters real text
 * rarely holds (combining marks, letters outside the BMP, other scripts' digits and numbers,
 * no-break spaces).
 */
public final class TestTexts {
  private TestTexts() {}

  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}[\\p{L}'-]*\\p{L}|\\p{L}");

  /**
   * A text's words as a reader sees them, lower case: letters with inner apostrophes or hyphens
   * ("covid" in "COVID-19"), each possessive also without its 's ("china" for "china's").
   */
  public static java.util.Set<String> words(String text) {
    java.util.Set<String> out = new java.util.HashSet<>();
    java.util.regex.Matcher m = WORD.matcher(text.toLowerCase(java.util.Locale.ROOT).replace('’', '\''));
    while (m.find()) {
      String w = m.group();
      out.add(w);
      if (w.indexOf('\'') > 0) out.add(w.substring(0, w.indexOf('\'')));
    }
    return out;
  }

  public static List<String> sample() {
    List<String> out = new ArrayList<>(List.of(
        "Cafe\u0301s in Montre\u0301al and \u0301a stray mark; U.S.'s \u00e9lite, d'Orsay, 3rd-year G7-led talks.",
        "\ud835\udc00\ud835\udc01 letters outside the BMP, \ud835\udfce digits too, Ⅻ and ½ numbers, ٣٤ and ३ digits.",
        "A\u00a0no-break space, \u2019curly\u2019 and \u201cdouble\u201d quotes, a \u2014 dash \u2013 and don\u2019t; x'' y'-z.",
        "COVID-19 rock-'n'-roll 1,000.5 4.5% 12:30 (Reuters) - the end... 'quoted.' \"Again?\" ok!",
        "", " ", "\t\n", "'", "-", "a", "ab'", "a-", "''a''", "\u0301", "1.", ".5", "U.S.", "Mr. Smith's"));
    for (String id : List.of("000", "001", "002", "003", "004")) out.add(TestPaths.seed(id));
    Path shared = TestPaths.shared();
    out.addAll(jsonField(shared.resolve("corpus/reuters/reuters21578-part-a.jsonl"), "text", 300));
    out.addAll(jsonField(shared.resolve("eval/newsmtsc/devtest_mt.jsonl"), "sentence_normalized", 500));
    out.addAll(jsonField(shared.resolve("eval/conll2003/conll-testa.jsonl"), "text", 100));
    out.addAll(csvText(shared.resolve("corpus/bbc/val.csv"), 100));
    return out;
  }

  private static List<String> jsonField(Path file, String field, int max) {
    List<String> out = new ArrayList<>();
    if (!Files.isRegularFile(file)) return out;
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader r = Files.newBufferedReader(file)) {
      for (String line; (line = r.readLine()) != null && out.size() < max; ) {
        JsonNode n = json.readTree(line).path(field);
        if (n.isTextual()) out.add(n.asText());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Whole rows of a CSV file as text: the quoting and commas are text too. */
  private static List<String> csvText(Path file, int max) {
    List<String> out = new ArrayList<>();
    if (!Files.isRegularFile(file)) return out;
    try {
      String all = Files.readString(file);
      int step = Math.max(1, all.length() / max);
      for (int i = 0; i + 2000 <= all.length() && out.size() < max; i += step) out.add(all.substring(i, i + 2000));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
