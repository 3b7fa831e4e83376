package dyad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.actors.ActorMatcher;
import dyad.actors.MentionStep;
import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Every mention the matcher finds in a JSON Lines corpus (id, date, text), one line each:
 * {@code doc<TAB>offset<TAB>actor<TAB>country<TAB>surface<TAB>context}. Two dumps of two builds,
 * compared by (doc, offset), show what a change to the matcher gains and loses on news it was not
 * tuned on (docs/actors.md). Usage: MentionsDump FILE.jsonl|FILE.csv [max records]; a CSV's first
 * column is the text, undated.
 */
public final class MentionsDump {
  public static void main(String[] args) throws Exception {
    ActorMatcher m = MentionStep.matcher();
    ObjectMapper json = new ObjectMapper();
    int max = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    int n = 0;
    if (args[0].endsWith(".csv")) {
      // A CSV with a first column of text (BBC News's train.csv), undated.
      for (String text : csvFirstColumn(Files.readString(Path.of(args[0])), max)) {
        String id = "row" + (++n);
        for (ActorMatcher.Mention x : m.find(text, null)) {
          String context = text.substring(Math.max(0, x.start() - 50), Math.min(text.length(), x.end() + 40));
          out.println(String.join("\t", id, String.valueOf(x.start()), x.actorId(), String.valueOf(x.country()),
              flat(x.surface()), flat(context)));
        }
      }
      out.flush();
      return;
    }
    try (BufferedReader r = Files.newBufferedReader(Path.of(args[0]))) {
      for (String line; (line = r.readLine()) != null && n < max; ) {
        JsonNode d = json.readTree(line);
        String text = d.path("text").asText("");
        if (text.isBlank()) continue;
        String id = d.path("id").asText("#" + n);
        n++;
        for (ActorMatcher.Mention x : m.find(text, date(d.path("date").asText("")))) {
          String context = text.substring(Math.max(0, x.start() - 50), Math.min(text.length(), x.end() + 40));
          out.println(String.join("\t", id, String.valueOf(x.start()), x.actorId(), String.valueOf(x.country()),
              flat(x.surface()), flat(context)));
        }
      }
    }
    out.flush();
  }

  /** The first column of each row after the header, with RFC 4180 quoting. */
  static java.util.List<String> csvFirstColumn(String csv, int max) {
    java.util.List<String> out = new java.util.ArrayList<>();
    int i = csv.indexOf('\n') + 1;
    while (i > 0 && i < csv.length() && out.size() < max) {
      StringBuilder cell = new StringBuilder();
      if (csv.charAt(i) == '"') {
        i++;
        while (i < csv.length()) {
          char c = csv.charAt(i++);
          if (c == '"') {
            if (i < csv.length() && csv.charAt(i) == '"') {
              cell.append('"');
              i++;
            } else {
              break;
            }
          } else {
            cell.append(c);
          }
        }
      } else {
        while (i < csv.length() && csv.charAt(i) != ',' && csv.charAt(i) != '\n') cell.append(csv.charAt(i++));
      }
      out.add(cell.toString());
      i = csv.indexOf('\n', i) + 1;
    }
    return out;
  }

  private static LocalDate date(String s) {
    try {
      return s.length() >= 10 ? LocalDate.parse(s.substring(0, 10)) : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String flat(String s) {
    return s.replace('\t', ' ').replace('\n', ' ');
  }
}
