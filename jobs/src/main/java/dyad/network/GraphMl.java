package dyad.network;

import java.util.List;
import org.apache.spark.sql.Row;

/**
 * A network as GraphML (http://graphml.graphdrawing.org), the format Gephi, yEd, networkx and
 * igraph read: nodes with their name and metrics, undirected edges weighted by co-occurrences.
 */
public final class GraphMl {
  private GraphMl() {}

  /** Node attributes: GraphML key, the actor_metrics column, and its GraphML type. */
  private static final String[][] NODE_KEYS = {
      {"name", "name", "string"}, {"mentions", "mentions", "long"}, {"articles", "articles", "long"},
      {"degree", "degree", "int"}, {"pagerank", "pagerank", "double"}, {"betweenness", "betweenness", "double"},
      {"community", "community", "string"}};
  private static final String[][] EDGE_KEYS = {
      {"weight", null, "double"}, {"articles", "articles", "long"}, {"sources", "sources", "long"},
      {"pmi", "pmi", "double"}, {"npmi", "npmi", "double"}, {"self_pair", "self_pair", "boolean"}};

  /**
   * @param nodes rows of actor_metrics for one network
   * @param edges rows of comention_edges for the same network
   * @param scope the network's scope, whose unit count is the edge weight
   */
  public static String write(List<Row> nodes, List<Row> edges, dyad.core.Scope scope) {
    StringBuilder x = new StringBuilder();
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" ")
        .append("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ")
        .append("xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns ")
        .append("http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    for (String[] k : NODE_KEYS) key(x, "node", k);
    for (String[] k : EDGE_KEYS) key(x, "edge", k);
    x.append("  <graph id=\"dyad-state-").append(scope).append("\" edgedefault=\"undirected\">\n");
    for (Row n : nodes) {
      x.append("    <node id=\"").append(escape(n.getAs("actor_id"))).append("\">\n");
      for (String[] k : NODE_KEYS) data(x, "n_" + k[0], n.getAs(k[1]));
      x.append("    </node>\n");
    }
    String weightColumn = NetworkStage.unitsColumn(scope);
    for (Row e : edges) {
      x.append("    <edge source=\"").append(escape(e.getAs("actor_a"))).append("\" target=\"")
          .append(escape(e.getAs("actor_b"))).append("\">\n");
      data(x, "e_weight", ((Number) e.getAs(weightColumn)).doubleValue());
      for (String[] k : EDGE_KEYS) if (k[1] != null) data(x, "e_" + k[0], e.getAs(k[1]));
      x.append("    </edge>\n");
    }
    x.append("  </graph>\n</graphml>\n");
    return x.toString();
  }

  private static void key(StringBuilder x, String on, String[] k) {
    x.append("  <key id=\"").append(on.charAt(0)).append('_').append(k[0]).append("\" for=\"").append(on)
        .append("\" attr.name=\"").append(k[0]).append("\" attr.type=\"").append(k[2]).append("\"/>\n");
  }

  private static void data(StringBuilder x, String key, Object value) {
    if (value == null) return; // GraphML: a missing value is simply absent
    x.append("      <data key=\"").append(key).append("\">").append(escape(String.valueOf(value))).append("</data>\n");
  }

  static String escape(Object o) {
    String s = String.valueOf(o);
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
