package dyad.actors;

/** The actor types of the mentions and actors tables, and the one rule for rolling an actor up to a state. */
public final class ActorTypes {
  public static final String STATE = "STATE";
  public static final String IGO = "IGO";
  public static final String PERSON = "PERSON";
  public static final String INSTITUTION = "INSTITUTION";

  private ActorTypes() {}

  /**
   * The state (or organisation) an actor stands for: a state or organisation itself, a person or
   * institution the {@code country} of its mention (their role at the article's date); null when unknown.
   */
  public static String stateOf(String type, String actorId, String country) {
    return STATE.equals(type) || IGO.equals(type) ? actorId : country;
  }
}
