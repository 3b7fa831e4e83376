package dyad.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.io.Serializable;
import java.util.List;

/** Parameters of the network stage, each declared once: doc and default on the component, check in the constructor. */
public record NetworkConfig(
    @JsonProperty(defaultValue = "[\"month\", \"all\"]")
    @JsonPropertyDescription("Periods to count edges and metrics by, any of day (YYYY-MM-DD), week (ISO, YYYY-Www), "
        + "month (YYYY-MM), quarter (YYYY-Qn), year (YYYY) and all (one all-time row, period 'all'). "
        + "Undated articles count only in 'all'.")
    List<Period> periods,

    @JsonProperty(defaultValue = "[\"sentence\", \"paragraph\", \"article\"]")
    @JsonPropertyDescription("Units in which two actors count as named together: sentence, paragraph, article.")
    List<Scope> scopes,

    @JsonProperty(defaultValue = "[\"actor\", \"state\"]")
    @JsonPropertyDescription("Levels of the network: actor (people, states, organisations as resolved) and state "
        + "(each person and institution rolled up to the state they stood for at the article's date).")
    List<Level> levels,

    @JsonProperty(defaultValue = "1")
    @JsonPropertyDescription("Edges named together (within a unit of their scope) in fewer articles than this in their "
        + "period are not published; the manifest counts them under network.pruned_edges. 1 publishes every pair; "
        + "on large corpora 2 to 5 drops one-off pairs, whose PMI says little. Counting articles, not sentences, "
        + "keeps one article's repetitions from making an edge, and each scope's network a sub-graph of the next.")
    int minSupport,

    @JsonProperty(defaultValue = "3")
    @JsonPropertyDescription("Example article ids kept per edge for drill-down: those where the pair co-occurs most.")
    int examples,

    @JsonProperty(defaultValue = "0.85")
    @JsonPropertyDescription("PageRank damping factor (the probability of following an edge rather than jumping).")
    double damping,

    @JsonProperty(defaultValue = "200")
    @JsonPropertyDescription("Graphs with more nodes than this get betweenness from this many sampled source nodes "
        + "(Brandes-Pich estimate) instead of from all of them.")
    int betweennessSources,

    @JsonProperty(defaultValue = "\"article\"")
    @JsonPropertyDescription("Write the all-time state-level network at this scope as network.graphml (for Gephi); "
        + "empty for none.")
    String graphmlScope) implements Serializable {

  public NetworkConfig {
    periods = Checks.distinct("network.periods", periods, List.of(Period.values()));
    scopes = Checks.distinct("network.scopes", scopes, List.of(Scope.values()));
    levels = Checks.distinct("network.levels", levels, List.of(Level.values()));
    Checks.check(minSupport >= 1, "network.minSupport must be >= 1, got " + minSupport);
    Checks.check(examples >= 0, "network.examples must be >= 0, got " + examples);
    Checks.check(damping > 0 && damping < 1, "network.damping must be in (0, 1), got " + damping);
    Checks.check(betweennessSources >= 1, "network.betweennessSources must be >= 1, got " + betweennessSources);
    graphmlScope = graphmlScope == null ? "" : graphmlScope;
    Checks.check(graphmlScope.isEmpty() || scopeNamed(graphmlScope) != null,
        "network.graphmlScope must be empty or one of " + List.of(Scope.values()) + ", got '" + graphmlScope + "'");
  }

  /** The scope network.graphml is written at, or null for none. */
  public Scope graphml() {
    return scopeNamed(graphmlScope);
  }

  private static Scope scopeNamed(String name) {
    for (Scope s : Scope.values()) if (s.toString().equals(name)) return s;
    return null;
  }
}
