package dyad.stage;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;

import dyad.article.AnalysedArticle;
import dyad.schema.Rows.ArticleRow;
import dyad.schema.Rows.MentionRow;
import dyad.schema.Tables;
import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * The articles of an earlier run as the pass's source, for stages run on their own: each article
 * as its articles table stores it (its sentences included) and, when a stage needs them, its
 * mentions from the mentions table. Nothing is cleaned, split or matched again.
 */
public final class StoredRun implements ArticleSource<StoredRun.Stored> {
  private static final long serialVersionUID = 1L;

  /** One stored article and its mentions (null when not read). A bean for Spark's encoder. */
  public static final class Stored implements Serializable {
    private static final long serialVersionUID = 1L;
    private ArticleRow article;
    private List<MentionRow> mentions;

    public ArticleRow getArticle() { return article; }
    public void setArticle(ArticleRow v) { article = v; }
    public List<MentionRow> getMentions() { return mentions; }
    public void setMentions(List<MentionRow> v) { mentions = v; }
  }

  private final transient Dataset<Stored> records;

  /** The articles of the run the context reads, and its mentions when {@code withMentions}. */
  public StoredRun(StageContext ctx, boolean withMentions) {
    Dataset<Row> articles = ctx.table(Tables.ARTICLES);
    if (!java.util.List.of(articles.columns()).contains("sentences")) {
      throw new IllegalArgumentException("--input " + ctx.input() + ": its articles table has no sentences column (written "
          + "by an older dyad), so the sentence index its mentions refer to is unknown: run `dyad ingest` (or `dyad run`) "
          + "on the corpus again");
    }
    Dataset<Row> a = articles.select(Tables.ARTICLES.struct(articles, ArticleRow.class).as("article"), col("article_id").as("_id"));
    Dataset<Row> rows;
    if (withMentions) {
      Dataset<Row> mentionsTable = ctx.table(Tables.MENTIONS);
      Dataset<Row> m = mentionsTable.groupBy(col("article_id").as("_mid"))
          .agg(collect_list(Tables.MENTIONS.struct(mentionsTable, MentionRow.class)).as("mentions"));
      // An article without mentions has an empty list, not none: its mentions were looked for.
      rows = a.join(m, col("_id").equalTo(col("_mid")), "left")
          .select(col("article"), org.apache.spark.sql.functions.coalesce(col("mentions"),
              org.apache.spark.sql.functions.array().cast(m.schema().apply("mentions").dataType())).as("mentions"));
    } else {
      rows = a.select(col("article"), org.apache.spark.sql.functions.lit(null)
          .cast(org.apache.spark.sql.types.DataTypes.createArrayType(Encoders.bean(MentionRow.class).schema())).as("mentions"));
    }
    this.records = rows.as(Encoders.bean(Stored.class));
  }

  @Override
  public Dataset<Stored> records() {
    return records;
  }

  @Override
  public AnalysedArticle article(Stored s) {
    return AnalysedArticle.stored(s.getArticle(), s.getMentions());
  }
}
