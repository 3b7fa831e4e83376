package dyad.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.io.Serializable;
import java.util.List;

/** Parameters of the events stage, each declared once: doc and default on the component, check in the constructor. */
public record EventsConfig(
    @JsonProperty(defaultValue = "[\"month\", \"all\"]")
    @JsonPropertyDescription("Periods of pair_events, as network.periods: day, week, month, quarter, year, all.")
    List<Period> periods,

    @JsonProperty(defaultValue = "[\"actor\", \"state\"]")
    @JsonPropertyDescription("Levels of pair_events: actor and state (people rolled up to the state they stood for).")
    List<Level> levels,

    @JsonProperty(defaultValue = "0.0")
    @JsonPropertyDescription("Events below this confidence (0..1) are kept in events but left out of pair_events.")
    double minConfidence) implements Serializable {

  public EventsConfig {
    periods = Checks.distinct("events.periods", periods, List.of(Period.values()));
    levels = Checks.distinct("events.levels", levels, List.of(Level.values()));
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("events.minConfidence must be in 0..1, got " + minConfidence);
    }
  }
}
