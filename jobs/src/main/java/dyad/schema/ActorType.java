package dyad.schema;

/** The actor types of the mentions and actors tables, and the one rule for rolling an actor up to a state. */
public enum ActorType {
  /** A state: ISO 3166 alpha-3 id. */
  STATE,
  /** An intergovernmental organisation: its usual acronym. */
  IGO,
  /** A person, with dated roles. */
  PERSON,
  /** A named body of a state (People's Liberation Army); seats of government count as the state itself. */
  INSTITUTION;

  /**
   * The state (or organisation) an actor stands for: an organisation itself; a state, person or
   * institution the {@code country} of its mention, which is the state it stood for at the article's
   * date ({@link StateHistory}: Russia in 1987 stands for the Soviet Union; East Timor in 1996 for no
   * state); null when unknown.
   */
  public static String stateOf(String type, String actorId, String country) {
    return IGO.name().equals(type) ? actorId : country;
  }
}
