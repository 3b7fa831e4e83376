package dyad.topics;

import dyad.article.AnalysedArticle;
import dyad.article.ArticleStep;
import dyad.article.ArticleText;
import dyad.core.TopicsConfig.ActorNames;
import dyad.schema.Rows.MentionRow;
import java.util.ArrayList;
import java.util.List;

/**
 * The topics stage's share of the per-article pass: the topic words of each paragraph as written
 * ({@link TopicTokens#words}: the stage folds them into terms and shows terms by their commonest
 * word), read off the article's one token stream with the actors' names masked as topics.actorNames
 * says. An article's words are its paragraphs' in order. The rules are the topic model's: those it
 * is fitted with, or those of a saved model reapplied.
 */
public final class TopicStep implements ArticleStep {
  private static final long serialVersionUID = 1L;
  private final ActorNames mode;
  private final TopicTokens rules;

  public TopicStep(ActorNames mode, TopicTokens rules) {
    this.mode = mode;
    this.rules = rules;
  }

  @Override
  public AnalysedArticle apply(AnalysedArticle a) {
    return a.withTopicTokens(words(a.text(), a.requireMentions(TopicsStage.NAME), mode, rules));
  }

  public static List<List<String>> words(ArticleText text, List<MentionRow> mentions, ActorNames mode, TopicTokens rules) {
    List<List<MentionMask.Span>> spans = new ArrayList<>();
    for (int p = 0; p < text.paragraphs().size(); p++) spans.add(new ArrayList<>());
    for (MentionRow m : mentions) {
      if (m.getParagraph() < spans.size()) spans.get(m.getParagraph()).add(new MentionMask.Span(m.getStart(), m.getEnd(), m.getActorId()));
    }
    List<List<String>> out = new ArrayList<>(spans.size());
    for (int p = 0; p < spans.size(); p++) {
      out.add(MentionMask.words(text.tokens(), text.offset(p), text.paragraphs().get(p).length(), spans.get(p), mode, rules));
    }
    return out;
  }
}
