package dyad.core;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Parameters of the sentiment stage. Each is declared once here, with its doc and default. */
public class SentimentConfig implements Serializable {
  private static final long serialVersionUID = 1L;

  @JsonPropertyDescription("Periods of pair_sentiment, as network.periods: day, week, month, quarter, year, all.")
  public List<String> periods = new ArrayList<>(List.of("month", "all"));

  @JsonPropertyDescription("Levels of pair_sentiment: actor and state (people rolled up to the state they stood for).")
  public List<String> levels = new ArrayList<>(List.of("actor", "state"));
}
