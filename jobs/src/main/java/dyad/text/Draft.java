package dyad.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An article on its way through the cleaning chain: its paragraphs, and what the filters found or
 * removed. Filters mutate it in turn, like tokens through a Lucene analysis chain.
 */
public final class Draft {
  private List<String> paragraphs;
  private String title;
  /** Paragraphs removed, by the name of the filter that removed them (sorted for stable output). */
  private final Map<String, Integer> removed = new TreeMap<>();
  /** Paragraphs already tokenised, by identity: the last filter's streams are the article's. */
  private final Map<String, TokenStream> tokens = new java.util.IdentityHashMap<>();

  public Draft(List<String> paragraphs) {
    this.paragraphs = new ArrayList<>(paragraphs);
  }

  public List<String> paragraphs() {
    return paragraphs;
  }

  public void setParagraphs(List<String> paragraphs) {
    this.paragraphs = new ArrayList<>(paragraphs);
  }

  /** The token stream of a paragraph of this draft, made once however many filters ask. */
  public TokenStream tokens(String paragraph) {
    return tokens.computeIfAbsent(paragraph, TokenStream::of);
  }

  public String title() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public void countRemoved(String filter, int n) {
    if (n > 0) removed.merge(filter, n, Integer::sum);
  }

  public Map<String, Integer> removed() {
    return removed;
  }

  public int removedBy(String filter) {
    return removed.getOrDefault(filter, 0);
  }

  /** Clean text: paragraphs separated by one blank line. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }
}
