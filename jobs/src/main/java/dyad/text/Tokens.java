package dyad.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Word-level helpers shared by every stage: the words of a text, one English function-word list, resource lists. */
public final class Tokens {
  private Tokens() {}

  /** English function words (resource dyad/text/function_words.txt), lower case. */
  public static final Set<String> FUNCTION_WORDS = loadWordList("dyad/text/function_words.txt");

  /** {@link #FUNCTION_WORDS} to look words up in where they stand in a text. */
  public static final WordSet FUNCTION = new WordSet(FUNCTION_WORDS);

  /** Words: maximal runs of letters or digits, apostrophes inside a word kept ("don't", "China's"). See {@link TokenStream#words}. */
  public static List<String> words(String text) {
    return text == null ? new java.util.ArrayList<>() : TokenStream.of(text).words();
  }

  /** The number of {@link #words}: ingest counts the words of every article and item. */
  public static int countWords(String text) {
    return text == null ? 0 : TokenStream.of(text).wordSpans().length / 2;
  }

  /** Lower-cased words joined by single spaces: the form used for hashing and containment checks. */
  public static String fingerprintForm(String text) {
    return text == null ? "" : fingerprintForm(text, TokenStream.of(text).wordSpans());
  }

  /**
   * {@link #fingerprintForm(String)} of words given as [start, end) pairs into {@code text}
   * ({@link TokenStream#wordSpans}), built in one buffer: ASCII lower-cased as it is copied, any
   * other word lower-cased as a string, which is the same as lower-casing the joined words.
   */
  public static String fingerprintForm(String text, int[] wordSpans) {
    return fingerprintForm(text, wordSpans, new StringBuilder(text.length())).toString();
  }

  /** {@link #fingerprintForm(String, int[])} appended to {@code sb}. */
  public static StringBuilder fingerprintForm(String text, int[] wordSpans, StringBuilder sb) {
    int first = sb.length();
    for (int k = 0; k < wordSpans.length; k += 2) {
      if (sb.length() > first) sb.append(' ');
      int from = wordSpans[k];
      int to = wordSpans[k + 1];
      int at = sb.length();
      boolean ascii = true;
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (c >= 0x80) {
          ascii = false;
          break;
        }
        sb.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
      }
      if (!ascii) {
        sb.setLength(at);
        sb.append(text.substring(from, to).toLowerCase(Locale.ROOT));
      }
    }
    return sb;
  }

  /**
   * {@link #fingerprintForm(String)} of words already split. Lower-cased once, joined: the same as
   * word by word, since a space is no case-ignorable character (the context of a final sigma).
   */
  public static String fingerprintForm(List<String> words) {
    return String.join(" ", words).toLowerCase(Locale.ROOT);
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
    List<String> out = new java.util.ArrayList<>();
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
