package dyad.schema;

import dyad.text.Tokens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which state a place stood for on a date: Russia in 1987 was part of the Soviet Union, Serbia in
 * 1996 of the Federal Republic of Yugoslavia, Kinshasa's Congo was Zaire, East Timor was no state.
 * Read once per JVM from {@code dyad/gazetteer/state_history.tsv}, with the predecessors and
 * successors of {@code dyad/gazetteer/former_states.tsv}; the state-level roll-up of every stage
 * goes through {@link #stateAt} (applied to each mention's country in the per-article pass).
 */
public final class StateHistory {
  public static final String HISTORY = "dyad/gazetteer/state_history.tsv";
  public static final String FORMER = "dyad/gazetteer/former_states.tsv";

  /** A span of time in which a state of today was part of another (or of none: partOf null). */
  record Period(LocalDate from, LocalDate to, String partOf) {
    boolean covers(LocalDate d) {
      return (from == null || !d.isBefore(from)) && (to == null || d.isBefore(to));
    }
  }

  private static final Map<String, List<Period>> PERIODS = new HashMap<>();
  private static final Map<String, List<String>> PREDECESSORS = new HashMap<>();
  private static final Map<String, List<String>> SUCCESSORS = new HashMap<>();

  static {
    for (String line : Tokens.readResourceLines(HISTORY)) {
      String[] f = Arrays.copyOf(line.split("\t", -1), 4);
      if ("id".equals(f[0])) continue;
      PERIODS.computeIfAbsent(f[0].strip(), k -> new ArrayList<>())
          .add(new Period(date(f[1]), date(f[2]), blankToNull(f[3])));
    }
    Map<String, Set<String>> pred = new HashMap<>();
    Map<String, Set<String>> succ = new HashMap<>();
    for (String line : Tokens.readResourceLines(FORMER)) {
      String[] f = Arrays.copyOf(line.split("\t", -1), 10);
      if ("id".equals(f[0])) continue;
      String id = f[0].strip();
      for (String p : split(f[5])) {
        pred.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(p);
        succ.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(id);
      }
      for (String s : split(f[6])) {
        succ.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(s);
        pred.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(id);
      }
    }
    pred.forEach((k, v) -> PREDECESSORS.put(k, List.copyOf(v)));
    succ.forEach((k, v) -> SUCCESSORS.put(k, List.copyOf(v)));
  }

  private StateHistory() {}

  /**
   * The state {@code id} stood for on {@code date}: itself, the state it was part of or called then,
   * or null when it was no state then. Undated (or not a state's id): {@code id} itself.
   */
  public static String stateAt(String id, LocalDate date) {
    if (id == null || date == null) return id;
    List<Period> ps = PERIODS.get(id);
    if (ps == null) return id;
    for (Period p : ps) {
      if (p.covers(date)) return p.partOf();
    }
    return id;
  }

  /** The states before this one (the former states it came from, or the one it was renamed from). */
  public static List<String> predecessors(String id) {
    return PREDECESSORS.getOrDefault(id, List.of());
  }

  /** The states after this one (for a former state, the continuator first). */
  public static List<String> successors(String id) {
    return SUCCESSORS.getOrDefault(id, List.of());
  }

  private static LocalDate date(String s) {
    return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static List<String> split(String cell) {
    if (cell == null || cell.isBlank()) return List.of();
    List<String> out = new ArrayList<>();
    for (String s : cell.split("\\|")) {
      if (!s.isBlank()) out.add(s.strip());
    }
    return out;
  }
}
