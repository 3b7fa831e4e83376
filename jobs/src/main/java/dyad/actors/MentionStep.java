package dyad.actors;

import dyad.article.AnalysedArticle;
import dyad.article.ArticleStep;
import dyad.article.ArticleText;
import dyad.schema.ActorType;
import dyad.schema.StateHistory;
import dyad.schema.Rows.MentionRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The actors stage's share of the per-article pass: the matcher over the article's one token
 * stream, at the article's date (people's roles are dated), and each mention placed by paragraph
 * and sentence. The matcher sees the whole article at once, since ambiguous forms and short names
 * are resolved by what else the article names.
 */
public final class MentionStep implements ArticleStep {
  private static final long serialVersionUID = 1L;

  /** One matcher per executor JVM: the gazetteer is loaded once, not per task or per row. */
  static final class Holder {
    static final Gazetteer GAZETTEER = Gazetteer.load();
    static final ActorMatcher MATCHER = new ActorMatcher(GAZETTEER);

    private Holder() {}
  }

  /** The matcher of this JVM, over the shipped gazetteer. */
  public static ActorMatcher matcher() {
    return Holder.MATCHER;
  }

  @Override
  public void prepare() {
    matcher();
  }

  @Override
  public AnalysedArticle apply(AnalysedArticle a) {
    return a.withMentions(mentions(Holder.MATCHER, a.articleId(), a.text(), a.date()));
  }

  /** The mentions of one article's text, placed: paragraph, sentence, offsets within the paragraph. */
  public static List<MentionRow> mentions(ActorMatcher matcher, String articleId, ArticleText text, java.time.LocalDate date) {
    List<MentionRow> out = new ArrayList<>();
    for (ActorMatcher.Mention m : matcher.find(text.tokens(), date)) {
      int p = text.paragraphAt(m.start());
      int start = m.start() - text.offset(p);
      MentionRow r = new MentionRow();
      r.setArticleId(articleId);
      r.setParagraph(p);
      r.setSentence(text.sentenceAt(p, start));
      r.setStart(start);
      r.setEnd(m.end() - text.offset(p));
      r.setSurface(m.surface());
      r.setActorId(m.actorId());
      r.setType(m.type());
      // The state it stood for then: "Moscow" in 1987 is the Soviet Union's, "Belgrade" in 1996 Yugoslavia's.
      r.setCountry(StateHistory.stateAt(m.country(), date));
      r.setMatchKind(lower(m.match()));
      r.setForm(lower(m.kind()));
      r.setRole(m.role());
      r.setConfidence(confidence(m));
      r.setName(m.name());
      out.add(r);
    }
    return out;
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  /** Names are surest; indirect forms, misspellings, short names and titles less; context-decided forms least. */
  static double confidence(ActorMatcher.Mention m) {
    double c = switch (m.match()) {
      case EXACT -> 1.0;
      case ALIAS -> switch (m.kind()) {
        case DEMONYM -> 0.9;
        case METONYM -> 0.85;
        default -> ActorType.PERSON.name().equals(m.type()) && !m.surface().contains(" ") ? 0.85 : 0.95;
      };
      case COREFERENCE, TITLED -> 0.8;
      case FUZZY -> 0.75;
      case INFERRED -> 0.6;
    };
    return m.contextResolved() ? c * 0.8 : c;
  }
}
