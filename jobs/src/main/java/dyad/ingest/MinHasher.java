package dyad.ingest;

import dyad.text.TokenStream;
import java.io.Serializable;
import java.util.Locale;

/**
 * MinHash signatures of word shingles, and the LSH bands that make near-duplicates meet. With b
 * bands of r rows, two texts of Jaccard similarity s share a band with probability
 * 1 - (1 - s^r)^b: for the default 20 x 5, 99.96 % at s = 0.8 but 4.7 % at s = 0.3, so unrelated
 * articles on the same story rarely become candidates and the work stays near linear. Candidates are
 * confirmed on the similarity the full signatures estimate. Plain Java; Spark maps it over articles.
 */
public final class MinHasher implements Serializable {
  private static final long serialVersionUID = 1L;
  private final int shingleWords;
  private final int bands;
  private final int rows;
  private final long[] seeds;

  public MinHasher(int shingleWords, int bands, int rows, long seed) {
    if (shingleWords < 1 || bands < 1 || rows < 1) throw new IllegalArgumentException("shingleWords, bands and rows must be >= 1");
    this.shingleWords = shingleWords;
    this.bands = bands;
    this.rows = rows;
    this.seeds = new long[bands * rows];
    long s = seed;
    for (int i = 0; i < seeds.length; i++) {
      s = mix(s + 0x9E3779B97F4A7C15L);
      seeds[i] = s;
    }
  }

  /** The signature of a text: see {@link #signature(String, int[])}. */
  public int[] signature(String text) {
    return signature(text, TokenStream.of(text).wordSpans());
  }

  /**
   * The signature: per hash function, the least hash over the text's shingles; null below one
   * shingle. The words are given as [start, end) pairs into {@code text} ({@link TokenStream#wordSpans})
   * and hashed where they stand, lower-cased character by character, without building strings.
   */
  public int[] signature(String text, int[] wordSpans) {
    int words = wordSpans.length / 2;
    int n = words - shingleWords + 1;
    if (n < 1) return null;
    long[] wordHash = new long[words];
    for (int i = 0; i < words; i++) wordHash[i] = hash(text, wordSpans[2 * i], wordSpans[2 * i + 1]);
    int[] sig = new int[seeds.length];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    for (int i = 0; i < n; i++) {
      long sh = 0;
      for (int j = 0; j < shingleWords; j++) sh = mix(sh * 31 + wordHash[i + j]);
      for (int k = 0; k < seeds.length; k++) sig[k] = Math.min(sig[k], (int) (mix(sh ^ seeds[k]) >>> 33));
    }
    return sig;
  }

  /** One key per band: texts that agree on every row of a band share its key. */
  public long[] bandKeys(int[] sig) {
    long[] keys = new long[bands];
    for (int b = 0; b < bands; b++) {
      long h = mix(b + 1L);
      for (int r = 0; r < rows; r++) h = mix(h * 31 + sig[b * rows + r]);
      keys[b] = h;
    }
    return keys;
  }

  /** The Jaccard similarity the two signatures estimate: the share of hash functions that agree. */
  public static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) same++;
    }
    return (double) same / a.length;
  }

  /** 64-bit FNV-1a of a word, finished by {@link #mix}. */
  static long hash(String s) {
    return hash(s, 0, s.length());
  }

  /**
   * {@link #hash(String)} of {@code text[from, to)} lower-cased with {@code Locale.ROOT}: ASCII is
   * lower-cased in place; a word with other characters is lower-cased as a string, since their case
   * rules need it (a final sigma, a dotted capital I).
   */
  static long hash(String text, int from, int to) {
    long h = 0xcbf29ce484222325L;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) return fnv(text.substring(from, to).toLowerCase(Locale.ROOT));
      if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
      h ^= c;
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  private static long fnv(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  /** SplitMix64's finaliser: spreads every input bit over the output. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
