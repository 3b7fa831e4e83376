package dyad.core;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Parameters of the topics stage. Each is declared once here, with its doc and default. */
public class TopicsConfig implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final List<String> DOCUMENTS = List.of("auto", "article", "paragraph");
  public static final List<String> ACTOR_NAMES = List.of("remove", "token", "keep");
  public static final List<String> OPTIMIZERS = List.of("em", "online");
  public static final List<String> SCOPES = List.of("article", "paragraph");

  @JsonPropertyDescription("Number of topics. `--k 10,20,40` on the command line fits each and writes their quality "
      + "to topic_quality; the tables then use the first k given.")
  public int k = 20;

  @JsonPropertyDescription("What LDA fits on: article, paragraph, or auto (articles when there are at least "
      + "topics.autoArticles of them, else paragraphs, since a few dozen articles are too few documents for LDA).")
  public String document = "auto";

  @JsonPropertyDescription("With document auto: the number of articles from which whole articles are the documents.")
  public int autoArticles = 1000;

  @JsonPropertyDescription("Actors' names in the text: remove (topics about issues, not who; the default), token "
      + "(each mention becomes one token named by its actor id, so 'Vladimir Putin' is putin's id), or keep (as words).")
  public String actorNames = "remove";

  @JsonPropertyDescription("A word enters the vocabulary only if it is in at least this share of the documents "
      + "(and at least 2 of them): rare words are names and typos, and make incoherent topics.")
  public double minDF = 0.02;

  @JsonPropertyDescription("A word in more than this share of the documents is left out: it is about everything.")
  public double maxDF = 0.25;

  @JsonPropertyDescription("Most words in the vocabulary (the most frequent in documents are kept).")
  public int vocabSize = 20000;

  @JsonPropertyDescription("LDA optimizer: em (expectation-maximisation, more coherent topics on news) or online "
      + "(variational Bayes on mini-batches, faster on large corpora).")
  public String optimizer = "em";

  @JsonPropertyDescription("LDA's prior on the topics of a document (alpha). 0 picks 1.5 for em (Spark's own 50/k + 1, "
      + "3.5 at k = 20, pulls short news documents toward every topic: held-out NPMI on BBC News 0.211 with it, 0.231 "
      + "with 1.5) and Spark's 1/k for online. The em optimizer needs more than 1.")
  public double docConcentration = 0;

  @JsonPropertyDescription("With the online optimizer: the share of the documents each iteration reads (Spark's "
      + "subsamplingRate); 1 is batch variational Bayes, which small corpora need.")
  public double subsamplingRate = 1.0;

  @JsonPropertyDescription("LDA iterations.")
  public int iterations = 100;

  @JsonPropertyDescription("Random seed of LDA: the same seed, input and config give the same topics.")
  public long seed = 20210419L;

  @JsonPropertyDescription("Terms kept per topic in the topics table (NPMI is always measured on the top 10, "
      + "diversity on the top 25).")
  public int terms = 15;

  @JsonPropertyDescription("Most representative articles kept per topic (highest share of the topic).")
  public int examples = 3;

  @JsonPropertyDescription("Units over which a pair's topics are averaged: article (the articles naming both) and "
      + "paragraph (the paragraphs naming both). Sentences are too short to infer topics from.")
  public List<String> scopes = new ArrayList<>(SCOPES);

  @JsonPropertyDescription("Periods of pair_topics and topic_trends, as network.periods.")
  public List<String> periods = new ArrayList<>(List.of("month", "all"));

  @JsonPropertyDescription("Levels of pair_topics, as network.levels.")
  public List<String> levels = new ArrayList<>(List.of("actor", "state"));
}
