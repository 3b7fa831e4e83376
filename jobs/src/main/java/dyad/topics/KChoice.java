package dyad.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How many topics a corpus gets when the user does not say (topics.k 0): the candidates the corpus
 * can carry, and among those fitted, the most topics about as coherent on held-out documents as the
 * best ({@link #choose}). Plain Java, so the rule and its reasons are tested by hand; the topics
 * stage fits and scores in Spark.
 */
public final class KChoice {
  /** A topic needs at least this many documents and this many vocabulary terms to itself. */
  static final int DOCUMENTS_PER_TOPIC = 10;
  static final int TERMS_PER_TOPIC = 10;

  /**
   * One candidate's scores: mean strict NPMI of its topics' top 10 terms on the held-out documents,
   * and the diversity of its top-25 lists.
   */
  public record Scored(int k, double heldOutNpmi, double diversity) {}

  private KChoice() {}

  /**
   * The most topics a corpus can carry: one per article (a handful of articles gets a handful of
   * topics), one per {@value #DOCUMENTS_PER_TOPIC} documents and one per {@value #TERMS_PER_TOPIC}
   * terms of the vocabulary; at least 2.
   */
  public static int cap(long articles, long documents, int vocabulary) {
    long c = Math.min(articles, Math.min(documents / DOCUMENTS_PER_TOPIC, vocabulary / TERMS_PER_TOPIC));
    return (int) Math.max(2, Math.min(Integer.MAX_VALUE, c));
  }

  /** The configured candidates at most {@code cap}, in ascending order; the cap alone when none is. */
  public static List<Integer> candidates(List<Integer> configured, int cap) {
    List<Integer> out = new ArrayList<>();
    for (int k : configured) if (k <= cap) out.add(k);
    out.sort(null);
    return out.isEmpty() ? List.of(cap) : List.copyOf(out);
  }

  /** The candidate with the highest held-out NPMI; of equal scores, the fewer topics. */
  public static Scored mostCoherent(List<Scored> scored) {
    if (scored.isEmpty()) throw new IllegalArgumentException("no candidate was scored");
    Scored best = null;
    for (Scored s : scored) {
      if (best == null || s.heldOutNpmi() > best.heldOutNpmi() || (s.heldOutNpmi() == best.heldOutNpmi() && s.k() < best.k())) {
        best = s;
      }
    }
    return best;
  }

  /**
   * The outcome of {@link #choose}: the chosen candidate, the most coherent one it was measured
   * against, and whether the diversity floor applied (some candidate reached it).
   */
  public record Choice(Scored chosen, Scored best, boolean floorApplied, double tolerance, double minDiversity) {
    /** Why {@code s}, another candidate, was not chosen. */
    public String whyNot(Scored s) {
      if (floorApplied && s.diversity() < minDiversity) {
        return String.format(Locale.ROOT, "not chosen: diversity %.3f, below topics.kMinDiversity %s", s.diversity(), minDiversity);
      }
      if (s.heldOutNpmi() < best.heldOutNpmi() - tolerance) {
        return String.format(Locale.ROOT, "not chosen: held-out NPMI %.3f, more than %s below k=%d's %.3f", s.heldOutNpmi(),
            tolerance, best.k(), best.heldOutNpmi());
      }
      return String.format(Locale.ROOT, "not chosen: held-out NPMI %.3f is within %s of the best, but k=%d has more topics",
          s.heldOutNpmi(), tolerance, chosen.k());
    }

    /** Why the chosen candidate was chosen, of these candidates' ks. */
    public String why(List<Integer> candidates) {
      return String.format(Locale.ROOT, "chosen: the most topics of k %s with a held-out NPMI within %s of the best (k=%d, %.3f)%s",
          candidates, tolerance, best.k(), best.heldOutNpmi(), floorApplied ? " and a diversity of at least " + minDiversity
              : "; no candidate had a diversity of " + minDiversity);
    }
  }

  /**
   * The chosen candidate: of those whose topics do not repeat one another's terms (diversity at
   * least {@code minDiversity}; all of them when none does), the most topics whose held-out NPMI is
   * within {@code tolerance} of the most coherent's. Coherence by document co-occurrence falls as
   * topics get finer (broad topics' top words are common words, which co-occur), so the highest
   * alone would nearly always be the fewest topics; within the tolerance the finer view costs no
   * coherence worth the name, and the diversity floor stops it where topics start to repeat.
   */
  public static Choice choose(List<Scored> scored, double tolerance, double minDiversity) {
    List<Scored> diverse = scored.stream().filter(s -> s.diversity() >= minDiversity).toList();
    List<Scored> pool = diverse.isEmpty() ? scored : diverse;
    Scored best = mostCoherent(pool);
    Scored chosen = best;
    for (Scored s : pool) if (s.heldOutNpmi() >= best.heldOutNpmi() - tolerance && s.k() > chosen.k()) chosen = s;
    return new Choice(chosen, best, !diverse.isEmpty(), tolerance, minDiversity);
  }

  /** Why the cap is what it is, for the manifest and topic_quality. */
  public static String capReason(long articles, long documents, int vocabulary) {
    return String.format(Locale.ROOT, "cap %d: %d articles, %d documents / %d, %d terms / %d",
        cap(articles, documents, vocabulary), articles, documents, DOCUMENTS_PER_TOPIC, vocabulary, TERMS_PER_TOPIC);
  }
}
