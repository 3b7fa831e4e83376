package dyad.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.actors.ActorMatcher;
import dyad.actors.Gazetteer;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Single-core throughput of the actor matcher (states and organisations) in plain Java over the
 * "text" of every record of a JSON Lines file. Usage: MatcherBench FILE.jsonl [rounds].
 */
public final class MatcherBench {
  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    long chars = 0;
    try (BufferedReader r = Files.newBufferedReader(Path.of(args[0]))) {
      String line;
      while ((line = r.readLine()) != null) {
        String t = json.readTree(line).path("text").asText();
        texts.add(t);
        chars += t.length();
      }
    }
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    ActorMatcher m = new ActorMatcher(Gazetteer.load());
    double best = Double.MAX_VALUE;
    long mentions = 0;
    for (int round = 1; round <= rounds; round++) {
      long t0 = System.nanoTime();
      mentions = 0;
      for (String t : texts) mentions += m.find(t).size();
      double s = (System.nanoTime() - t0) / 1e9;
      best = Math.min(best, s);
      System.out.printf(Locale.ROOT, "round %d: %.2f s%n", round, s);
    }
    System.out.printf(Locale.ROOT, "texts=%d chars=%d mentions=%d best_s=%.2f mb_per_s_per_core=%.1f%n",
        texts.size(), chars, mentions, best, chars / best / 1e6);
  }
}
