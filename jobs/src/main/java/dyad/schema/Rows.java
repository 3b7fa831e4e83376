package dyad.schema;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The typed rows of dyad's tables, one Java bean per table of {@link Tables}, and the analysed
 * article as the per-article pass hands it to the stages ({@link AnalysedRow}). Beans because Spark's
 * encoders ({@code Encoders.bean}) need getters and setters; treat them as values, built once and not
 * changed. Bean properties are camelCase; {@link Tables.Table#conform} and {@link Tables.Table#as}
 * map them to the tables' snake_case columns by {@link #snake}, so no code reads a field by position.
 */
public final class Rows {
  private Rows() {}

  /**
   * The struct of one sentence span, [start, end) in its paragraph, with its fields in the order
   * Spark's bean encoder gives them (by name): a cast between structs goes by position.
   */
  public static final StructType SPAN = new StructType().add("end", DataTypes.IntegerType).add("start", DataTypes.IntegerType);

  /**
   * A bean property's column name: camelCase to snake_case ("articleId" to "article_id", "AUnits",
   * as the JavaBeans rules name the property of getAUnits, to "a_units"). Names without capitals are
   * already column names.
   */
  public static String snake(String property) {
    StringBuilder sb = new StringBuilder(property.length() + 4);
    for (int i = 0; i < property.length(); i++) {
      char c = property.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        char prev = property.charAt(i - 1);
        boolean nextLower = i + 1 < property.length() && Character.isLowerCase(property.charAt(i + 1));
        if (Character.isLowerCase(prev) || Character.isDigit(prev) || (Character.isUpperCase(prev) && nextLower)) sb.append('_');
      }
      sb.append(Character.toLowerCase(c));
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * One input record after the per-article pass: an article (reject null) or a reject, with every
   * part the pass computed: the article and its sentences, the duplicate keys (fingerprint and
   * MinHash signature), and the stages' per-article results, null where a stage did not run. The
   * per-article tables are projections of these rows; the corpus-wide stages read their columns.
   */
  public static final class AnalysedRow implements Serializable {
    private static final long serialVersionUID = 1L;
    /** "article" or "reject". */
    private String kind;
    private String path;
    private String locator;
    private long position;
    private ArticleRow article;
    private RejectRow reject;
    private String fingerprint;
    private int[] signature;
    private List<MentionRow> mentions;
    private ToneRow tone;
    private List<SentenceRow> records;
    private List<EventRow> events;
    private List<List<String>> topicTokens;

    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getPath() { return path; }
    public void setPath(String v) { path = v; }
    public String getLocator() { return locator; }
    public void setLocator(String v) { locator = v; }
    public long getPosition() { return position; }
    public void setPosition(long v) { position = v; }
    public ArticleRow getArticle() { return article; }
    public void setArticle(ArticleRow v) { article = v; }
    public RejectRow getReject() { return reject; }
    public void setReject(RejectRow v) { reject = v; }
    public String getFingerprint() { return fingerprint; }
    public void setFingerprint(String v) { fingerprint = v; }
    public int[] getSignature() { return signature; }
    public void setSignature(int[] v) { signature = v; }
    public List<MentionRow> getMentions() { return mentions; }
    public void setMentions(List<MentionRow> v) { mentions = v; }
    public ToneRow getTone() { return tone; }
    public void setTone(ToneRow v) { tone = v; }
    public List<SentenceRow> getRecords() { return records; }
    public void setRecords(List<SentenceRow> v) { records = v; }
    public List<EventRow> getEvents() { return events; }
    public void setEvents(List<EventRow> v) { events = v; }
    public List<List<String>> getTopicTokens() { return topicTokens; }
    public void setTopicTokens(List<List<String>> v) { topicTokens = v; }
  }

  /** A sentence's [start, end) offsets in its paragraph (articles.sentences). */
  public static final class SpanRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private int start;
    private int end;

    public int getStart() { return start; }
    public void setStart(int v) { start = v; }
    public int getEnd() { return end; }
    public void setEnd(int v) { end = v; }
  }

  /** A row of {@link Tables#ARTICLES}. */
  public static final class ArticleRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String articleId;
    private String source;
    private LocalDate date;
    private String period;
    private String title;
    private String text;
    private List<String> paragraphs;
    private List<List<SpanRow>> sentences;
    private int words;
    private String duplicateOf;
    private String duplicateKind;
    private String dateSource;
    private String publisher;
    private String url;
    private String recordId;
    private int repeatedParagraphs;
    private int removedParagraphs;

    public String getArticleId() { return articleId; }
    public void setArticleId(String v) { articleId = v; }
    public String getSource() { return source; }
    public void setSource(String v) { source = v; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate v) { date = v; }
    public String getPeriod() { return period; }
    public void setPeriod(String v) { period = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getText() { return text; }
    public void setText(String v) { text = v; }
    public List<String> getParagraphs() { return paragraphs; }
    public void setParagraphs(List<String> v) { paragraphs = v; }
    public List<List<SpanRow>> getSentences() { return sentences; }
    public void setSentences(List<List<SpanRow>> v) { sentences = v; }
    public int getWords() { return words; }
    public void setWords(int v) { words = v; }
    public String getDuplicateOf() { return duplicateOf; }
    public void setDuplicateOf(String v) { duplicateOf = v; }
    public String getDuplicateKind() { return duplicateKind; }
    public void setDuplicateKind(String v) { duplicateKind = v; }
    public String getDateSource() { return dateSource; }
    public void setDateSource(String v) { dateSource = v; }
    public String getPublisher() { return publisher; }
    public void setPublisher(String v) { publisher = v; }
    public String getUrl() { return url; }
    public void setUrl(String v) { url = v; }
    public String getRecordId() { return recordId; }
    public void setRecordId(String v) { recordId = v; }
    public int getRepeatedParagraphs() { return repeatedParagraphs; }
    public void setRepeatedParagraphs(int v) { repeatedParagraphs = v; }
    public int getRemovedParagraphs() { return removedParagraphs; }
    public void setRemovedParagraphs(int v) { removedParagraphs = v; }
  }

  /** A row of {@link Tables#REJECTS}. */
  public static final class RejectRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String source;
    private String locator;
    private String reason;
    private String detail;

    public String getSource() { return source; }
    public void setSource(String v) { source = v; }
    public String getLocator() { return locator; }
    public void setLocator(String v) { locator = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public String getDetail() { return detail; }
    public void setDetail(String v) { detail = v; }
  }

  /** A row of {@link Tables#MENTIONS}, and the actor's display name (for the actors table; not a column). */
  public static final class MentionRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String articleId;
    private int paragraph;
    private int sentence;
    private int start;
    private int end;
    private String surface;
    private String actorId;
    private String type;
    private String country;
    private String matchKind;
    private String form;
    private String role;
    private double confidence;
    private String name;

    public String getArticleId() { return articleId; }
    public void setArticleId(String v) { articleId = v; }
    public int getParagraph() { return paragraph; }
    public void setParagraph(int v) { paragraph = v; }
    public int getSentence() { return sentence; }
    public void setSentence(int v) { sentence = v; }
    public int getStart() { return start; }
    public void setStart(int v) { start = v; }
    public int getEnd() { return end; }
    public void setEnd(int v) { end = v; }
    public String getSurface() { return surface; }
    public void setSurface(String v) { surface = v; }
    public String getActorId() { return actorId; }
    public void setActorId(String v) { actorId = v; }
    public String getType() { return type; }
    public void setType(String v) { type = v; }
    public String getCountry() { return country; }
    public void setCountry(String v) { country = v; }
    public String getMatchKind() { return matchKind; }
    public void setMatchKind(String v) { matchKind = v; }
    public String getForm() { return form; }
    public void setForm(String v) { form = v; }
    public String getRole() { return role; }
    public void setRole(String v) { role = v; }
    public double getConfidence() { return confidence; }
    public void setConfidence(double v) { confidence = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
  }

  /** A row of {@link Tables#ACTORS}. */
  public static final class ActorRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String actorId;
    private String name;
    private String type;
    private String country;
    private List<String> roles;
    private List<String> predecessors;
    private List<String> successors;
    private long mentions;
    private long articles;

    public String getActorId() { return actorId; }
    public void setActorId(String v) { actorId = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getType() { return type; }
    public void setType(String v) { type = v; }
    public String getCountry() { return country; }
    public void setCountry(String v) { country = v; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> v) { roles = v; }
    public List<String> getPredecessors() { return predecessors; }
    public void setPredecessors(List<String> v) { predecessors = v; }
    public List<String> getSuccessors() { return successors; }
    public void setSuccessors(List<String> v) { successors = v; }
    public long getMentions() { return mentions; }
    public void setMentions(long v) { mentions = v; }
    public long getArticles() { return articles; }
    public void setArticles(long v) { articles = v; }
  }

  /** A row of {@link Tables#COMENTION_EDGES}. */
  public static final class EdgeRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String actorA;
    private String actorB;
    private String scope;
    private String period;
    private String level;
    private long articles;
    private long paragraphs;
    private long sentences;
    private long sources;
    private LocalDate firstDate;
    private LocalDate lastDate;
    private long aUnits;
    private long bUnits;
    private long scopeUnits;
    private double pmi;
    private double npmi;
    private boolean selfPair;
    private List<String> exampleArticles;

    public String getActorA() { return actorA; }
    public void setActorA(String v) { actorA = v; }
    public String getActorB() { return actorB; }
    public void setActorB(String v) { actorB = v; }
    public String getScope() { return scope; }
    public void setScope(String v) { scope = v; }
    public String getPeriod() { return period; }
    public void setPeriod(String v) { period = v; }
    public String getLevel() { return level; }
    public void setLevel(String v) { level = v; }
    public long getArticles() { return articles; }
    public void setArticles(long v) { articles = v; }
    public long getParagraphs() { return paragraphs; }
    public void setParagraphs(long v) { paragraphs = v; }
    public long getSentences() { return sentences; }
    public void setSentences(long v) { sentences = v; }
    public long getSources() { return sources; }
    public void setSources(long v) { sources = v; }
    public LocalDate getFirstDate() { return firstDate; }
    public void setFirstDate(LocalDate v) { firstDate = v; }
    public LocalDate getLastDate() { return lastDate; }
    public void setLastDate(LocalDate v) { lastDate = v; }
    public long getAUnits() { return aUnits; }
    public void setAUnits(long v) { aUnits = v; }
    public long getBUnits() { return bUnits; }
    public void setBUnits(long v) { bUnits = v; }
    public long getScopeUnits() { return scopeUnits; }
    public void setScopeUnits(long v) { scopeUnits = v; }
    public double getPmi() { return pmi; }
    public void setPmi(double v) { pmi = v; }
    public double getNpmi() { return npmi; }
    public void setNpmi(double v) { npmi = v; }
    public boolean isSelfPair() { return selfPair; }
    public void setSelfPair(boolean v) { selfPair = v; }
    public List<String> getExampleArticles() { return exampleArticles; }
    public void setExampleArticles(List<String> v) { exampleArticles = v; }
  }

  /** A row of {@link Tables#ACTOR_METRICS}. */
  public static final class MetricRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String actorId;
    private String name;
    private String level;
    private String scope;
    private String period;
    private long mentions;
    private long articles;
    private int degree;
    private double weightedDegree;
    private Double pagerank;
    private Double betweenness;
    private Boolean betweennessSampled;
    private String community;

    public String getActorId() { return actorId; }
    public void setActorId(String v) { actorId = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getLevel() { return level; }
    public void setLevel(String v) { level = v; }
    public String getScope() { return scope; }
    public void setScope(String v) { scope = v; }
    public String getPeriod() { return period; }
    public void setPeriod(String v) { period = v; }
    public long getMentions() { return mentions; }
    public void setMentions(long v) { mentions = v; }
    public long getArticles() { return articles; }
    public void setArticles(long v) { articles = v; }
    public int getDegree() { return degree; }
    public void setDegree(int v) { degree = v; }
    public double getWeightedDegree() { return weightedDegree; }
    public void setWeightedDegree(double v) { weightedDegree = v; }
    public Double getPagerank() { return pagerank; }
    public void setPagerank(Double v) { pagerank = v; }
    public Double getBetweenness() { return betweenness; }
    public void setBetweenness(Double v) { betweenness = v; }
    public Boolean getBetweennessSampled() { return betweennessSampled; }
    public void setBetweennessSampled(Boolean v) { betweennessSampled = v; }
    public String getCommunity() { return community; }
    public void setCommunity(String v) { community = v; }
  }

  /** A row of {@link Tables#ARTICLE_TONE}. */
  public static final class ToneRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String articleId;
    private double tone;
    private double positive;
    private double negative;
    private double polarity;
    private double activityDensity;
    private int words;
    private double compound;

    public String getArticleId() { return articleId; }
    public void setArticleId(String v) { articleId = v; }
    public double getTone() { return tone; }
    public void setTone(double v) { tone = v; }
    public double getPositive() { return positive; }
    public void setPositive(double v) { positive = v; }
    public double getNegative() { return negative; }
    public void setNegative(double v) { negative = v; }
    public double getPolarity() { return polarity; }
    public void setPolarity(double v) { polarity = v; }
    public double getActivityDensity() { return activityDensity; }
    public void setActivityDensity(double v) { activityDensity = v; }
    public int getWords() { return words; }
    public void setWords(int v) { words = v; }
    public double getCompound() { return compound; }
    public void setCompound(double v) { compound = v; }
  }

  /** A row of {@link Tables#SENTENCE_SENTIMENT}: one directed record. */
  public static final class SentenceRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String articleId;
    private int paragraph;
    private int sentence;
    private String text;
    private String sourceActor;
    private String targetActor;
    private String sourceState;
    private String targetState;
    private int polarity;
    private double score;
    private Double cooperation;
    private String cue;

    public String getArticleId() { return articleId; }
    public void setArticleId(String v) { articleId = v; }
    public int getParagraph() { return paragraph; }
    public void setParagraph(int v) { paragraph = v; }
    public int getSentence() { return sentence; }
    public void setSentence(int v) { sentence = v; }
    public String getText() { return text; }
    public void setText(String v) { text = v; }
    public String getSourceActor() { return sourceActor; }
    public void setSourceActor(String v) { sourceActor = v; }
    public String getTargetActor() { return targetActor; }
    public void setTargetActor(String v) { targetActor = v; }
    public String getSourceState() { return sourceState; }
    public void setSourceState(String v) { sourceState = v; }
    public String getTargetState() { return targetState; }
    public void setTargetState(String v) { targetState = v; }
    public int getPolarity() { return polarity; }
    public void setPolarity(int v) { polarity = v; }
    public double getScore() { return score; }
    public void setScore(double v) { score = v; }
    public Double getCooperation() { return cooperation; }
    public void setCooperation(Double v) { cooperation = v; }
    public String getCue() { return cue; }
    public void setCue(String v) { cue = v; }
  }

  /** A row of {@link Tables#EVENTS}: one coded event. */
  public static final class EventRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String articleId;
    private int paragraph;
    private int sentence;
    private String text;
    private String sourceActor;
    private String targetActor;
    private String sourceState;
    private String targetState;
    private String cameo;
    private String root;
    private int quadClass;
    private double goldstein;
    private String verb;
    private boolean negated;
    private double confidence;

    public String getArticleId() { return articleId; }
    public void setArticleId(String v) { articleId = v; }
    public int getParagraph() { return paragraph; }
    public void setParagraph(int v) { paragraph = v; }
    public int getSentence() { return sentence; }
    public void setSentence(int v) { sentence = v; }
    public String getText() { return text; }
    public void setText(String v) { text = v; }
    public String getSourceActor() { return sourceActor; }
    public void setSourceActor(String v) { sourceActor = v; }
    public String getTargetActor() { return targetActor; }
    public void setTargetActor(String v) { targetActor = v; }
    public String getSourceState() { return sourceState; }
    public void setSourceState(String v) { sourceState = v; }
    public String getTargetState() { return targetState; }
    public void setTargetState(String v) { targetState = v; }
    public String getCameo() { return cameo; }
    public void setCameo(String v) { cameo = v; }
    public String getRoot() { return root; }
    public void setRoot(String v) { root = v; }
    public int getQuadClass() { return quadClass; }
    public void setQuadClass(int v) { quadClass = v; }
    public double getGoldstein() { return goldstein; }
    public void setGoldstein(double v) { goldstein = v; }
    public String getVerb() { return verb; }
    public void setVerb(String v) { verb = v; }
    public boolean isNegated() { return negated; }
    public void setNegated(boolean v) { negated = v; }
    public double getConfidence() { return confidence; }
    public void setConfidence(double v) { confidence = v; }
  }

  /** A row of {@link Tables#PAIR_EVENTS}. */
  public static final class PairEventRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String sourceActor;
    private String targetActor;
    private String level;
    private String period;
    private long events;
    private long articles;
    private long verbalCooperation;
    private long materialCooperation;
    private long verbalConflict;
    private long materialConflict;
    private double goldsteinSum;
    private double goldsteinMean;
    private Double ciLow;
    private Double ciHigh;

    public String getSourceActor() { return sourceActor; }
    public void setSourceActor(String v) { sourceActor = v; }
    public String getTargetActor() { return targetActor; }
    public void setTargetActor(String v) { targetActor = v; }
    public String getLevel() { return level; }
    public void setLevel(String v) { level = v; }
    public String getPeriod() { return period; }
    public void setPeriod(String v) { period = v; }
    public long getEvents() { return events; }
    public void setEvents(long v) { events = v; }
    public long getArticles() { return articles; }
    public void setArticles(long v) { articles = v; }
    public long getVerbalCooperation() { return verbalCooperation; }
    public void setVerbalCooperation(long v) { verbalCooperation = v; }
    public long getMaterialCooperation() { return materialCooperation; }
    public void setMaterialCooperation(long v) { materialCooperation = v; }
    public long getVerbalConflict() { return verbalConflict; }
    public void setVerbalConflict(long v) { verbalConflict = v; }
    public long getMaterialConflict() { return materialConflict; }
    public void setMaterialConflict(long v) { materialConflict = v; }
    public double getGoldsteinSum() { return goldsteinSum; }
    public void setGoldsteinSum(double v) { goldsteinSum = v; }
    public double getGoldsteinMean() { return goldsteinMean; }
    public void setGoldsteinMean(double v) { goldsteinMean = v; }
    public Double getCiLow() { return ciLow; }
    public void setCiLow(Double v) { ciLow = v; }
    public Double getCiHigh() { return ciHigh; }
    public void setCiHigh(Double v) { ciHigh = v; }
  }

  /** A row of {@link Tables#PAIR_SENTIMENT}. */
  public static final class PairSentimentRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String sourceActor;
    private String targetActor;
    private String level;
    private String period;
    private long records;
    private long articles;
    private double meanScore;
    private Double ciLow;
    private Double ciHigh;
    private double positiveShare;
    private double neutralShare;
    private double negativeShare;
    private Double meanCooperation;
    private long cooperationRecords;

    public String getSourceActor() { return sourceActor; }
    public void setSourceActor(String v) { sourceActor = v; }
    public String getTargetActor() { return targetActor; }
    public void setTargetActor(String v) { targetActor = v; }
    public String getLevel() { return level; }
    public void setLevel(String v) { level = v; }
    public String getPeriod() { return period; }
    public void setPeriod(String v) { period = v; }
    public long getRecords() { return records; }
    public void setRecords(long v) { records = v; }
    public long getArticles() { return articles; }
    public void setArticles(long v) { articles = v; }
    public double getMeanScore() { return meanScore; }
    public void setMeanScore(double v) { meanScore = v; }
    public Double getCiLow() { return ciLow; }
    public void setCiLow(Double v) { ciLow = v; }
    public Double getCiHigh() { return ciHigh; }
    public void setCiHigh(Double v) { ciHigh = v; }
    public double getPositiveShare() { return positiveShare; }
    public void setPositiveShare(double v) { positiveShare = v; }
    public double getNeutralShare() { return neutralShare; }
    public void setNeutralShare(double v) { neutralShare = v; }
    public double getNegativeShare() { return negativeShare; }
    public void setNegativeShare(double v) { negativeShare = v; }
    public Double getMeanCooperation() { return meanCooperation; }
    public void setMeanCooperation(Double v) { meanCooperation = v; }
    public long getCooperationRecords() { return cooperationRecords; }
    public void setCooperationRecords(long v) { cooperationRecords = v; }
  }

  /** A row of {@link Tables#TOPICS}. */
  public static final class TopicRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private int topicId;
    private List<String> terms;
    private List<Double> weights;
    private String label;
    private double npmi;
    private long size;
    private double share;
    private List<String> exampleArticles;
    private List<String> exampleTitles;

    public int getTopicId() { return topicId; }
    public void setTopicId(int v) { topicId = v; }
    public List<String> getTerms() { return terms; }
    public void setTerms(List<String> v) { terms = v; }
    public List<Double> getWeights() { return weights; }
    public void setWeights(List<Double> v) { weights = v; }
    public String getLabel() { return label; }
    public void setLabel(String v) { label = v; }
    public double getNpmi() { return npmi; }
    public void setNpmi(double v) { npmi = v; }
    public long getSize() { return size; }
    public void setSize(long v) { size = v; }
    public double getShare() { return share; }
    public void setShare(double v) { share = v; }
    public List<String> getExampleArticles() { return exampleArticles; }
    public void setExampleArticles(List<String> v) { exampleArticles = v; }
    public List<String> getExampleTitles() { return exampleTitles; }
    public void setExampleTitles(List<String> v) { exampleTitles = v; }
  }

  /** A row of {@link Tables#ARTICLE_TOPICS}. */
  public static final class ArticleTopicsRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String articleId;
    private LocalDate date;
    private int topicWords;
    private List<Double> weights;
    private Integer mainTopic;
    private Double mainWeight;

    public String getArticleId() { return articleId; }
    public void setArticleId(String v) { articleId = v; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate v) { date = v; }
    public int getTopicWords() { return topicWords; }
    public void setTopicWords(int v) { topicWords = v; }
    public List<Double> getWeights() { return weights; }
    public void setWeights(List<Double> v) { weights = v; }
    public Integer getMainTopic() { return mainTopic; }
    public void setMainTopic(Integer v) { mainTopic = v; }
    public Double getMainWeight() { return mainWeight; }
    public void setMainWeight(Double v) { mainWeight = v; }
  }

  /** A row of {@link Tables#PAIR_TOPICS}. */
  public static final class PairTopicRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String actorA;
    private String actorB;
    private String level;
    private String scope;
    private String period;
    private long units;
    private int topicId;
    private double weight;
    private int rank;
    private double keptWeight;

    public String getActorA() { return actorA; }
    public void setActorA(String v) { actorA = v; }
    public String getActorB() { return actorB; }
    public void setActorB(String v) { actorB = v; }
    public String getLevel() { return level; }
    public void setLevel(String v) { level = v; }
    public String getScope() { return scope; }
    public void setScope(String v) { scope = v; }
    public String getPeriod() { return period; }
    public void setPeriod(String v) { period = v; }
    public long getUnits() { return units; }
    public void setUnits(long v) { units = v; }
    public int getTopicId() { return topicId; }
    public void setTopicId(int v) { topicId = v; }
    public double getWeight() { return weight; }
    public void setWeight(double v) { weight = v; }
    public int getRank() { return rank; }
    public void setRank(int v) { rank = v; }
    public double getKeptWeight() { return keptWeight; }
    public void setKeptWeight(double v) { keptWeight = v; }
  }

  /** A row of {@link Tables#TOPIC_TRENDS}. */
  public static final class TopicTrendRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private int topicId;
    private String period;
    private long articles;
    private double share;
    private long mainArticles;

    public int getTopicId() { return topicId; }
    public void setTopicId(int v) { topicId = v; }
    public String getPeriod() { return period; }
    public void setPeriod(String v) { period = v; }
    public long getArticles() { return articles; }
    public void setArticles(long v) { articles = v; }
    public double getShare() { return share; }
    public void setShare(double v) { share = v; }
    public long getMainArticles() { return mainArticles; }
    public void setMainArticles(long v) { mainArticles = v; }
  }

  /** A row of {@link Tables#TOPIC_QUALITY}. */
  public static final class TopicQualityRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private int k;
    private boolean used;
    private double meanNpmi;
    private double minNpmi;
    private double diversity;
    private double logPerplexity;
    private long documents;
    private int vocabulary;
    private int iterations;
    private Double heldoutNpmi;
    private Long heldoutDocuments;
    private String choice;

    public int getK() { return k; }
    public void setK(int v) { k = v; }
    public boolean isUsed() { return used; }
    public void setUsed(boolean v) { used = v; }
    public double getMeanNpmi() { return meanNpmi; }
    public void setMeanNpmi(double v) { meanNpmi = v; }
    public double getMinNpmi() { return minNpmi; }
    public void setMinNpmi(double v) { minNpmi = v; }
    public double getDiversity() { return diversity; }
    public void setDiversity(double v) { diversity = v; }
    public double getLogPerplexity() { return logPerplexity; }
    public void setLogPerplexity(double v) { logPerplexity = v; }
    public long getDocuments() { return documents; }
    public void setDocuments(long v) { documents = v; }
    public int getVocabulary() { return vocabulary; }
    public void setVocabulary(int v) { vocabulary = v; }
    public int getIterations() { return iterations; }
    public void setIterations(int v) { iterations = v; }
    public Double getHeldoutNpmi() { return heldoutNpmi; }
    public void setHeldoutNpmi(Double v) { heldoutNpmi = v; }
    public Long getHeldoutDocuments() { return heldoutDocuments; }
    public void setHeldoutDocuments(Long v) { heldoutDocuments = v; }
    public String getChoice() { return choice; }
    public void setChoice(String v) { choice = v; }
  }
}
