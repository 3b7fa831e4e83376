package dyad.sentiment;

import dyad.text.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An average of multinomial logistic regressions over {@link SentimentScorer#features}, hashed into
 * {@link #DIMENSIONS} slots: trained by Spark MLlib ({@code dyad train sentiment}) and applied here in
 * plain Java, so scoring needs neither Spark nor a model directory. Each member sees the features but
 * for the groups it drops (its view); the probabilities are the mean of the members'. The weights file
 * lists, per member, a {@code member} line with the dropped groups ({@code -} for none), the
 * intercepts and the non-zero weights (slot, negative, neutral, positive); lines before the first
 * {@code member} line form a member that drops nothing.
 */
public final class TargetModel {
  public static final int DIMENSIONS = 1 << 18;
  public static final String RESOURCE = "dyad/lexicons/target_sentiment_model.tsv";

  /**
   * One logistic regression and the feature groups it does not see: names ending in ':' drop every
   * feature with that prefix ("w:" the sentence's bag of words), other names drop that feature.
   */
  public static final class Member {
    final List<String> drops;
    final double[] intercept = new double[3];
    final Map<Integer, double[]> weights = new HashMap<>();

    Member(List<String> drops) {
      this.drops = List.copyOf(drops);
    }

    public List<String> drops() {
      return drops;
    }

    /** Whether this member sees feature {@code name}. */
    public boolean sees(String name) {
      return sees(drops, name);
    }

    static boolean sees(List<String> drops, String name) {
      for (String d : drops) if (inGroup(d, name)) return false;
      return true;
    }

    double[] probabilities(Map<String, Double> features) {
      double[] z = intercept.clone();
      // The dot product is linear, so summing feature by feature equals summing the hashed vector.
      features.forEach((k, v) -> {
        if (!sees(k)) return;
        double[] w = weights.get(slot(k));
        if (w != null) for (int c = 0; c < 3; c++) z[c] += w[c] * v;
      });
      return softmax(z);
    }
  }

  private final List<Member> members;
  /**
   * The members' weights packed for scoring: {@code rows[index[slot]]} holds, for each member in
   * turn, its three weights of the slot (zeros where a member has none); {@code index} is -1 for a
   * slot no member weighs. One array look-up per feature instead of a map look-up per member.
   */
  private final int[] index;
  private final double[] rows;
  /**
   * The groups any member drops, and per member the bits of those it drops: a feature is tested
   * against each group once, not once per member.
   */
  private final List<String> groups;
  private final long[] dropBits;

  private static volatile TargetModel standard;

  private TargetModel(List<Member> members) {
    this.members = List.copyOf(members);
    java.util.TreeSet<Integer> slots = new java.util.TreeSet<>();
    for (Member m : this.members) slots.addAll(m.weights.keySet());
    index = new int[DIMENSIONS];
    java.util.Arrays.fill(index, -1);
    int stride = 3 * this.members.size();
    rows = new double[slots.size() * stride];
    int row = 0;
    for (int slot : slots) {
      index[slot] = row;
      for (int k = 0; k < this.members.size(); k++) {
        double[] w = this.members.get(k).weights.get(slot);
        if (w != null) System.arraycopy(w, 0, rows, row + 3 * k, 3);
      }
      row += stride;
    }
    groups = this.members.stream().flatMap(m -> m.drops.stream()).distinct().toList();
    if (groups.size() > Long.SIZE) throw new IllegalArgumentException("more than 64 dropped groups: " + groups);
    dropBits = new long[this.members.size()];
    for (int k = 0; k < dropBits.length; k++) {
      for (String d : this.members.get(k).drops) dropBits[k] |= 1L << groups.indexOf(d);
    }
  }

  /** The model shipped in the jar, or null when none was trained. */
  public static TargetModel standard() {
    if (standard == null) {
      synchronized (TargetModel.class) {
        if (standard == null && TargetModel.class.getClassLoader().getResource(RESOURCE) != null) {
          standard = parse(Tokens.readResourceLines(RESOURCE));
        }
      }
    }
    return standard;
  }

  public static TargetModel parse(List<String> lines) {
    List<Member> members = new ArrayList<>();
    Member m = null;
    for (String line : lines) {
      if (line.startsWith("#") || line.isBlank()) continue;
      String[] f = line.split("\t");
      if (f[0].equals("member")) {
        members.add(m = new Member(f.length < 2 || f[1].equals("-") ? List.of() : List.of(f[1].split(","))));
        continue;
      }
      if (m == null) members.add(m = new Member(List.of()));
      if (f.length != 4) throw new IllegalArgumentException("model line needs 4 tab-separated fields, got: " + line);
      double[] w = {Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])};
      if (f[0].equals("intercept")) System.arraycopy(w, 0, m.intercept, 0, 3);
      else m.weights.put(Integer.parseInt(f[0]), w);
    }
    if (members.isEmpty()) throw new IllegalArgumentException("model has no weights");
    return new TargetModel(members);
  }

  /** A member from trained weights: intercepts and, per slot, its three weights (all-zero slots are left out). */
  static Member member(List<String> drops, double[] intercept, Map<Integer, double[]> weights) {
    Member m = new Member(drops);
    System.arraycopy(intercept, 0, m.intercept, 0, 3);
    weights.forEach((slot, w) -> {
      if (w[0] != 0 || w[1] != 0 || w[2] != 0) m.weights.put(slot, w.clone());
    });
    return m;
  }

  static TargetModel of(List<Member> members) {
    return new TargetModel(members);
  }

  public List<Member> members() {
    return members;
  }

  /**
   * The weights file's lines (no header), in the format {@link #parse} reads. Six significant digits:
   * the file halves against full precision and the predictions on the development split stay the same.
   */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    for (Member m : members) {
      out.add("member\t" + (m.drops.isEmpty() ? "-" : String.join(",", m.drops)));
      out.add(String.format(Locale.ROOT, "intercept\t%.6g\t%.6g\t%.6g", m.intercept[0], m.intercept[1], m.intercept[2]));
      new java.util.TreeMap<>(m.weights).forEach((slot, w) ->
          out.add(String.format(Locale.ROOT, "%d\t%.6g\t%.6g\t%.6g", slot, w[0], w[1], w[2])));
    }
    return out;
  }

  /** Whether {@code feature} belongs to {@code group}: a prefix when the group ends in ':', else the name itself. */
  public static boolean inGroup(String group, String feature) {
    return group.endsWith(":") ? feature.startsWith(group) : feature.equals(group);
  }

  /** The mean of several probability vectors over negative, neutral, positive. */
  public static double[] mean(List<double[]> probabilities) {
    double[] p = new double[3];
    for (double[] q : probabilities) for (int c = 0; c < 3; c++) p[c] += q[c] / probabilities.size();
    return p;
  }

  public static int slot(String feature) {
    return Math.floorMod(feature.hashCode(), DIMENSIONS);
  }

  /** Hashed features a member sees: slot -> summed value. */
  public static Map<Integer, Double> hashed(Map<String, Double> features, List<String> drops) {
    Map<Integer, Double> out = new java.util.TreeMap<>();
    features.forEach((k, v) -> {
      if (Member.sees(drops, k)) out.merge(slot(k), v, Double::sum);
    });
    return out;
  }

  /**
   * Probabilities of negative, neutral, positive: the mean of the members'. Each member's scores are
   * summed feature by feature in the map's order, as {@link Member#probabilities} sums them, so the
   * packed weights give the same numbers to the last bit.
   */
  public double[] probabilities(Map<String, Double> features) {
    int n = members.size();
    double[][] z = new double[n][];
    for (int k = 0; k < n; k++) z[k] = members.get(k).intercept.clone();
    features.forEach((name, v) -> {
      int row = index[slot(name)];
      if (row < 0) return;
      long in = 0;
      for (int g = 0; g < groups.size(); g++) if (inGroup(groups.get(g), name)) in |= 1L << g;
      for (int k = 0; k < n; k++) {
        if ((dropBits[k] & in) != 0) continue;
        int at = row + 3 * k;
        for (int c = 0; c < 3; c++) z[k][c] += rows[at + c] * v;
      }
    });
    List<double[]> each = new ArrayList<>(n);
    for (double[] zk : z) each.add(softmax(zk));
    return mean(each);
  }

  /** The class probabilities of one member's scores (in place). */
  static double[] softmax(double[] z) {
    double max = Math.max(z[0], Math.max(z[1], z[2]));
    double sum = 0;
    for (int c = 0; c < 3; c++) sum += z[c] = Math.exp(z[c] - max);
    for (int c = 0; c < 3; c++) z[c] /= sum;
    return z;
  }

  /** -1, 0 or +1: the most probable class. */
  public int polarity(Map<String, Double> features) {
    return polarityOf(probabilities(features));
  }

  /** -1, 0 or +1 for probabilities of negative, neutral, positive; ties go to the lower class. */
  public static int polarityOf(double[] p) {
    return p[0] >= p[1] && p[0] >= p[2] ? -1 : p[1] >= p[2] ? 0 : 1;
  }
}
