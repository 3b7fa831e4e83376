package dyad.topics;

import dyad.core.TopicsConfig.Folding;
import dyad.text.TokenStream;
import dyad.text.Tokens;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules that turn text into the terms of a topic model, as an immutable value, so that a saved
 * model keeps the rules it was fitted with ({@link NewsTokenizer} holds them as Params). Two steps,
 * a filter over the one token stream and a fold:
 * <ul>
 *   <li>{@link #words}: words of letters (apostrophes and hyphens inside) as written, lower case,
 *       without a possessive, three letters or more, not a stop word. These are the surface forms
 *       shown to readers ("series", "always"). The words are those of the expression
 *       {@code \p{L}[\p{L}'’-]*\p{L}|\p{L}}; actors' names are masked first ({@link MentionMask}).
 *   <li>{@link #fold}: the term a word is counted as ({@link Folding}); a folded form that is a
 *       stop word is dropped.
 * </ul>
 */
public final class TopicTokens implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final String NEWS_STOPWORDS = "dyad/topics/news_stopwords.txt";
  /** Words shorter than this are never terms. */
  public static final int MIN_LENGTH = 3;

  /** Function words and news filler words (dyad/topics/news_stopwords.txt), words unfolded: what dyad fits with by default. */
  public static final TopicTokens DEFAULT = of(union(Tokens.FUNCTION_WORDS, Tokens.loadWordList(NEWS_STOPWORDS)), Folding.NONE);

  private final Set<String> stop;
  private final Folding folding;

  private TopicTokens(Set<String> stop, Folding folding) {
    this.stop = stop;
    this.folding = folding;
  }

  /** Rules with these stop words (lower case) and folding. */
  public static TopicTokens of(Set<String> stopWords, Folding folding) {
    if (folding == null) throw new IllegalArgumentException("folding must be given");
    for (String w : stopWords) {
      if (!validStopWord(w)) throw new IllegalArgumentException("stop words must be lower-case words, got '" + w + "'");
    }
    return new TopicTokens(Set.copyOf(stopWords), folding);
  }

  /** Whether {@code w} can be a stop word: a non-blank word in lower case. */
  public static boolean validStopWord(String w) {
    return w != null && !w.isBlank() && w.equals(w.toLowerCase(Locale.ROOT));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> u = new HashSet<>(a);
    u.addAll(b);
    return u;
  }

  /** The stop words, sorted (as a saved Param holds them). */
  public List<String> stopWords() {
    return List.copyOf(new TreeSet<>(stop));
  }

  public Folding folding() {
    return folding;
  }

  /** The same stop words with another folding (topics.folding). */
  public TopicTokens withFolding(Folding f) {
    return f == folding ? this : new TopicTokens(stop, f);
  }

  /** The terms of {@code text}: its {@link #words}, each folded. */
  public List<String> terms(String text) {
    return terms(words(text));
  }

  /** The words, each folded; words whose folded form is a stop word are left out. */
  public List<String> terms(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      String t = fold(w);
      if (t != null) out.add(t);
    }
    return out;
  }

  /** The surface words of {@code text}; actors' names are masked before, by {@link MentionMask}. */
  public List<String> words(String text) {
    TokenStream ts = TokenStream.of(text);
    List<String> out = new ArrayList<>();
    words(ts, 0, ts.size(), out);
    return out;
  }

  /** The surface words of runs [from, to) of a stream, none of them masked, added to {@code out}. */
  void words(TokenStream ts, int from, int to, List<String> out) {
    String text = ts.text();
    for (int i = from; i < to; i++) {
      byte k = ts.kind(i);
      if (k != TokenStream.LETTER && k != TokenStream.LETTER_SUPPLEMENTARY) continue;
      int j = i;
      while (j + 1 < to && ts.joined(j + 1) && (letter(ts.kind(j + 1))
          || ts.joinedChar(j + 1, '\'') || ts.joinedChar(j + 1, '’') || ts.joinedChar(j + 1, '-'))) {
        j++;
      }
      int last = j;
      while (!letter(ts.kind(last))) last--; // a word ends in a letter
      word(text.substring(ts.start(i), ts.end(last)), out);
      i = j;
    }
  }

  private static boolean letter(byte k) {
    return k == TokenStream.LETTER || k == TokenStream.LETTER_SUPPLEMENTARY;
  }

  /** One word of the text: lower-cased, without a possessive, filtered. */
  private void word(String match, List<String> out) {
    String w = match.toLowerCase(Locale.ROOT).replace('’', '\'');
    int apostrophe = w.indexOf('\'');
    if (apostrophe > 0) w = w.substring(0, apostrophe); // China's -> china
    if (w.startsWith(MentionMask.ACTOR_PREFIX)) {
      out.add(w); // an actor's token (topics.actorNames token) is a name, not a word
      return;
    }
    if (w.length() >= MIN_LENGTH && !stop.contains(w)) out.add(w);
  }

  /** The term a surface word counts as, or null when that is a stop word. Actors' tokens are kept as they are. */
  public String fold(String word) {
    if (word.startsWith(MentionMask.ACTOR_PREFIX) || folding == Folding.NONE) return word;
    String t = singular(word);
    return t == word || !stop.contains(t) ? t : null;
  }

  /** Regular English plurals to the singular: policies -> policy, talks -> talk; not news, crisis, glass. */
  static String singular(String w) {
    int n = w.length();
    if (n > 4 && w.endsWith("ies")) return w.substring(0, n - 3) + "y";
    if (n > 4 && (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes"))) return w.substring(0, n - 2);
    if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && !w.endsWith("ws")) {
      return w.substring(0, n - 1);
    }
    return w;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TopicTokens t && t.stop.equals(stop) && t.folding == folding;
  }

  @Override
  public int hashCode() {
    return stop.hashCode() * 31 + folding.hashCode();
  }
}
