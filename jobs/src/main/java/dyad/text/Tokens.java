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
   * ({@link TokenStream#wordSpans}), built in one buffer: each character lower-cased as it is copied,
   * which is what lower-casing the joined words does, save for the characters whose lower case
   * needs their context or more than one character (a final sigma, a dotted capital I, characters
   * beyond the BMP): a word with one of those is lower-cased as a string.
   */
  public static String fingerprintForm(String text, int[] wordSpans) {
    return fingerprintForm(text, wordSpans, "");
  }

  /** {@link #fingerprintForm(String, int[])} with {@code pad} before and after it. */
  public static String fingerprintForm(String text, int[] wordSpans, String pad) {
    int size = 2 * pad.length() + wordSpans.length / 2;
    for (int k = 0; k < wordSpans.length; k += 2) size += wordSpans[k + 1] - wordSpans[k];
    char[] buf = new char[size];
    int n = 0;
    for (int i = 0; i < pad.length(); i++) buf[n++] = pad.charAt(i);
    for (int k = 0; k < wordSpans.length; k += 2) {
      if (k > 0) buf[n++] = ' ';
      int from = wordSpans[k];
      int to = wordSpans[k + 1];
      int at = n;
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (c < 0x80) {
          buf[n++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
          continue;
        }
        int lower = c == '\u03A3' || c == '\u0130' || Character.isSurrogate(c) ? -1 : Character.toLowerCase((int) c);
        if (lower >= 0 && Character.isBmpCodePoint(lower)) {
          buf[n++] = (char) lower;
          continue;
        }
        String word = text.substring(from, to).toLowerCase(Locale.ROOT);
        if (word.length() != to - from) {
          buf = java.util.Arrays.copyOf(buf, buf.length + word.length() - (to - from));
        }
        word.getChars(0, word.length(), buf, at);
        n = at + word.length();
        break;
      }
    }
    for (int i = 0; i < pad.length(); i++) buf[n++] = pad.charAt(i);
    return new String(buf, 0, n);
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
