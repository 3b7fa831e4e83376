package dyad.actors;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A person of the gazetteer (or one of CAMEO's named institutions, type INSTITUTION): id, canonical
 * name, other spellings, and dated roles. Plain data; the role that counts for an article is the
 * one held at the article's date ({@link #standingAt}). {@code curated}: written for dyad (people_extra.tsv),
 * not only from CAMEO.
 */
public record Person(String id, String type, String name, List<String> aliases, List<Role> roles, boolean curated) {
  /** A role: the state (or organisation) served, the title, and the dates (null = open). */
  public record Role(String country, String title, LocalDate start, LocalDate end) {
    boolean activeAt(LocalDate d) {
      return (start == null || !d.isBefore(start)) && (end == null || d.isBefore(end));
    }

    /** CAMEO's sector words ("government", "elite") are weaker than a real title. */
    public boolean titled() {
      return !SECTOR_WORDS.contains(title);
    }

    public String describe() {
      return country + " " + title + " " + (start == null ? "" : start) + ".." + (end == null ? "" : end);
    }
  }

  /**
   * What a person was at a date: the state they stood for, their title, and whether in office then
   * (null when the article is undated: then the latest role is shown, without "former").
   */
  public record Standing(String country, String title, Boolean active) {
    public String label() {
      return title == null ? null : Boolean.FALSE.equals(active) ? "former " + title : title;
    }
  }

  static final Set<String> SECTOR_WORDS = Set.of("government", "elite", "military", "opposition", "intelligence",
      "judiciary", "legislature", "police", "party", "business", "media", "education", "health", "rebel",
      "organisation");

  /** Active roles first (titled, then latest started); else the last role ended; an undated article takes the latest. */
  private static final Comparator<Role> PREFERRED = Comparator.comparing(Role::titled)
      .thenComparing(Role::start, Comparator.nullsFirst(Comparator.naturalOrder()));

  public Standing standingAt(LocalDate date) {
    if (roles.isEmpty()) return new Standing(null, null, false);
    if (date == null) {
      Role r = roles.stream().max(Comparator.comparing(Role::start, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Role::titled)).orElseThrow();
      return new Standing(r.country(), r.title(), null);
    }
    Role active = roles.stream().filter(r -> r.activeAt(date)).max(PREFERRED).orElse(null);
    if (active != null) return new Standing(active.country(), active.title(), true);
    Role last = roles.stream().filter(r -> r.end() != null && !date.isBefore(r.end()))
        .max(Comparator.comparing(Role::end).thenComparing(Role::titled)).orElse(null);
    if (last != null) return new Standing(last.country(), last.title(), false);
    Role first = roles.stream().min(Comparator.comparing(Role::start, Comparator.nullsFirst(Comparator.naturalOrder()))).orElseThrow();
    return new Standing(first.country(), null, false);
  }

  /** Whether the person held any role at {@code date} (always true for an undated article). */
  public boolean activeAt(LocalDate date) {
    return date == null || roles.stream().anyMatch(r -> r.activeAt(date));
  }

  /**
   * Whether any office had started by {@code date} (always true for an undated article). CAMEO's
   * "elite" roles, which often run from birth, are not an office.
   */
  public boolean begunBy(LocalDate date) {
    return date == null || roles.stream()
        .anyMatch(r -> !"elite".equals(r.title()) && (r.start() == null || !date.isBefore(r.start())));
  }

  /** The countries served in any role. */
  public Set<String> countries() {
    return Set.copyOf(roles.stream().map(Role::country).toList());
  }
}
