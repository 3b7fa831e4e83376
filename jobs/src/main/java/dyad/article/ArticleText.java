package dyad.article;

import dyad.schema.Rows.SpanRow;
import dyad.text.SentenceSplitter;
import dyad.text.TokenStream;
import dyad.text.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of one article, analysed once for every stage: its paragraphs, the text they make
 * (joined by a blank line, as articles.text), where each paragraph starts in it, the sentences of
 * each paragraph, the one token stream over the whole text, and each sentence's words. Immutable;
 * the words are made on first use and kept, so that the stages that read sentences (sentiment,
 * events) share one tokenisation of each.
 */
public final class ArticleText {
  private final String text;
  private final List<String> paragraphs;
  private final int[] offsets;
  /** Per paragraph, its sentences as start, end, start, end ... offsets within the paragraph. */
  private final int[][] sentences;
  private final TokenStream tokens;
  /** Per paragraph and sentence, its words once made: a memo, as String keeps its hash. */
  private List<Words.Word>[][] words;

  private ArticleText(List<String> paragraphs, int[][] sentences) {
    this(paragraphs, sentences, null);
  }

  /** With the paragraphs' token streams at hand ({@code streams}, or null to tokenise the text). */
  private ArticleText(List<String> paragraphs, int[][] sentences, java.util.function.Function<String, TokenStream> streams) {
    this.paragraphs = List.copyOf(paragraphs);
    this.offsets = new int[paragraphs.size()];
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < paragraphs.size(); i++) {
      if (i > 0) sb.append(SEPARATOR);
      offsets[i] = sb.length();
      sb.append(paragraphs.get(i));
    }
    this.text = sb.toString();
    this.sentences = sentences;
    this.tokens = streams == null ? TokenStream.of(text)
        : TokenStream.join(paragraphs.stream().map(streams).toList(), SEPARATOR, text);
  }

  /** What joins the paragraphs in {@link #text}. */
  private static final String SEPARATOR = "\n\n";

  /** Clean paragraphs, split into sentences here. */
  public static ArticleText of(List<String> paragraphs) {
    return tokenised(paragraphs, null);
  }

  /**
   * Clean paragraphs with their token streams, as the cleaning chain left them ({@code streams} gives
   * a paragraph's): the text's stream is theirs joined, not a second tokenisation.
   */
  public static ArticleText tokenised(List<String> paragraphs, java.util.function.Function<String, TokenStream> streams) {
    int[][] s = new int[paragraphs.size()][];
    for (int p = 0; p < s.length; p++) {
      List<SentenceSplitter.Span> spans = SentenceSplitter.split(paragraphs.get(p));
      s[p] = new int[spans.size() * 2];
      for (int i = 0; i < spans.size(); i++) {
        s[p][2 * i] = spans.get(i).start();
        s[p][2 * i + 1] = spans.get(i).end();
      }
    }
    return new ArticleText(paragraphs, s, streams);
  }

  /**
   * Paragraphs and the sentences an earlier run stored for them (articles.sentences): the stored
   * sentence index is the one mentions and records of that run refer to, so it is never re-derived.
   */
  public static ArticleText of(List<String> paragraphs, List<List<SpanRow>> stored) {
    if (stored == null || stored.size() != paragraphs.size()) {
      throw new IllegalArgumentException("the articles table has no sentences for its paragraphs (written by an older "
          + "dyad): run `dyad ingest` (or `dyad run`) on the corpus again");
    }
    int[][] s = new int[paragraphs.size()][];
    for (int p = 0; p < s.length; p++) {
      List<SpanRow> spans = stored.get(p);
      s[p] = new int[spans.size() * 2];
      for (int i = 0; i < spans.size(); i++) {
        s[p][2 * i] = spans.get(i).getStart();
        s[p][2 * i + 1] = spans.get(i).getEnd();
      }
    }
    return new ArticleText(paragraphs, s);
  }

  /** The paragraphs joined by blank lines: articles.text. */
  public String text() {
    return text;
  }

  public List<String> paragraphs() {
    return paragraphs;
  }

  /** The one token stream over {@link #text}. */
  public TokenStream tokens() {
    return tokens;
  }

  /** Where paragraph {@code p} starts in {@link #text}. */
  public int offset(int p) {
    return offsets[p];
  }

  /** The paragraph that holds offset {@code at} of the text: the last one starting at or before it. */
  public int paragraphAt(int at) {
    int lo = 0;
    int hi = offsets.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (offsets[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  public int sentenceCount(int p) {
    return sentences[p].length / 2;
  }

  /** Start of sentence {@code s} of paragraph {@code p}, within the paragraph. */
  public int sentenceStart(int p, int s) {
    return sentences[p][2 * s];
  }

  public int sentenceEnd(int p, int s) {
    return sentences[p][2 * s + 1];
  }

  /**
   * The words of sentence {@code s} of paragraph {@code p}, offsets relative to the sentence's start;
   * made once. A race between threads makes them twice, alike: the list is published through a final field.
   */
  @SuppressWarnings("unchecked")
  public List<Words.Word> sentenceWords(int p, int s) {
    List<Words.Word>[][] w = words;
    if (w == null) words = w = new List[paragraphs.size()][];
    if (w[p] == null) w[p] = new List[sentenceCount(p)];
    List<Words.Word> out = w[p][s];
    if (out == null) {
      int from = offset(p) + sentenceStart(p, s);
      out = java.util.Collections.unmodifiableList(Words.of(tokens, from, offset(p) + sentenceEnd(p, s), from));
      w[p][s] = out;
    }
    return out;
  }

  public String sentence(int p, int s) {
    return paragraphs.get(p).substring(sentenceStart(p, s), sentenceEnd(p, s));
  }

  /** The sentence of paragraph {@code p} that an offset within it falls in: the last one starting at or before it. */
  public int sentenceAt(int p, int at) {
    int s = 0;
    int n = sentenceCount(p);
    while (s + 1 < n && at >= sentenceStart(p, s + 1)) s++;
    return s;
  }

  /** The sentences as articles.sentences stores them. */
  public List<List<SpanRow>> sentenceRows() {
    List<List<SpanRow>> out = new ArrayList<>(sentences.length);
    for (int[] p : sentences) {
      List<SpanRow> l = new ArrayList<>(p.length / 2);
      for (int i = 0; i < p.length; i += 2) {
        SpanRow r = new SpanRow();
        r.setStart(p[i]);
        r.setEnd(p[i + 1]);
        l.add(r);
      }
      out.add(l);
    }
    return out;
  }
}
