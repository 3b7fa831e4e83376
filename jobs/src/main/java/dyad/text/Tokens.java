package dyad.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Word-level helpers shared by every stage: one tokenisation, one English function-word list. */
public final class Tokens {
  private Tokens() {}

  /** English function words (resource dyad/text/function_words.txt), lower case. */
  public static final Set<String> FUNCTION_WORDS = loadWordList("dyad/text/function_words.txt");

  /** Words: maximal runs of letters or digits, apostrophes inside a word kept ("don't", "China's"). */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) return out;
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) i++;
      int start = i;
      while (i < n) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          i++;
        } else if (c == '\'' && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1)) && i > start) {
          i++;
        } else {
          break;
        }
      }
      if (i > start) out.add(text.substring(start, i));
    }
    return out;
  }

  public static int countWords(String text) {
    return words(text).size();
  }

  /** Lower-cased words joined by single spaces: the form used for hashing and containment checks. */
  public static String fingerprintForm(String text) {
    StringBuilder sb = new StringBuilder();
    for (String w : words(text)) {
      if (sb.length() > 0) sb.append(' ');
      sb.append(w.toLowerCase(Locale.ROOT));
    }
    return sb.toString();
  }

  /** Loads a resource word list: one entry per line, '#' starts a comment, blank lines ignored. */
  public static Set<String> loadWordList(String resource) {
    Set<String> out = new HashSet<>();
    for (String line : readResourceLines(resource)) out.add(line.toLowerCase(Locale.ROOT));
    return Set.copyOf(out);
  }

  /** Non-comment, non-blank, trimmed lines of a UTF-8 classpath resource. */
  public static List<String> readResourceLines(String resource) {
    InputStream in = Tokens.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) throw new IllegalStateException("missing resource on the classpath: " + resource);
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) continue;
        out.add(t);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
    return out;
  }
}
