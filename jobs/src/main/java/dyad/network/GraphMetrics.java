package dyad.network;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Node metrics of one weighted, undirected graph: degree, weighted degree, PageRank, betweenness
 * and a community. Plain Java, so the algorithms are tested without Spark; the network stage runs
 * it once per graph (scope, level, period) on the executors. Nodes are indexed in sorted id order,
 * so the same edges always give the same numbers.
 */
public final class GraphMetrics {
  /** An undirected edge; a pair listed twice has its weights added. */
  public record Edge(String a, String b, double weight) {}

  /**
   * The metrics of one node. Betweenness is normalised to 0..1 as in networkx (pairs of other
   * nodes whose hop-shortest paths pass through it); community is the id of the member with the
   * highest weighted degree, so labels read as "the RUS community".
   */
  public record Node(String id, int degree, double weightedDegree, double pageRank, double betweenness,
      String community, boolean betweennessSampled) {}

  private final String[] ids;
  private final int[] start; // CSR adjacency: neighbours of i are nbr[start[i] .. start[i+1])
  private final int[] nbr;
  private final double[] w;
  private final double[] strength;

  private GraphMetrics(List<Edge> edges) {
    TreeSet<String> names = new TreeSet<>();
    for (Edge e : edges) {
      if (e.a().equals(e.b())) throw new IllegalArgumentException("self-loop on " + e.a());
      if (!(e.weight() > 0)) throw new IllegalArgumentException("edge " + e + " needs a positive weight");
      names.add(e.a());
      names.add(e.b());
    }
    ids = names.toArray(new String[0]);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < ids.length; i++) index.put(ids[i], i);
    List<Map<Integer, Double>> adj = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) adj.add(new java.util.TreeMap<>());
    for (Edge e : edges) {
      int a = index.get(e.a());
      int b = index.get(e.b());
      adj.get(a).merge(b, e.weight(), Double::sum);
      adj.get(b).merge(a, e.weight(), Double::sum);
    }
    start = new int[ids.length + 1];
    for (int i = 0; i < ids.length; i++) start[i + 1] = start[i] + adj.get(i).size();
    nbr = new int[start[ids.length]];
    w = new double[nbr.length];
    strength = new double[ids.length];
    for (int i = 0; i < ids.length; i++) {
      int k = start[i];
      for (Map.Entry<Integer, Double> e : adj.get(i).entrySet()) {
        nbr[k] = e.getKey();
        w[k++] = e.getValue();
        strength[i] += e.getValue();
      }
    }
  }

  /**
   * Computes every node's metrics.
   *
   * @param damping PageRank's damping factor
   * @param maxSources above this many nodes, betweenness is estimated from this many sources drawn with {@code seed}
   */
  public static List<Node> compute(List<Edge> edges, double damping, int maxSources, long seed) {
    GraphMetrics g = new GraphMetrics(edges);
    int n = g.ids.length;
    double[] pr = g.pageRank(damping);
    boolean sampled = n > maxSources;
    double[] bc = g.betweenness(sampled ? maxSources : n, seed);
    int[] community = g.communities();
    String[] label = g.labels(community);
    List<Node> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new Node(g.ids[i], g.start[i + 1] - g.start[i], g.strength[i], pr[i], bc[i], label[community[i]], sampled));
    }
    return out;
  }

  /**
   * Weighted PageRank on the symmetric graph: a walker follows an edge with probability in
   * proportion to its weight, or jumps to any node with probability 1 - damping. Power iteration to
   * a change below 1e-12.
   */
  double[] pageRank(double damping) {
    int n = ids.length;
    double[] pr = new double[n];
    if (n == 0) return pr;
    Arrays.fill(pr, 1.0 / n);
    double[] next = new double[n];
    for (int iter = 0; iter < 10_000; iter++) {
      Arrays.fill(next, (1 - damping) / n);
      for (int i = 0; i < n; i++) {
        double share = damping * pr[i] / strength[i];
        for (int k = start[i]; k < start[i + 1]; k++) next[nbr[k]] += share * w[k];
      }
      double change = 0;
      for (int i = 0; i < n; i++) change += Math.abs(next[i] - pr[i]);
      double[] t = pr;
      pr = next;
      next = t;
      if (change < 1e-12) break;
    }
    return pr;
  }

  /**
   * Brandes' betweenness over hop-shortest paths from {@code sources} source nodes (all of them, or
   * a seeded sample scaled up by n / sources), normalised by (n-1)(n-2) as networkx does.
   */
  double[] betweenness(int sources, long seed) {
    int n = ids.length;
    double[] bc = new double[n];
    if (n <= 2) return bc;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) order[i] = i;
    if (sources < n) {
      Random rnd = new Random(seed);
      for (int i = n - 1; i > 0; i--) {
        int j = rnd.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
    }
    int[] dist = new int[n];
    double[] sigma = new double[n];
    double[] delta = new double[n];
    int[] stack = new int[n];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int si = 0; si < sources; si++) {
      int s = order[si];
      Arrays.fill(dist, -1);
      Arrays.fill(sigma, 0);
      Arrays.fill(delta, 0);
      dist[s] = 0;
      sigma[s] = 1;
      int top = 0;
      queue.add(s);
      while (!queue.isEmpty()) {
        int v = queue.poll();
        stack[top++] = v;
        for (int k = start[v]; k < start[v + 1]; k++) {
          int u = nbr[k];
          if (dist[u] < 0) {
            dist[u] = dist[v] + 1;
            queue.add(u);
          }
          if (dist[u] == dist[v] + 1) sigma[u] += sigma[v];
        }
      }
      while (top > 0) {
        int u = stack[--top];
        for (int k = start[u]; k < start[u + 1]; k++) {
          int v = nbr[k];
          if (dist[v] == dist[u] - 1) delta[v] += sigma[v] / sigma[u] * (1 + delta[u]);
        }
        if (u != s) bc[u] += delta[u];
      }
    }
    double scale = 1.0 / ((n - 1.0) * (n - 2.0)) * n / sources;
    for (int i = 0; i < n; i++) bc[i] *= scale;
    return bc;
  }

  /**
   * Louvain communities (modularity, weighted): nodes move to the neighbouring community with the
   * best gain, in index order, until none moves; communities then become nodes and it repeats.
   *
   * @return the community index of each node
   */
  int[] communities() {
    int n = ids.length;
    int[] member = new int[n];
    for (int i = 0; i < n; i++) member[i] = i;
    // The current level's graph, as maps of neighbour -> weight (self-loops hold inner weight).
    List<Map<Integer, Double>> adj = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Map<Integer, Double> m = new java.util.TreeMap<>();
      for (int k = start[i]; k < start[i + 1]; k++) m.put(nbr[k], w[k]);
      adj.add(m);
    }
    while (true) {
      int[] level = moveNodes(adj);
      int groups = 0;
      int[] renumber = new int[level.length];
      Arrays.fill(renumber, -1);
      for (int i = 0; i < level.length; i++) if (renumber[level[i]] < 0) renumber[level[i]] = groups++;
      if (groups == adj.size()) break;
      for (int i = 0; i < n; i++) member[i] = renumber[level[member[i]]];
      List<Map<Integer, Double>> next = new ArrayList<>();
      for (int c = 0; c < groups; c++) next.add(new java.util.TreeMap<>());
      for (int i = 0; i < adj.size(); i++) {
        int ci = renumber[level[i]];
        for (Map.Entry<Integer, Double> e : adj.get(i).entrySet()) {
          next.get(ci).merge(renumber[level[e.getKey()]], e.getValue(), Double::sum);
        }
      }
      adj = next;
    }
    return member;
  }

  /** One Louvain level: each node's community after local moves. */
  private static int[] moveNodes(List<Map<Integer, Double>> adj) {
    int n = adj.size();
    int[] comm = new int[n];
    double[] k = new double[n];
    double[] tot = new double[n];
    double m2 = 0;
    for (int i = 0; i < n; i++) {
      comm[i] = i;
      for (double x : adj.get(i).values()) k[i] += x;
      tot[i] = k[i];
      m2 += k[i];
    }
    if (m2 == 0) return comm;
    boolean moved = true;
    for (int pass = 0; moved && pass < 1000; pass++) {
      moved = false;
      for (int i = 0; i < n; i++) {
        Map<Integer, Double> toComm = new java.util.TreeMap<>();
        for (Map.Entry<Integer, Double> e : adj.get(i).entrySet()) {
          if (e.getKey() != i) toComm.merge(comm[e.getKey()], e.getValue(), Double::sum);
        }
        int own = comm[i];
        tot[own] -= k[i];
        // Gain of joining c, up to a constant factor: weight to c minus what chance predicts.
        double best = toComm.getOrDefault(own, 0.0) - tot[own] * k[i] / m2;
        int bestComm = own;
        for (Map.Entry<Integer, Double> e : toComm.entrySet()) {
          double gain = e.getValue() - tot[e.getKey()] * k[i] / m2;
          if (gain > best + 1e-12) {
            best = gain;
            bestComm = e.getKey();
          }
        }
        tot[bestComm] += k[i];
        if (bestComm != own) {
          comm[i] = bestComm;
          moved = true;
        }
      }
    }
    return comm;
  }

  /** Names each community after its member of highest weighted degree (ties: the smaller id). */
  private String[] labels(int[] community) {
    int groups = 0;
    for (int c : community) groups = Math.max(groups, c + 1);
    String[] label = new String[groups];
    double[] best = new double[groups];
    for (int i = 0; i < ids.length; i++) { // ids ascend, so the first of equal strength wins
      int c = community[i];
      if (label[c] == null || strength[i] > best[c]) {
        label[c] = ids[i];
        best[c] = strength[i];
      }
    }
    return label;
  }
}
