package dyad.text;

import java.util.ArrayList;
import java.util.List;

/**
 * dyad's one tokenizer, as Lucene's: a text split once into runs of one character class (letters,
 * marks, digits, other numbers; every other visible character a run of its own), with offsets. What
 * each consumer calls a token is a small filter over these runs: the words of cleaning and
 * deduplication ({@link #words}), the actor matcher's tokens (inner dots and apostrophes joined),
 * sentiment's (hyphens and apostrophes joined, numbers, the punctuation that ends clauses) and
 * topics' (letters only). So an article is tokenised once, and every stage sees the same word
 * boundaries. Immutable once built.
 *
 * <p>The classes follow the character classes of the regular expressions the filters replace, so
 * that each filter gives exactly the tokens its expression gave: whitespace is Java's {@code \s}
 * (ASCII), letters {@code \p{L}}, marks {@code \p{M}}, ASCII digits {@code \d}; other decimal digits
 * and other numbers are kept apart because {@link Character#isLetterOrDigit(char)} (the words
 * filter) counts the first and not the second, nor letters outside the BMP.
 */
public final class TokenStream {
  /** A letter of the BMP. */
  public static final byte LETTER = 0;
  /** A letter outside the BMP (a letter to {@code \p{L}}, not to {@code Character.isLetterOrDigit(char)}). */
  public static final byte LETTER_SUPPLEMENTARY = 1;
  /** A combining mark. */
  public static final byte MARK = 2;
  /** An ASCII digit. */
  public static final byte DIGIT = 3;
  /** Another decimal digit of the BMP. */
  public static final byte DECIMAL = 4;
  /** Another number: letter numbers, other numbers, decimal digits outside the BMP. */
  public static final byte NUMBER = 5;
  /** Any other character that is not whitespace: a run of one code point. */
  public static final byte SINGLE = 6;

  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final byte[] kinds;
  private final int size;

  private TokenStream(String text, int[] starts, int[] ends, byte[] kinds, int size) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.kinds = kinds;
    this.size = size;
  }

  /** The class of each ASCII character; -1 for whitespace. */
  private static final byte[] ASCII = new byte[128];

  static {
    for (int c = 0; c < 128; c++) {
      ASCII[c] = isSpace((char) c) ? -1 : (c >= '0' && c <= '9') ? DIGIT
          : ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ? LETTER : SINGLE;
    }
  }

  /** The runs of {@code text}. */
  public static TokenStream of(String text) {
    int n = text.length();
    int cap = Math.max(8, n / 3);
    int[] starts = new int[cap];
    int[] ends = new int[cap];
    byte[] kinds = new byte[cap];
    int size = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      byte kind;
      int j;
      if (c < 0x80) { // the common case, a table look-up
        kind = ASCII[c];
        if (kind < 0) {
          i++;
          continue;
        }
        j = i + 1;
      } else {
        int cp = Character.codePointAt(text, i);
        kind = classOf(cp);
        j = i + Character.charCount(cp);
      }
      if (kind != SINGLE) {
        while (j < n) {
          char d = text.charAt(j);
          if (d < 0x80) {
            if (ASCII[d] != kind) break;
            j++;
          } else {
            int next = Character.codePointAt(text, j);
            if (classOf(next) != kind) break;
            j += Character.charCount(next);
          }
        }
      }
      if (size == starts.length) {
        starts = java.util.Arrays.copyOf(starts, size * 2);
        ends = java.util.Arrays.copyOf(ends, size * 2);
        kinds = java.util.Arrays.copyOf(kinds, size * 2);
      }
      starts[size] = i;
      ends[size] = j;
      kinds[size] = kind;
      size++;
      i = j;
    }
    return new TokenStream(text, starts, ends, kinds, size);
  }

  /**
   * The stream of {@code text}, the texts of {@code parts} joined by {@code separator}, from the
   * parts' streams: the same runs as {@link #of}(text), since runs are read character by character
   * and a separator of whitespace ends every run and joins none.
   */
  public static TokenStream join(List<TokenStream> parts, String separator, String text) {
    for (int i = 0; i < separator.length(); i++) {
      if (!isSpace(separator.charAt(i))) throw new IllegalArgumentException("the separator must be whitespace");
    }
    int size = 0;
    for (TokenStream p : parts) size += p.size;
    int[] starts = new int[Math.max(1, size)];
    int[] ends = new int[starts.length];
    byte[] kinds = new byte[starts.length];
    int n = 0;
    int offset = 0;
    for (int k = 0; k < parts.size(); k++) {
      TokenStream p = parts.get(k);
      if (k > 0) offset += separator.length();
      if (!text.startsWith(p.text, offset)) throw new IllegalArgumentException("part " + k + " is not where the text has it");
      for (int i = 0; i < p.size; i++, n++) {
        starts[n] = p.starts[i] + offset;
        ends[n] = p.ends[i] + offset;
        kinds[n] = p.kinds[i];
      }
      offset += p.text.length();
    }
    if (offset != text.length()) throw new IllegalArgumentException("the parts do not make the text");
    return new TokenStream(text, starts, ends, kinds, n);
  }

  /** Java regex's {@code \s}: space, tab, newline, vertical tab, form feed, carriage return. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B';
  }

  private static byte classOf(int cp) {
    if (cp < 0x80) {
      if (cp >= '0' && cp <= '9') return DIGIT;
      if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return LETTER;
      return SINGLE;
    }
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
          Character.OTHER_LETTER:
        return cp > 0xFFFF ? LETTER_SUPPLEMENTARY : LETTER;
      case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK:
        return MARK;
      case Character.DECIMAL_DIGIT_NUMBER:
        return cp > 0xFFFF ? NUMBER : DECIMAL;
      case Character.LETTER_NUMBER, Character.OTHER_NUMBER:
        return NUMBER;
      default:
        return SINGLE;
    }
  }

  public String text() {
    return text;
  }

  /** The number of runs. */
  public int size() {
    return size;
  }

  public int start(int run) {
    return starts[run];
  }

  public int end(int run) {
    return ends[run];
  }

  public byte kind(int run) {
    return kinds[run];
  }

  /** The first character of a run. */
  public char first(int run) {
    return text.charAt(starts[run]);
  }

  /** Whether a run starts where the one before it ends (no space between). */
  public boolean joined(int run) {
    return run > 0 && starts[run] == ends[run - 1];
  }

  /** Whether run {@code run} exists, is joined to the one before it and is the single character {@code c}. */
  public boolean joinedChar(int run, char c) {
    return run < size && joined(run) && kinds[run] == SINGLE && text.charAt(starts[run]) == c;
  }

  /** The first run that starts at or after {@code offset}. */
  public int at(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Letters and digits to {@link Character#isLetterOrDigit(char)}: what the words filter builds words of. */
  private static boolean wordKind(byte k) {
    return k == LETTER || k == DIGIT || k == DECIMAL;
  }

  /**
   * The words of cleaning, counting and deduplication as [start, end) pairs: maximal runs of letters
   * or digits, apostrophes inside a word kept ("don't", "China's").
   */
  public int[] wordSpans() {
    int[] out = new int[16];
    int n = 0;
    for (int i = 0; i < size; i++) {
      if (!wordKind(kinds[i])) continue;
      int j = i;
      while (true) {
        if (j + 1 < size && joined(j + 1) && wordKind(kinds[j + 1])) {
          j++;
        } else if (j + 2 < size && joinedChar(j + 1, '\'') && joined(j + 2) && wordKind(kinds[j + 2])) {
          j += 2;
        } else {
          break;
        }
      }
      if (n + 2 > out.length) out = java.util.Arrays.copyOf(out, out.length * 2);
      out[n++] = starts[i];
      out[n++] = ends[j];
      i = j;
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** The words of {@link #wordSpans} as strings. */
  public List<String> words() {
    int[] spans = wordSpans();
    List<String> out = new ArrayList<>(spans.length / 2);
    for (int k = 0; k < spans.length; k += 2) out.add(text.substring(spans[k], spans[k + 1]));
    return out;
  }
}
