package dyad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.actors.ActorMatcher;
import dyad.actors.ActorScorer;
import dyad.actors.ArticleMentions;
import dyad.actors.Gazetteer;
import dyad.actors.PersonNames;
import dyad.core.IngestConfig;
import dyad.ingest.ArticleBuilder;
import dyad.ingest.IngestedRecord;
import dyad.ingest.RawRecord;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Evaluations against gold files; plain Java, no Spark (gold sets are small). */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score dyad against gold annotations.",
    subcommands = {EvalCommand.Actors.class, EvalCommand.Sentiment.class})
final class EvalCommand implements Runnable {
  @Override
  public void run() {
    throw new IllegalArgumentException("eval needs a subcommand: actors or sentiment");
  }

  @Command(name = "actors", mixinStandardHelpOptions = true,
      description = "Micro precision/recall/F1 of the states and organisations (and leaders) found per article "
          + "against a gold file in the format of ../shared/eval/seeds_gold.json.")
  static final class Actors implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold JSON: {docs: {FILE: {states, leaders, allowed_extra}}}.")
    File gold;

    @Option(names = "--input", required = true, paramLabel = "DIR", description = "Directory holding the gold's files (searched recursively).")
    File input;

    @Option(names = "--verbose", description = "Per article: what was missed and what was extra.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
      if (!gold.isFile()) throw new IllegalArgumentException("gold file not found: " + gold);
      if (!input.isDirectory()) throw new IllegalArgumentException("input directory not found: " + input);
      JsonNode docs = new ObjectMapper().readTree(gold).path("docs");
      if (!docs.isObject() || docs.isEmpty()) throw new IllegalArgumentException(gold + " has no 'docs' object");
      Gazetteer g = Gazetteer.load();
      ActorMatcher matcher = new ActorMatcher(g);
      ArticleBuilder builder = new ArticleBuilder(new IngestConfig());
      ActorScorer states = new ActorScorer();
      ActorScorer leaders = new ActorScorer();
      List<String> names = new ArrayList<>();
      docs.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode doc = docs.get(name);
        Path file = find(input.toPath(), name);
        RawRecord raw = RawRecord.of(name, "file", 0);
        raw.setText(Files.readString(file));
        IngestedRecord article = builder.build(raw);
        // Exactly what the actors stage searches: the clean paragraphs of the article.
        List<String> paragraphs = article.getParagraphs() == null ? List.of() : article.getParagraphs();
        Set<String> predicted = new TreeSet<>();
        Set<String> people = new TreeSet<>();
        for (ArticleMentions.Placed p : ArticleMentions.find(matcher, paragraphs, article.getDate())) {
          ActorMatcher.Mention m = p.mention();
          // The gold scores states (with organisations) and leaders; named institutions are neither.
          if ("PERSON".equals(m.type())) people.add(PersonNames.key(m.name()));
          else if (!"INSTITUTION".equals(m.type())) predicted.add(m.actorId());
        }
        Set<String> allowed = new HashSet<>();
        doc.path("allowed_extra").forEach(x -> allowed.add(x.asText()));
        // An allowed extra may be written as a name ("Belgium"): allow the actor of that name too.
        for (ArticleMentions.Placed p : ArticleMentions.find(matcher, new ArrayList<>(allowed), null)) allowed.add(p.mention().actorId());
        Set<String> allowedPeople = new HashSet<>();
        allowed.forEach(a -> allowedPeople.add(PersonNames.key(a)));
        Set<String> goldStates = new TreeSet<>();
        doc.path("states").forEach(x -> goldStates.add(x.asText()));
        Set<String> goldLeaders = new TreeSet<>();
        doc.path("leaders").fieldNames().forEachRemaining(n -> goldLeaders.add(PersonNames.key(n)));
        long[] s = states.add(goldStates, predicted, allowed);
        long[] l = leaders.add(goldLeaders, people, allowedPeople);
        System.out.printf("%s states tp=%d fp=%d fn=%d leaders tp=%d fp=%d fn=%d%n", name, s[0], s[1], s[2], l[0], l[1], l[2]);
        if (verbose) {
          System.out.println("  states " + differences(goldStates, predicted, allowed));
          System.out.println("  leaders " + differences(goldLeaders, people, allowedPeople));
        }
      }
      System.out.println(leaders.summary("leaders"));
      System.out.println(states.summary("states"));
      return 0;
    }

    /** "missed [...] extra [...]": gold not predicted, and predictions neither gold nor allowed. */
    private static String differences(Set<String> gold, Set<String> predicted, Set<String> allowed) {
      Set<String> missed = new TreeSet<>(gold);
      missed.removeAll(predicted);
      Set<String> extra = new TreeSet<>(predicted);
      extra.removeAll(gold);
      extra.removeAll(allowed);
      return "missed " + missed + " extra " + extra;
    }

    private static Path find(Path root, String name) throws IOException {
      try (var s = Files.walk(root)) {
        return s.filter(p -> p.getFileName().toString().equals(name)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("gold file " + name + " not found under " + root));
      }
    }
  }

  @Command(name = "sentiment", mixinStandardHelpOptions = true,
      description = "Target-dependent sentiment against human labels in the NewsMTSC format (JSON Lines: "
          + "sentence_normalized, targets with from, to, polarity 2/4/6 and further_mentions). Prints the confusion "
          + "table and, as its last line, macro_f1=... accuracy=... n=N.")
  static final class Sentiment implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "FILE.jsonl", description = "Labelled sentences, e.g. ../shared/eval/newsmtsc/devtest_mt.jsonl.")
    File input;

    @Option(names = "--verbose", description = "Each wrong prediction with its sentence and cue.")
    boolean verbose;

    @Option(names = "--rules", description = "Score with the rules alone, without the trained model.")
    boolean rules;

    @Override
    public Integer call() {
      dyad.sentiment.SentimentScorer scorer = dyad.sentiment.SentimentScorer.standard();
      if (rules) scorer = scorer.rulesOnly();
      dyad.sentiment.PolarityScore score = new dyad.sentiment.PolarityScore();
      for (dyad.sentiment.LabelledTargets.Item it : dyad.sentiment.LabelledTargets.read(input.toPath())) {
        dyad.sentiment.SentimentScorer.Record rec = scorer.records(it.sentence(), it.mentions()).stream()
            .filter(x -> x.target().equals(it.target())).findFirst().orElse(null);
        int predicted = rec == null ? 0 : rec.polarity();
        score.add(it.polarity(), predicted);
        if (verbose && it.polarity() != predicted) {
          System.out.printf(java.util.Locale.ROOT, "gold %+d predicted %+d (%.2f, %s) %s | %s%n", it.polarity(), predicted,
              rec == null ? 0 : rec.score(), rec == null ? null : rec.cue(), it.surface(), it.sentence());
        }
      }
      System.out.print(score.confusionTable());
      System.out.println(score.line());
      return 0;
    }
  }
}
