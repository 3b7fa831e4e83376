package dyad.stage;

/** The parts of an analysed article a stage's step adds and another stage's work needs. */
public enum Part {
  /** The clean article: paragraphs, sentences, date, duplicate keys (ingest; or an earlier run's articles table). */
  ARTICLE,
  /** The actors' mentions (actors; or an earlier run's mentions table). */
  MENTIONS,
  /** The article's tone and directed sentence records (sentiment). */
  SENTIMENT,
  /** The CAMEO-coded events of its sentences (events). */
  EVENTS,
  /** The words of each paragraph, actors' names masked, for topic models (topics). */
  TOPIC_TOKENS
}
