package dyad.actors;

import dyad.text.Tokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reference data of actors: states, intergovernmental organisations, and phrases that are not
 * actors, loaded by name from the resources the build copies from {@code data/gazetteer/}.
 */
public final class Gazetteer {
  public static final String STATES = "dyad/gazetteer/states.tsv";
  public static final String IGOS = "dyad/gazetteer/igos.tsv";
  public static final String NOT_ACTORS = "dyad/gazetteer/not_actors.tsv";

  /** A state: ISO 3166 alpha-3 id, names, and the forms news uses for it. */
  public record State(String id, String name, String official, String unStatus, List<String> aliases,
      List<String> demonyms, List<String> metonyms, List<String> ambiguous) {}

  /** An intergovernmental organisation: its usual acronym as id, names and seats used as metonyms. */
  public record Igo(String id, String name, List<String> aliases, List<String> metonyms) {}

  private final List<State> states;
  private final List<Igo> igos;
  private final Map<String, String> notActors;

  private Gazetteer(List<State> states, List<Igo> igos, Map<String, String> notActors) {
    this.states = List.copyOf(states);
    this.igos = List.copyOf(igos);
    this.notActors = notActors;
  }

  public static Gazetteer load() {
    List<State> states = new ArrayList<>();
    for (String[] f : rows(STATES, "id", 8)) {
      states.add(new State(f[0], f[1], f[2], f[3], split(f[4]), split(f[5]), split(f[6]), split(f[7])));
    }
    List<Igo> igos = new ArrayList<>();
    for (String[] f : rows(IGOS, "id", 4)) igos.add(new Igo(f[0], f[1], split(f[2]), split(f[3])));
    Map<String, String> not = new TreeMap<>();
    for (String[] f : rows(NOT_ACTORS, null, 2)) not.put(f[0], f[1]);
    return new Gazetteer(states, igos, not);
  }

  public List<State> states() {
    return states;
  }

  public List<Igo> igos() {
    return igos;
  }

  /** Phrase -> what it is instead (a sea, a newspaper, a company ...). */
  public Map<String, String> notActors() {
    return notActors;
  }

  /** Data rows of a TSV resource: comments and the header (first cell {@code header}) skipped. */
  private static List<String[]> rows(String resource, String header, int columns) {
    List<String[]> out = new ArrayList<>();
    for (String line : Tokens.readResourceLines(resource)) {
      // Lines come stripped, so trailing empty cells may be missing: pad them back.
      String[] f = Arrays.copyOf(line.split("\t", -1), columns);
      if (header != null && header.equals(f[0])) continue;
      for (int i = 0; i < columns; i++) f[i] = f[i] == null ? "" : f[i].strip();
      out.add(f);
    }
    return out;
  }

  private static List<String> split(String cell) {
    if (cell == null || cell.isBlank()) return List.of();
    List<String> out = new ArrayList<>();
    for (String s : cell.split("\\|")) {
      if (!s.isBlank()) out.add(s.strip());
    }
    return List.copyOf(out);
  }
}
