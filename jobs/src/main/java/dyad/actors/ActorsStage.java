package dyad.actors;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.mode;
import static org.apache.spark.sql.functions.when;

import dyad.article.ArticleStep;
import dyad.core.DyadConfig;
import dyad.schema.ActorType;
import dyad.schema.StateHistory;
import dyad.schema.Rows.ActorRow;
import dyad.schema.Tables;
import dyad.stage.Corpus;
import dyad.stage.Part;
import dyad.stage.Stage;
import dyad.stage.StageContext;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * The actors stage: the states, intergovernmental organisations and people with dated roles an
 * article names (the gazetteer of data/gazetteer), and people the gazetteer lacks by their titles.
 * Its step ({@link MentionStep}) finds the mentions in the per-article pass; its corpus-wide work
 * writes them ({@code mentions}) and counts them per actor ({@code actors}).
 */
public final class ActorsStage implements Stage {
  public static final String NAME = "actors";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Part> adds() {
    return Set.of(Part.MENTIONS);
  }

  @Override
  public Set<Part> needs() {
    return Set.of(Part.ARTICLE);
  }

  @Override
  public List<Tables.Table> writes() {
    return List.of(Tables.MENTIONS, Tables.ACTORS);
  }

  @Override
  public ArticleStep step(DyadConfig cfg) {
    return new MentionStep();
  }

  @Override
  public Corpus run(Corpus corpus, StageContext ctx) {
    Dataset<Row> mentions = corpus.mentions();
    ctx.write(Tables.MENTIONS, mentions);
    // The pass's mentions carry each actor's display name, which the table leaves out: the actors table needs it.
    Column roleText = concat_ws(" ", col("country"), col("role"));
    Dataset<Counted> counted = mentions.groupBy("actorId", "type")
        .agg(count(lit(1)).as("mentions"), countDistinct("articleId").as("articles"), max("name").as("foundName"),
            mode(col("country"), true).as("foundCountry"),
            array_sort(collect_set(when(col("type").equalTo(ActorType.PERSON.name()).and(col("role").isNotNull()), roleText)))
                .as("foundRoles"))
        .as(Encoders.bean(Counted.class));
    ctx.write(Tables.ACTORS, counted.map((MapFunction<Counted, ActorRow>) ActorsStage::actor, Encoders.bean(ActorRow.class)));
    return corpus;
  }

  /** An actor's counts over its mentions, and what the mentions say of its name, state and roles. */
  public static final class Counted implements Serializable {
    private static final long serialVersionUID = 1L;
    private String actorId;
    private String type;
    private long mentions;
    private long articles;
    private String foundName;
    private String foundCountry;
    private List<String> foundRoles;

    public String getActorId() { return actorId; }
    public void setActorId(String v) { actorId = v; }
    public String getType() { return type; }
    public void setType(String v) { type = v; }
    public long getMentions() { return mentions; }
    public void setMentions(long v) { mentions = v; }
    public long getArticles() { return articles; }
    public void setArticles(long v) { articles = v; }
    public String getFoundName() { return foundName; }
    public void setFoundName(String v) { foundName = v; }
    public String getFoundCountry() { return foundCountry; }
    public void setFoundCountry(String v) { foundCountry = v; }
    public List<String> getFoundRoles() { return foundRoles; }
    public void setFoundRoles(List<String> v) { foundRoles = v; }
  }

  /**
   * The actors table's row: the gazetteer's name, home country and dated roles, or for people it
   * lacks what the mentions say. Looked up on the executors, where the gazetteer is loaded anyway,
   * rather than shipping its 18,000 people to every task.
   */
  static ActorRow actor(Counted c) {
    Person p = MentionStep.Holder.GAZETTEER.person(c.getActorId());
    String refName = p != null ? p.name() : MentionStep.Holder.MATCHER.nameOf(c.getActorId());
    boolean person = ActorType.PERSON.name().equals(c.getType()) || ActorType.INSTITUTION.name().equals(c.getType());
    ActorRow a = new ActorRow();
    a.setActorId(c.getActorId());
    a.setType(c.getType());
    a.setName(refName != null ? refName : c.getFoundName());
    String refCountry = p == null ? null : p.standingAt(null).country();
    a.setCountry(ActorType.STATE.name().equals(c.getType()) ? c.getActorId()
        : person ? (refCountry != null ? refCountry : c.getFoundCountry()) : null);
    List<String> refRoles = p == null ? null : p.roles().stream().map(Person.Role::describe).toList();
    a.setRoles(person ? (refRoles != null ? refRoles : c.getFoundRoles()) : List.of());
    boolean state = ActorType.STATE.name().equals(c.getType());
    a.setPredecessors(state ? StateHistory.predecessors(c.getActorId()) : List.of());
    a.setSuccessors(state ? StateHistory.successors(c.getActorId()) : List.of());
    a.setMentions(c.getMentions());
    a.setArticles(c.getArticles());
    return a;
  }
}
