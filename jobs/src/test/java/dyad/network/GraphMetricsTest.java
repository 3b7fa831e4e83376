package dyad.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Node metrics against values worked out by hand. */
class GraphMetricsTest {
  private static final double D = 0.85;

  private static Map<String, GraphMetrics.Node> metrics(List<GraphMetrics.Edge> edges, int maxSources) {
    return GraphMetrics.compute(edges, D, maxSources, 7).stream()
        .collect(Collectors.toMap(GraphMetrics.Node::id, Function.identity()));
  }

  private static GraphMetrics.Edge e(String a, String b, double w) {
    return new GraphMetrics.Edge(a, b, w);
  }

  @Test
  void starPageRankAndBetweennessMatchTheClosedForm() {
    // Centre c with k leaves: PR(c) = (1 + d k) / (n (1 + d)), each leaf (1 - PR(c)) / k.
    Map<String, GraphMetrics.Node> m = metrics(List.of(e("c", "l1", 1), e("c", "l2", 1), e("c", "l3", 1)), 100);
    double centre = (1 + D * 3) / (4 * (1 + D));
    assertEquals(centre, m.get("c").pageRank(), 1e-10);
    assertEquals((1 - centre) / 3, m.get("l2").pageRank(), 1e-10);
    // Every path between two leaves passes the centre.
    assertEquals(1.0, m.get("c").betweenness(), 1e-12);
    assertEquals(0.0, m.get("l1").betweenness(), 1e-12);
    assertEquals(3, m.get("c").degree());
    assertEquals(1, m.get("l3").degree());
    assertEquals("c", m.get("l1").community());
    assertFalse(m.get("c").betweennessSampled());
  }

  @Test
  void weightsSteerTheWalk() {
    // Triangle a-b 2, a-c 2, b-c 1: by symmetry PR(b) = PR(c) = x with
    // x = (1-d)/3 + d ((1 - 2x)/2 + x/3), so x = ((1-d)/3 + d/2) / (1 + 2d/3).
    Map<String, GraphMetrics.Node> m = metrics(List.of(e("a", "b", 2), e("a", "c", 2), e("b", "c", 1)), 100);
    double x = ((1 - D) / 3 + D / 2) / (1 + 2 * D / 3);
    assertEquals(x, m.get("b").pageRank(), 1e-10);
    assertEquals(x, m.get("c").pageRank(), 1e-10);
    assertEquals(1 - 2 * x, m.get("a").pageRank(), 1e-10);
    assertEquals(4.0, m.get("a").weightedDegree());
    assertEquals(0.0, m.get("a").betweenness());
  }

  @Test
  void pathBetweenness() {
    // a-b-c-d: b lies between a and c, a and d: 2 of the 3 pairs of the others.
    Map<String, GraphMetrics.Node> m = metrics(List.of(e("a", "b", 1), e("b", "c", 1), e("c", "d", 1)), 100);
    assertEquals(2.0 / 3, m.get("b").betweenness(), 1e-12);
    assertEquals(2.0 / 3, m.get("c").betweenness(), 1e-12);
    assertEquals(0.0, m.get("d").betweenness(), 1e-12);
    double sum = m.values().stream().mapToDouble(GraphMetrics.Node::pageRank).sum();
    assertEquals(1.0, sum, 1e-12);
  }

  @Test
  void twoCliquesJoinedByAWeakEdgeAreTwoCommunities() {
    List<GraphMetrics.Edge> edges = new ArrayList<>();
    for (String[] k : new String[][] {{"a1", "a2", "a3", "a4"}, {"b1", "b2", "b3", "b4"}}) {
      for (int i = 0; i < k.length; i++) for (int j = i + 1; j < k.length; j++) edges.add(e(k[i], k[j], 3));
    }
    edges.add(e("a1", "b1", 1));
    Map<String, GraphMetrics.Node> m = metrics(edges, 100);
    // Each community is named after its strongest member: the bridge ends have the extra edge.
    for (String n : List.of("a1", "a2", "a3", "a4")) assertEquals("a1", m.get(n).community(), n);
    for (String n : List.of("b1", "b2", "b3", "b4")) assertEquals("b1", m.get(n).community(), n);
    assertTrue(m.get("a1").betweenness() > m.get("a2").betweenness());
  }

  @Test
  void sameEdgesInAnyOrderGiveTheSameNumbers() {
    List<GraphMetrics.Edge> edges = randomGraph(60, 200, 1);
    List<GraphMetrics.Node> first = GraphMetrics.compute(edges, D, 20, 3);
    List<GraphMetrics.Edge> shuffled = new ArrayList<>(edges);
    Collections.shuffle(shuffled, new Random(9));
    assertEquals(first, GraphMetrics.compute(shuffled, D, 20, 3));
  }

  @Test
  void sampledBetweennessEstimatesTheExactOne() {
    // Co-mention networks have hubs; on such a graph (preferential attachment) a third of the
    // sources estimates the top nodes' betweenness to within a fifth, whatever the draw.
    List<GraphMetrics.Edge> edges = hubGraph(300, 3);
    List<GraphMetrics.Node> exact = new ArrayList<>(GraphMetrics.compute(edges, D, 1000, 7));
    exact.sort((p, q) -> Double.compare(q.betweenness(), p.betweenness()));
    for (long seed : new long[] {1, 2, 3, 7}) {
      Map<String, GraphMetrics.Node> sampled = GraphMetrics.compute(edges, D, 100, seed).stream()
          .collect(Collectors.toMap(GraphMetrics.Node::id, Function.identity()));
      double err = 0;
      for (GraphMetrics.Node top : exact.subList(0, 5)) {
        err += Math.abs(sampled.get(top.id()).betweenness() - top.betweenness()) / top.betweenness() / 5;
        assertTrue(sampled.get(top.id()).betweennessSampled());
        assertEquals(top.pageRank(), sampled.get(top.id()).pageRank(), "sampling leaves PageRank alone");
      }
      assertTrue(err < 0.2, "mean relative error of the top 5 with seed " + seed + ": " + err);
      assertTrue(err > 0, "an estimate, not the exact value");
    }
  }

  /** Preferential attachment: each new node links to two nodes drawn by degree, weights 1..3. */
  private static List<GraphMetrics.Edge> hubGraph(int n, long seed) {
    Random r = new Random(seed);
    List<GraphMetrics.Edge> edges = new ArrayList<>(List.of(e("n0", "n1", 1)));
    List<Integer> ends = new ArrayList<>(List.of(0, 1));
    java.util.Set<String> seen = new java.util.HashSet<>(List.of("0-1"));
    for (int i = 2; i < n; i++) {
      int links = Math.min(2, i);
      while (links > 0) {
        int j = ends.get(r.nextInt(ends.size()));
        if (j == i || !seen.add(j + "-" + i)) continue;
        edges.add(e("n" + j, "n" + i, 1 + r.nextInt(3)));
        ends.add(j);
        ends.add(i);
        links--;
      }
    }
    return edges;
  }

  @Test
  void refusesSelfLoopsAndEmptyWeights() {
    assertThrows(IllegalArgumentException.class, () -> GraphMetrics.compute(List.of(e("a", "a", 1)), D, 10, 1));
    assertThrows(IllegalArgumentException.class, () -> GraphMetrics.compute(List.of(e("a", "b", 0)), D, 10, 1));
    assertTrue(GraphMetrics.compute(List.of(), D, 10, 1).isEmpty());
  }

  /** A connected random graph: a spanning chain plus random extra edges with weights 1..3. */
  private static List<GraphMetrics.Edge> randomGraph(int n, int extra, long seed) {
    Random r = new Random(seed);
    List<GraphMetrics.Edge> edges = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 1; i < n; i++) {
      int j = r.nextInt(i);
      edges.add(e("n" + j, "n" + i, 1 + r.nextInt(3)));
      seen.add(j + "-" + i);
    }
    while (extra > 0) {
      int a = r.nextInt(n);
      int b = r.nextInt(n);
      if (a == b || !seen.add(Math.min(a, b) + "-" + Math.max(a, b))) continue;
      edges.add(e("n" + a, "n" + b, 1 + r.nextInt(3)));
      extra--;
    }
    return edges;
  }
}
