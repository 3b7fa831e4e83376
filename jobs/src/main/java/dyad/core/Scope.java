package dyad.core;

import com.fasterxml.jackson.annotation.JsonValue;

/** The units within which actors count as named together: a sentence, a paragraph, an article. */
public enum Scope {
  SENTENCE, PARAGRAPH, ARTICLE;

  @JsonValue
  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
