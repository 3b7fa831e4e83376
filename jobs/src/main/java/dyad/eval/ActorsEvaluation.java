package dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.actors.ActorMatcher;
import dyad.actors.ActorScorer;
import dyad.actors.MentionStep;
import dyad.actors.PersonNames;
import dyad.article.AnalysedArticle;
import dyad.article.ArticleText;
import dyad.core.IngestConfig;
import dyad.ingest.ArticleBuilder;
import dyad.ingest.RawRecord;
import dyad.schema.ActorType;
import dyad.schema.Rows.MentionRow;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * `dyad eval actors`: micro precision, recall and F1 of the states and organisations (and leaders)
 * found per article against a gold file, in plain Java: each file cleaned as ingest cleans it and
 * matched as the actors step matches it.
 */
public final class ActorsEvaluation {
  private ActorsEvaluation() {}

  public static void run(File gold, File input, boolean verbose, PrintStream out) throws IOException {
    if (!gold.isFile()) throw new IllegalArgumentException("gold file not found: " + gold);
    if (!input.isDirectory()) throw new IllegalArgumentException("input directory not found: " + input);
    JsonNode docs = new ObjectMapper().readTree(gold).path("docs");
    if (!docs.isObject() || docs.isEmpty()) throw new IllegalArgumentException(gold + " has no 'docs' object");
    ActorMatcher matcher = MentionStep.matcher();
    ArticleBuilder builder = new ArticleBuilder(IngestConfig.defaults());
    ActorScorer states = new ActorScorer();
    ActorScorer leaders = new ActorScorer();
    List<String> names = new ArrayList<>();
    docs.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      JsonNode doc = docs.get(name);
      Path file = find(input.toPath(), name);
      RawRecord raw = RawRecord.of(name, "file", 0);
      raw.setText(Files.readString(file));
      AnalysedArticle article = builder.build(raw);
      // Exactly what the actors step searches: the clean paragraphs of the article.
      ArticleText text = article.text() != null ? article.text()
          : ArticleText.of(article.article().getParagraphs() == null ? List.of() : article.article().getParagraphs());
      Set<String> predicted = new TreeSet<>();
      Set<String> people = new TreeSet<>();
      for (MentionRow m : MentionStep.mentions(matcher, article.articleId(), text, article.date())) {
        // The gold scores states (with organisations) and leaders; named institutions are neither.
        if (ActorType.PERSON.name().equals(m.getType())) people.add(PersonNames.key(m.getName()));
        else if (!ActorType.INSTITUTION.name().equals(m.getType())) predicted.add(m.getActorId());
      }
      Set<String> allowed = new HashSet<>();
      doc.path("allowed_extra").forEach(x -> allowed.add(x.asText()));
      // An allowed extra may be written as a name ("Belgium"): allow the actor of that name too.
      for (MentionRow m : MentionStep.mentions(matcher, "", ArticleText.of(new ArrayList<>(allowed)), null)) allowed.add(m.getActorId());
      Set<String> allowedPeople = new HashSet<>();
      allowed.forEach(a -> allowedPeople.add(PersonNames.key(a)));
      Set<String> goldStates = new TreeSet<>();
      doc.path("states").forEach(x -> goldStates.add(x.asText()));
      Set<String> goldLeaders = new TreeSet<>();
      doc.path("leaders").fieldNames().forEachRemaining(n -> goldLeaders.add(PersonNames.key(n)));
      long[] s = states.add(goldStates, predicted, allowed);
      long[] l = leaders.add(goldLeaders, people, allowedPeople);
      out.printf("%s states tp=%d fp=%d fn=%d leaders tp=%d fp=%d fn=%d%n", name, s[0], s[1], s[2], l[0], l[1], l[2]);
      if (verbose) {
        out.println("  states " + differences(goldStates, predicted, allowed));
        out.println("  leaders " + differences(goldLeaders, people, allowedPeople));
      }
    }
    out.println(leaders.summary("leaders"));
    out.println(states.summary("states"));
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
