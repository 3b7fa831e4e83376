package dyad.actors;

import dyad.text.SentenceSplitter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The mentions of one article, placed by paragraph and sentence. The matcher sees the whole article
 * at once, since ambiguous forms and short names are resolved by what else the article names, and
 * at the article's date, since people's roles are dated. Plain Java.
 */
public final class ArticleMentions {
  /** A mention with its place: paragraph and sentence index, offsets within the paragraph. */
  public record Placed(int paragraph, int sentence, int start, int end, ActorMatcher.Mention mention) {}

  private ArticleMentions() {}

  public static List<Placed> find(ActorMatcher matcher, List<String> paragraphs, LocalDate date) {
    StringBuilder text = new StringBuilder();
    int[] offsets = new int[paragraphs.size()];
    for (int i = 0; i < paragraphs.size(); i++) {
      if (i > 0) text.append("\n\n");
      offsets[i] = text.length();
      text.append(paragraphs.get(i));
    }
    List<Placed> out = new ArrayList<>();
    int p = 0;
    List<SentenceSplitter.Span> sentences = paragraphs.isEmpty() ? List.of() : SentenceSplitter.split(paragraphs.get(0));
    for (ActorMatcher.Mention m : matcher.find(text.toString(), date)) {
      while (p + 1 < paragraphs.size() && m.start() >= offsets[p + 1]) {
        p++;
        sentences = SentenceSplitter.split(paragraphs.get(p));
      }
      int start = m.start() - offsets[p];
      int s = 0;
      while (s + 1 < sentences.size() && start >= sentences.get(s + 1).start()) s++;
      out.add(new Placed(p, s, start, m.end() - offsets[p], m));
    }
    return out;
  }
}
