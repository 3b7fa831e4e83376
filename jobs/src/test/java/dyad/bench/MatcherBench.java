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
import java.util.Map;
import java.util.TreeMap;

/**
 * Single-core throughput of the actor matcher (states, organisations, people) in plain Java over the
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
    long b0 = System.nanoTime();
    Gazetteer g = Gazetteer.load();
    ActorMatcher m = new ActorMatcher(g);
    System.out.printf(Locale.ROOT, "gazetteer: %d states, %d organisations, %d people; loaded and indexed in %.2f s%n",
        g.states().size(), g.igos().size(), g.people().size(), (System.nanoTime() - b0) / 1e9);
    double best = Double.MAX_VALUE;
    long mentions = 0;
    Map<String, Long> byHow = new TreeMap<>();
    for (int round = 1; round <= rounds; round++) {
      long t0 = System.nanoTime();
      mentions = 0;
      byHow.clear();
      for (String t : texts) {
        for (ActorMatcher.Mention x : m.find(t)) {
          mentions++;
          byHow.merge(x.type() + "/" + x.match().name().toLowerCase(Locale.ROOT), 1L, Long::sum);
        }
      }
      double s = (System.nanoTime() - t0) / 1e9;
      best = Math.min(best, s);
      System.out.printf(Locale.ROOT, "round %d: %.2f s%n", round, s);
    }
    System.out.println("mentions by type/match: " + byHow);
    System.out.printf(Locale.ROOT, "texts=%d chars=%d mentions=%d best_s=%.2f mb_per_s_per_core=%.1f%n",
        texts.size(), chars, mentions, best, chars / best / 1e6);
  }
}
