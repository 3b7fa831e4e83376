package dyad.core;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The levels of the networks and pair tables: actor (people, states and organisations as resolved)
 * and state (people and institutions rolled up to the state they stood for at the article's date).
 */
public enum Level {
  ACTOR, STATE;

  @JsonValue
  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
