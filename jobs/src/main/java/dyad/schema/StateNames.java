package dyad.schema;

import dyad.text.Tokens;
import java.util.HashMap;
import java.util.Map;

/**
 * The names of the states and organisations that actors roll up to ({@link ActorType#stateOf}),
 * from the gazetteer's state and organisation lists: at state level a state may be known only
 * through its people, so its name comes from here, not from the mentions. Loaded once per JVM
 * (a few hundred entries, none of the gazetteer's people).
 */
public final class StateNames {
  public static final String STATES = "dyad/gazetteer/states.tsv";
  public static final String IGOS = "dyad/gazetteer/igos.tsv";
  public static final String FORMER_STATES = "dyad/gazetteer/former_states.tsv";
  private static final Map<String, String> NAMES = load();

  private StateNames() {}

  /** The name of a state or organisation id, or null for another id. */
  public static String of(String id) {
    return NAMES.get(id);
  }

  /** Every id with its name. */
  public static Map<String, String> all() {
    return NAMES;
  }

  private static Map<String, String> load() {
    Map<String, String> m = new HashMap<>();
    for (String resource : new String[] {STATES, IGOS, FORMER_STATES}) {
      for (String line : Tokens.readResourceLines(resource)) {
        String[] f = line.split("\t", 3);
        if (f.length >= 2 && !f[0].strip().equals("id")) m.put(f[0].strip(), f[1].strip());
      }
    }
    return Map.copyOf(m);
  }
}
