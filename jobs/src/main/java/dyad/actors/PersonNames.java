package dyad.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How people's names are keyed, given ids, and shortened. The short form is what news calls a
 * person once the full name has been given: the family name with its particles ("von der Leyen"),
 * or, for names written family name first, the first word (Xi, Wang, Kim, Tsai).
 */
public final class PersonNames {
  /** Countries whose officials' names are written family name first in English news. */
  static final Set<String> FAMILY_FIRST = Set.of("CHN", "TWN", "HKG", "MAC", "PRK", "KOR", "SGP", "KHM");
  private static final Set<String> PARTICLES = Set.of("de", "da", "do", "dos", "das", "van", "von", "der", "den",
      "al", "el", "bin", "ibn", "le", "la", "di", "du", "del", "della", "ter", "ben");

  private PersonNames() {}

  /** Lower case, accents removed, words of letters and digits only: "Clément Beaune" = "clement beaune". */
  public static String key(String name) {
    String k = ActorTokenizer.key(name);
    return String.join(" ", k.split("[^\\p{L}\\p{N}]+")).strip();
  }

  /** The id of a person not in the gazetteer: the same shape as the gazetteer's ids ("caroline-wilson"). */
  public static String slug(String name) {
    return key(name).replace(' ', '-');
  }

  /** The short form of a name of two words or more, or null. */
  public static String shortForm(String name, Set<String> countries) {
    List<String> words = List.of(name.strip().split("\\s+"));
    if (words.size() < 2) return null;
    if (countries.stream().anyMatch(FAMILY_FIRST::contains)) return words.get(0);
    int i = words.size() - 1;
    while (i > 1 && PARTICLES.contains(words.get(i - 1).toLowerCase(Locale.ROOT))) i--;
    String s = String.join(" ", words.subList(i, words.size()));
    // A suffix is not a name: "Ferdinand Marcos Jr." is Marcos.
    if (s.matches("(?i)jr\\.?|sr\\.?|i|ii|iii|iv|v|vi|xiv")) s = words.get(words.size() - 2);
    return s;
  }

  /** A name as written in the text, in the case news uses for names ("Caroline wilson" = "Caroline Wilson"). */
  public static String display(String surface) {
    StringBuilder sb = new StringBuilder(surface.length());
    boolean start = true;
    for (int i = 0; i < surface.length(); i++) {
      char c = surface.charAt(i);
      sb.append(start ? Character.toUpperCase(c) : c);
      start = Character.isWhitespace(c) || c == '-';
    }
    return sb.toString();
  }
}
