package dyad.text;

import java.util.Locale;
import java.util.Set;

/**
 * An immutable set of lower-case words that a word of a text is looked up in where it stands,
 * case-insensitively, without making a string of it: cleaning asks of every word of every article
 * whether it is a function word. A word of ASCII letters (and apostrophes) of up to
 * {@link #PACKED} characters is packed into a long and probed in an open-addressing table; any
 * other word is lower-cased as a string ({@code Locale.ROOT}) and looked up in the set itself, so
 * the answer is always that of {@code words.contains(word.toLowerCase(Locale.ROOT))}.
 */
public final class WordSet {
  /** Characters that fit a long at 7 bits each. */
  static final int PACKED = 9;

  private final Set<String> words;
  private final long[] table;
  private final int mask;

  public WordSet(Set<String> words) {
    this.words = Set.copyOf(words);
    int size = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
    table = new long[size];
    mask = size - 1;
    for (String w : this.words) {
      long k = pack(w, 0, w.length());
      if (k != 0) insert(k);
    }
  }

  private void insert(long k) {
    int i = slot(k);
    while (table[i] != 0 && table[i] != k) i = (i + 1) & mask;
    table[i] = k;
  }

  private int slot(long k) {
    long h = k * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & mask;
  }

  /**
   * The word as a non-zero long, lower-cased: ASCII letters and apostrophes, at most
   * {@link #PACKED} of them; 0 for any other word.
   */
  private static long pack(CharSequence s, int from, int to) {
    if (to - from > PACKED || to <= from) return 0;
    long k = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
      else if (!(c >= 'a' && c <= 'z') && c != '\'') return 0;
      k = (k << 7) | c;
    }
    return k;
  }

  /** Whether {@code text[from, to)}, lower-cased, is one of the words. */
  public boolean contains(String text, int from, int to) {
    long k = pack(text, from, to);
    if (k == 0) return words.contains(text.substring(from, to).toLowerCase(Locale.ROOT));
    for (int i = slot(k); ; i = (i + 1) & mask) {
      long t = table[i];
      if (t == k) return true;
      if (t == 0) return false;
    }
  }

  /** Whether {@code word}, lower-cased, is one of the words. */
  public boolean contains(String word) {
    return contains(word, 0, word.length());
  }
}
