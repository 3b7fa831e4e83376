package dyad.sentiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentences with human-labelled targets in the NewsMTSC format (JSON Lines: sentence_normalized,
 * targets with from, to (exclusive), mention, polarity 2/4/6 and further_mentions), read for
 * evaluation and training.
 */
public final class LabelledTargets {
  /**
   * One target of one sentence: every mention of every target, the target's id and its gold polarity,
   * and the sentence's primary_gid (empty when the file has none).
   */
  public record Item(String sentence, List<SentimentScorer.Mention> mentions, String target, int polarity, String surface,
      String gid) {}

  private LabelledTargets() {}

  public static List<Item> read(Path file) {
    if (!Files.isRegularFile(file)) throw new IllegalArgumentException("input file not found: " + file);
    ObjectMapper json = new ObjectMapper();
    List<Item> out = new ArrayList<>();
    int lineNo = 0;
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
    }
    for (String line : lines) {
      lineNo++;
      if (line.isBlank()) continue;
      JsonNode r;
      try {
        r = json.readTree(line);
      } catch (IOException e) {
        throw new IllegalArgumentException(file + " line " + lineNo + " is not JSON: " + e.getMessage());
      }
      String sentence = r.path("sentence_normalized").asText(null);
      JsonNode targets = r.path("targets");
      if (sentence == null || !targets.isArray()) {
        throw new IllegalArgumentException(file + " line " + lineNo + " lacks sentence_normalized or targets");
      }
      List<SentimentScorer.Mention> mentions = new ArrayList<>();
      for (int t = 0; t < targets.size(); t++) {
        JsonNode tg = targets.get(t);
        mentions.add(new SentimentScorer.Mention("t" + t, tg.path("from").asInt(), tg.path("to").asInt()));
        for (JsonNode f : tg.path("further_mentions")) {
          mentions.add(new SentimentScorer.Mention("t" + t, f.path("from").asInt(), f.path("to").asInt()));
        }
      }
      for (int t = 0; t < targets.size(); t++) {
        double p = targets.get(t).path("polarity").asDouble(Double.NaN);
        if (p != 2 && p != 4 && p != 6) {
          throw new IllegalArgumentException(file + " line " + lineNo + ": polarity must be 2, 4 or 6, got " + p);
        }
        out.add(new Item(sentence, List.copyOf(mentions), "t" + t, (int) p / 2 - 2, targets.get(t).path("mention").asText(),
            r.path("primary_gid").asText("")));
      }
    }
    if (out.isEmpty()) throw new IllegalArgumentException(file + " holds no labelled targets");
    return out;
  }
}
