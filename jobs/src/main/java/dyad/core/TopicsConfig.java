package dyad.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;
import java.util.List;

/** Parameters of the topics stage, each declared once: doc and default on the component, check in the constructor. */
public record TopicsConfig(
    @JsonProperty(defaultValue = "0")
    @JsonPropertyDescription("Number of topics; 0 (the default) chooses it from the data: each of topics.kCandidates "
        + "that the corpus can carry is fitted on most of the documents and scored on the rest by strict NPMI (a pair of "
        + "top terms never together in the held-out documents counts -1); of those diverse enough (topics.kMinDiversity), "
        + "the most topics within topics.kTolerance of the most coherent are then fitted on all of them. `--k 10,20,40` on the command line fits each given k instead and writes their quality to topic_quality; "
        + "the tables then use the first k given.")
    int k,

    @JsonProperty(defaultValue = "[5, 10, 20, 40]")
    @JsonPropertyDescription("With k 0: the numbers of topics tried. Those above the corpus's cap are left out: at most "
        + "one topic per article, per 10 documents and per 10 vocabulary terms; with none left, the cap itself.")
    List<Integer> kCandidates,

    @JsonProperty(defaultValue = "0.03")
    @JsonPropertyDescription("With k 0: the chosen k is the most topics whose held-out NPMI is within this of the most "
        + "coherent candidate's. NPMI falls as topics get finer, so the most coherent alone is nearly always the fewest "
        + "topics; 0.03 is about how much the figure moves between LDA seeds.")
    double kTolerance,

    @JsonProperty(defaultValue = "0.7")
    @JsonPropertyDescription("With k 0: only candidates whose topics do not repeat one another's terms are chosen: a "
        + "diversity (distinct share of all top-25 terms) of at least this; when none has it, every candidate counts.")
    double kMinDiversity,

    @JsonProperty(defaultValue = "0.2")
    @JsonPropertyDescription("With k 0: the share of documents held out to score the candidates (whole articles when "
        + "articles are the documents, else paragraphs), chosen by a hash of their ids.")
    double heldOut,

    @JsonProperty(defaultValue = "20000")
    @JsonPropertyDescription("With k 0: the most documents each candidate is fitted on (a sample of the rest, by hash), "
        + "so that the choice costs about one full fit on a large corpus.")
    int sweepDocuments,

    @JsonProperty(defaultValue = "50")
    @JsonPropertyDescription("With k 0: LDA iterations of each candidate's fit (the chosen k is then fitted with "
        + "topics.iterations).")
    int sweepIterations,

    @JsonProperty(defaultValue = "\"auto\"")
    @JsonPropertyDescription("What LDA fits on: article, paragraph, or auto (articles when there are at least "
        + "topics.autoArticles of them, else paragraphs, since a few dozen articles are too few documents for LDA).")
    Document document,

    @JsonProperty(defaultValue = "1000")
    @JsonPropertyDescription("With document auto: the number of articles from which whole articles are the documents.")
    int autoArticles,

    @JsonProperty(defaultValue = "\"remove\"")
    @JsonPropertyDescription("Actors' names in the text: remove (topics about issues, not who; the default), token "
        + "(each mention becomes one token named by its actor id, so 'Vladimir Putin' is putin's id), or keep (as words).")
    ActorNames actorNames,

    @JsonProperty(defaultValue = "\"none\"")
    @JsonPropertyDescription("How words are counted: none (each word its own term; the default: on BBC News, held-out "
        + "NPMI matched on whole words is higher without folding) or plurals (regular English plurals folded into the "
        + "singular for counting; terms are still shown as the corpus's commonest word). A saved model keeps its own.")
    Folding folding,

    @JsonProperty(defaultValue = "0.02")
    @JsonPropertyDescription("A word enters the vocabulary only if it is in at least this share of the documents "
        + "(and at least 2 of them): rare words are names and typos, and make incoherent topics.")
    double minDF,

    @JsonProperty(defaultValue = "0.25")
    @JsonPropertyDescription("A word in more than this share of the documents is left out: it is about everything.")
    double maxDF,

    @JsonProperty(defaultValue = "20000")
    @JsonPropertyDescription("Most words in the vocabulary (the most frequent in documents are kept).")
    int vocabSize,

    @JsonProperty(defaultValue = "\"em\"")
    @JsonPropertyDescription("LDA optimizer: em (expectation-maximisation, more coherent topics on news) or online "
        + "(variational Bayes on mini-batches, faster on large corpora).")
    Optimizer optimizer,

    @JsonProperty(defaultValue = "0")
    @JsonPropertyDescription("LDA's prior on the topics of a document (alpha). 0 picks 1.5 for em (Spark's own 50/k + 1, "
        + "3.5 at k = 20, pulls short news documents toward every topic: held-out NPMI on BBC News 0.211 with it, 0.231 "
        + "with 1.5; 1.1 and 1.2 are no better over three LDA seeds, docs/topics.md) and Spark's 1/k for online. The em "
        + "optimizer needs more than 1.")
    double docConcentration,

    @JsonProperty(defaultValue = "1.0")
    @JsonPropertyDescription("With the online optimizer: the share of the documents each iteration reads (Spark's "
        + "subsamplingRate); 1 is batch variational Bayes, which small corpora need.")
    double subsamplingRate,

    @JsonProperty(defaultValue = "100")
    @JsonPropertyDescription("LDA iterations.")
    int iterations,

    @JsonProperty(defaultValue = "20210419")
    @JsonPropertyDescription("Random seed of LDA: the same seed, input and config give the same topics.")
    long seed,

    @JsonProperty(defaultValue = "15")
    @JsonPropertyDescription("Terms kept per topic in the topics table (NPMI is always measured on the top 10, "
        + "diversity on the top 25).")
    int terms,

    @JsonProperty(defaultValue = "3")
    @JsonPropertyDescription("Most representative articles kept per topic (highest share of the topic).")
    int examples,

    @JsonProperty(defaultValue = "[\"article\", \"paragraph\"]")
    @JsonPropertyDescription("Units over which a pair's topics are averaged: article (the articles naming both) and "
        + "paragraph (the paragraphs naming both). Sentences are too short to infer topics from.")
    List<Scope> scopes,

    @JsonProperty(defaultValue = "[\"month\", \"all\"]")
    @JsonPropertyDescription("Periods of pair_topics and topic_trends, as network.periods.")
    List<Period> periods,

    @JsonProperty(defaultValue = "[\"actor\", \"state\"]")
    @JsonPropertyDescription("Levels of pair_topics, as network.levels.")
    List<Level> levels,

    @JsonProperty(defaultValue = "0.04")
    @JsonPropertyDescription("pair_topics keeps a pair's topic only if it holds at least this share of the topic words "
        + "of the units naming the pair (the heaviest topic is always kept); 0 keeps every topic. Each row's kept_weight "
        + "says how much of the pair's weight its kept rows hold.")
    double minPairWeight,

    @JsonProperty(defaultValue = "10")
    @JsonPropertyDescription("pair_topics keeps at most this many topics per pair, level, scope and period (the heaviest).")
    int pairTopics) implements Serializable {

  public TopicsConfig {
    Checks.check(k == 0 || k >= 2, "topics.k must be 0 (chosen from the data) or >= 2, got " + k);
    kCandidates = Checks.distinct("topics.kCandidates", kCandidates, null);
    for (int c : kCandidates) Checks.check(c >= 2, "topics.kCandidates must each be >= 2, got " + c);
    Checks.check(kTolerance >= 0 && kTolerance < 2, "topics.kTolerance must be in [0, 2), got " + kTolerance);
    Checks.check(kMinDiversity >= 0 && kMinDiversity <= 1, "topics.kMinDiversity must be a share in [0, 1], got " + kMinDiversity);
    Checks.check(heldOut > 0 && heldOut < 1, "topics.heldOut must be a share in (0, 1), got " + heldOut);
    Checks.check(sweepDocuments >= 2, "topics.sweepDocuments must be >= 2, got " + sweepDocuments);
    Checks.check(sweepIterations >= 1, "topics.sweepIterations must be >= 1, got " + sweepIterations);
    Checks.check(autoArticles >= 1, "topics.autoArticles must be >= 1, got " + autoArticles);
    Checks.check(minDF >= 0 && minDF < 1, "topics.minDF must be a share in [0, 1), got " + minDF);
    Checks.check(maxDF > minDF && maxDF <= 1, "topics.maxDF must be in (topics.minDF, 1], got " + maxDF);
    Checks.check(vocabSize >= 10, "topics.vocabSize must be >= 10, got " + vocabSize);
    boolean em = optimizer == Optimizer.EM;
    Checks.check(docConcentration == 0 || docConcentration > (em ? 1 : 0), "topics.docConcentration must be 0 (Spark's "
        + "default) or above " + (em ? "1 for the em optimizer" : "0") + ", got " + docConcentration);
    Checks.check(subsamplingRate > 0 && subsamplingRate <= 1, "topics.subsamplingRate must be in (0, 1], got " + subsamplingRate);
    Checks.check(iterations >= 1, "topics.iterations must be >= 1, got " + iterations);
    Checks.check(terms >= 10, "topics.terms must be >= 10 (NPMI is measured on the top 10), got " + terms);
    Checks.check(examples >= 0, "topics.examples must be >= 0, got " + examples);
    scopes = Checks.distinct("topics.scopes", scopes, List.of(Scope.ARTICLE, Scope.PARAGRAPH));
    periods = Checks.distinct("topics.periods", periods, List.of(Period.values()));
    levels = Checks.distinct("topics.levels", levels, List.of(Level.values()));
    Checks.check(minPairWeight >= 0 && minPairWeight < 1, "topics.minPairWeight must be a share in [0, 1), got " + minPairWeight);
    Checks.check(pairTopics >= 1, "topics.pairTopics must be >= 1, got " + pairTopics);
  }

  /** What LDA fits on. */
  public enum Document {
    AUTO, ARTICLE, PARAGRAPH;

    @JsonValue
    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** What becomes of actors' names in the text topics are fitted on. */
  public enum ActorNames {
    REMOVE, TOKEN, KEEP;

    @JsonValue
    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** How words are folded into the terms a topic model counts; a rule changed in a way that changes a term is a new constant. */
  public enum Folding {
    /** Each word is its own term. */
    NONE,
    /** Regular English plurals to the singular: policies -> policy, talks -> talk; not news, crisis, glass. */
    PLURALS;

    @JsonValue
    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Folding parse(String s) {
      if (!valid(s)) throw new IllegalArgumentException("folding must be one of " + List.of(values()) + ", got '" + s + "'");
      return valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }

    /** Whether {@code s} names a folding. */
    public static boolean valid(String s) {
      for (Folding f : values()) if (f.toString().equals(s)) return true;
      return false;
    }
  }

  /** LDA's optimizer, by Spark's name for it. */
  public enum Optimizer {
    EM, ONLINE;

    @JsonValue
    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
