package dyad.actors;

import dyad.text.Tokens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reference data of actors: states, intergovernmental organisations, people with dated roles,
 * and phrases that are not actors, loaded by name from the resources the build copies from {@code data/gazetteer/}.
 */
public final class Gazetteer {
  public static final String STATES = "dyad/gazetteer/states.tsv";
  public static final String IGOS = "dyad/gazetteer/igos.tsv";
  public static final String NOT_ACTORS = "dyad/gazetteer/not_actors.tsv";
  public static final String PEOPLE = "dyad/gazetteer/people.tsv";
  public static final String FORMER_STATES = "dyad/gazetteer/former_states.tsv";

  /** A state: ISO 3166 alpha-3 id, names, and the forms news uses for it. */
  public record State(String id, String name, String official, String unStatus, List<String> aliases,
      List<String> demonyms, List<String> metonyms, List<String> ambiguous) {}

  /** An intergovernmental organisation: its usual acronym as id, names and seats used as metonyms. */
  public record Igo(String id, String name, List<String> aliases, List<String> metonyms) {}

  private final List<State> states;
  private final List<Igo> igos;
  private final Map<String, String> notActors;
  private final List<Person> people;
  private final Map<String, Person> peopleById = new java.util.HashMap<>();

  private Gazetteer(List<State> states, List<Igo> igos, Map<String, String> notActors, List<Person> people) {
    this.states = List.copyOf(states);
    this.igos = List.copyOf(igos);
    this.notActors = notActors;
    this.people = List.copyOf(people);
    people.forEach(p -> peopleById.put(p.id(), p));
  }

  public static Gazetteer load() {
    List<State> states = new ArrayList<>();
    for (String[] f : rows(STATES, "id", 8)) {
      states.add(new State(f[0], f[1], f[2], f[3], split(f[4]), split(f[5]), split(f[6]), split(f[7])));
    }
    // States that no longer exist (Soviet Union, Yugoslavia, Zaire) are matched as states, "former" in UN status.
    for (String[] f : rows(FORMER_STATES, "id", 10)) {
      states.add(new State(f[0], f[1], f[2], "former", split(f[7]), split(f[8]), split(f[9]), List.of()));
    }
    List<Igo> igos = new ArrayList<>();
    for (String[] f : rows(IGOS, "id", 4)) igos.add(new Igo(f[0], f[1], split(f[2]), split(f[3])));
    Map<String, String> not = new TreeMap<>();
    for (String[] f : rows(NOT_ACTORS, null, 2)) not.put(f[0], f[1]);
    List<Person> people = new ArrayList<>();
    for (String[] f : rows(PEOPLE, "id", 7)) people.add(new Person(f[0], f[1], f[2], split(f[3]), roles(f[0], f[4]), f[6].startsWith("dyad")));
    return new Gazetteer(states, igos, not, people);
  }

  /** COUNTRY|TITLE|START|END;... with dates YYYY[-MM[-DD]], empty when open. */
  private static List<Person.Role> roles(String id, String cell) {
    List<Person.Role> out = new ArrayList<>();
    if (cell.isBlank()) return out;
    for (String r : cell.split(";")) {
      String[] f = Arrays.copyOf(r.split("\\|", -1), 4);
      try {
        out.add(new Person.Role(f[0], f[1], date(f[2], false), date(f[3], true)));
      } catch (RuntimeException e) {
        throw new IllegalStateException(PEOPLE + ": bad role '" + r + "' of " + id, e);
      }
    }
    return List.copyOf(out);
  }

  /** A start is the first day of a partial date; an end the day after its last day (ends are exclusive). */
  static LocalDate date(String s, boolean end) {
    if (s == null || s.isBlank()) return null;
    String[] p = s.split("-");
    int y = Integer.parseInt(p[0]);
    if (p.length == 1) return end ? LocalDate.of(y + 1, 1, 1) : LocalDate.of(y, 1, 1);
    int m = Integer.parseInt(p[1]);
    if (p.length == 2) return end ? LocalDate.of(y, m, 1).plusMonths(1) : LocalDate.of(y, m, 1);
    return LocalDate.of(y, m, Integer.parseInt(p[2]));
  }

  public List<Person> people() {
    return people;
  }

  /** The person (or institution) of that id, or null. */
  public Person person(String id) {
    return peopleById.get(id);
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
