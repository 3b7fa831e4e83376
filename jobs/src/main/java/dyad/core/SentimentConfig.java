package dyad.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.io.Serializable;
import java.util.List;

/** Parameters of the sentiment stage, each declared once: doc and default on the component, check in the constructor. */
public record SentimentConfig(
    @JsonProperty(defaultValue = "[\"month\", \"all\"]")
    @JsonPropertyDescription("Periods of pair_sentiment, as network.periods: day, week, month, quarter, year, all.")
    List<Period> periods,

    @JsonProperty(defaultValue = "[\"actor\", \"state\"]")
    @JsonPropertyDescription("Levels of pair_sentiment: actor and state (people rolled up to the state they stood for).")
    List<Level> levels) implements Serializable {

  public SentimentConfig {
    periods = Checks.distinct("sentiment.periods", periods, List.of(Period.values()));
    levels = Checks.distinct("sentiment.levels", levels, List.of(Level.values()));
  }
}
