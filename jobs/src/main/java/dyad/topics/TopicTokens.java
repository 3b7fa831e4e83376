package dyad.topics;

import dyad.text.TokenStream;
import dyad.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tokens for topic models, a filter over the one token stream, so that topics are about issues
 * rather than filler or names: words of letters (apostrophes and hyphens inside), lower case, three
 * letters or more, without function words and news filler words (dyad/topics/news_stopwords.txt),
 * plurals folded to the singular. The words are those of the expression
 * {@code \p{L}[\p{L}'’-]*\p{L}|\p{L}}; actors' names are masked first ({@link MentionMask}).
 */
public final class TopicTokens {
  public static final String NEWS_STOPWORDS = "dyad/topics/news_stopwords.txt";
  private static final Set<String> STOP = union(Tokens.FUNCTION_WORDS, Tokens.loadWordList(NEWS_STOPWORDS));

  private TopicTokens() {}

  private static Set<String> union(Set<String> a, Set<String> b) {
    java.util.HashSet<String> u = new java.util.HashSet<>(a);
    u.addAll(b);
    return Set.copyOf(u);
  }

  /** The tokens of {@code text}; actors' names are masked before, by {@link MentionMask}. */
  public static List<String> of(String text) {
    TokenStream ts = TokenStream.of(text);
    List<String> out = new ArrayList<>();
    add(ts, 0, ts.size(), out);
    return out;
  }

  /** The tokens of runs [from, to) of a stream, none of them masked, added to {@code out}. */
  static void add(TokenStream ts, int from, int to, List<String> out) {
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

  /** One word of the text as a token: lower-cased, without a possessive, filtered and folded. */
  private static void word(String match, List<String> out) {
    String w = match.toLowerCase(Locale.ROOT).replace('’', '\'');
    int apostrophe = w.indexOf('\'');
    if (apostrophe > 0) w = w.substring(0, apostrophe); // China's -> china
    if (w.startsWith(MentionMask.ACTOR_PREFIX)) {
      out.add(w); // an actor's token (topics.actorNames token) is a name, not a word to fold
      return;
    }
    if (w.length() < 3 || STOP.contains(w)) return;
    w = singular(w);
    if (!STOP.contains(w)) out.add(w);
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
}
