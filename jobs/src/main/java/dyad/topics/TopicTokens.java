package dyad.topics;

import dyad.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tokens for topic models, so that topics are about issues rather than filler or names: lower
 * case, letters only, three letters or more, without function words and news filler words
 * (dyad/topics/news_stopwords.txt), plurals folded to the singular.
 */
public final class TopicTokens {
  public static final String NEWS_STOPWORDS = "dyad/topics/news_stopwords.txt";
  private static final Set<String> STOP = union(Tokens.FUNCTION_WORDS, Tokens.loadWordList(NEWS_STOPWORDS));
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*\\p{L}|\\p{L}");

  private TopicTokens() {}

  private static Set<String> union(Set<String> a, Set<String> b) {
    java.util.HashSet<String> u = new java.util.HashSet<>(a);
    u.addAll(b);
    return Set.copyOf(u);
  }

  /** The tokens of {@code text}; actors' names are masked before, by {@link MentionMask}. */
  public static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
      int apostrophe = w.indexOf('\'');
      if (apostrophe > 0) w = w.substring(0, apostrophe); // China's -> china
      if (w.startsWith(MentionMask.ACTOR_PREFIX)) {
        out.add(w); // an actor's token (topics.actorNames token) is a name, not a word to fold
        continue;
      }
      if (w.length() < 3 || STOP.contains(w)) continue;
      w = singular(w);
      if (!STOP.contains(w)) out.add(w);
    }
    return out;
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
