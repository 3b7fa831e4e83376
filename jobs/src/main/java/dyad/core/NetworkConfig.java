package dyad.core;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Parameters of the co-mention network stage. Each is declared once here, with its doc and default. */
public class NetworkConfig implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Period granularities a run may use; "all" is the all-time row. */
  public static final List<String> PERIODS = List.of("day", "week", "month", "quarter", "year", "all");
  public static final List<String> SCOPES = List.of("sentence", "paragraph", "article");
  public static final List<String> LEVELS = List.of("actor", "state");

  @JsonPropertyDescription("Periods to count edges and metrics by, any of day (YYYY-MM-DD), week (ISO, YYYY-Www), "
      + "month (YYYY-MM), quarter (YYYY-Qn), year (YYYY) and all (one all-time row, period 'all'). "
      + "Undated articles count only in 'all'.")
  public List<String> periods = new ArrayList<>(List.of("month", "all"));

  @JsonPropertyDescription("Units in which two actors count as named together: sentence, paragraph, article.")
  public List<String> scopes = new ArrayList<>(SCOPES);

  @JsonPropertyDescription("Levels of the network: actor (people, states, organisations as resolved) and state "
      + "(each person and institution rolled up to the state they stood for at the article's date).")
  public List<String> levels = new ArrayList<>(LEVELS);

  @JsonPropertyDescription("Edges named together (within a unit of their scope) in fewer articles than this in their "
      + "period are not published; the manifest counts them under network.pruned_edges. 1 publishes every pair; "
      + "on large corpora 2 to 5 drops one-off pairs, whose PMI says little. Counting articles, not sentences, "
      + "keeps one article's repetitions from making an edge, and each scope's network a sub-graph of the next.")
  public int minSupport = 1;

  @JsonPropertyDescription("Example article ids kept per edge for drill-down: those where the pair co-occurs most.")
  public int examples = 3;

  @JsonPropertyDescription("PageRank damping factor (the probability of following an edge rather than jumping).")
  public double damping = 0.85;

  @JsonPropertyDescription("Graphs with more nodes than this get betweenness from this many sampled source nodes "
      + "(Brandes-Pich estimate) instead of from all of them.")
  public int betweennessSources = 200;

  @JsonPropertyDescription("Write the all-time state-level network at this scope as network.graphml (for Gephi); "
      + "empty for none.")
  public String graphmlScope = "article";
}
