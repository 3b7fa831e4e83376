package dyad.sentiment;

import dyad.text.TokenStream;
import dyad.text.Words;
import dyad.text.Words.Word;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rule-based sentiment of a sentence, in the manner of VADER (valences with boosters, negation,
 * capitals, contrast and exclamation), and toward each actor it names: words count by their
 * distance to the actor's mention and by whether they share its clause, and verb cues give a
 * direction ("A accused B", "A said ... B", "A and B agreed") so that a sentence yields directed
 * records source -> target. Plain Java; one instance serves many threads.
 */
public final class SentimentScorer {
  /** A mention of an actor in the sentence: character offsets within the sentence. */
  public record Mention(String actorId, int start, int end) {}

  /**
   * A directed record: {@code source} is null when the sentence speaks of the target in its own
   * voice. {@code cue} is the word that decided the direction or, without one, the strongest word.
   */
  public record Record(String source, String target, int polarity, double score, Double cooperation, String cue) {}

  /** Whole-sentence tone: VADER's compound in -1..1 and the positive and negative words. */
  public record Tone(double compound, int positiveWords, int negativeWords, int words, int cues) {}

  /** |score| at or above this is positive or negative; below it, neutral. */
  static final double NEUTRAL_BAND = 0.05;
  private static final double ALPHA = 15;
  private static final double CAPS_INCREMENT = 0.733;
  private static final double NEGATION_FACTOR = -0.74;
  /** Words this many tokens from the target count half. */
  private static final double HALF_DISTANCE = 4;
  /** Words outside the target's clause count this much. */
  private static final double OTHER_CLAUSE = 0.5;

  private static final Set<String> CLAUSE_WORDS = Set.of("while", "whereas", "but", "however", "although", "though",
      "because", "which", "who", "after", "before", "when");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "its", "their", "his", "her",
      "our", "any", "such");
  private static final Set<String> PASSIVE = Set.of("was", "were", "been", "being", "is", "are", "be", "got", "get");

  private final Lexicon lex;
  /** Decides each record's polarity and score when present; the rules alone otherwise. */
  private final TargetModel model;

  public SentimentScorer(Lexicon lex, TargetModel model) {
    this.lex = lex;
    this.model = model;
  }

  /** The shipped lexicons and, when trained, the shipped model. */
  public static SentimentScorer standard() {
    return new SentimentScorer(Lexicon.standard(), TargetModel.standard());
  }

  /** The same lexicons without a model: the rules alone. */
  public SentimentScorer rulesOnly() {
    return new SentimentScorer(lex, null);
  }

  /**
   * A sentence ready to score: its tokens with their valences. Made once per sentence, for its tone
   * and for the records of the actors it names alike.
   */
  public final class Sentence {
    private final Scored scored;
    private Tone tone;

    private Sentence(Scored scored) {
      this.scored = scored;
    }

    /** The sentence's own tone. */
    public Tone tone() {
      if (tone == null) tone = SentimentScorer.this.tone(scored);
      return tone;
    }
  }

  /** A sentence given as a string. */
  public Sentence sentence(String text) {
    return new Sentence(new Scored(text, Words.of(text)));
  }

  /**
   * Sentence [from, to) of a text already tokenised (an article's one token stream); offsets of its
   * records' mentions are relative to {@code from}.
   */
  public Sentence sentence(TokenStream stream, int from, int to) {
    return new Sentence(new Scored(stream.text().substring(from, to), Words.of(stream, from, to, from)));
  }

  /** A sentence already split into its words ({@link dyad.article.ArticleText#sentenceWords}), offsets relative to its start. */
  public Sentence sentence(String text, List<Words.Word> words) {
    return new Sentence(new Scored(text, words));
  }

  /** Tokens with their valences after phrases, capitals, boosters, negation and contrast. */
  private final class Scored {
    final List<Word> toks;
    final double[] v;
    final int[] clause;
    /** Whether each token lies inside quotation marks ("…" or “…”). */
    final boolean[] quoted;
    /** What the lexicon says of each token, looked up once for the tone, the cues and the features. */
    final Lexicon.Entry[] lexicon;
    int exclamations;

    Scored(String s, List<Word> tokens) {
      toks = tokens;
      for (Word t : toks) if (t.text().equals("!")) exclamations++;
      int n = toks.size();
      v = new double[n];
      clause = new int[n];
      quoted = new boolean[n];
      boolean inQuote = false;
      // Most sentences hold no quotation mark: then no token is quoted, and nothing is read.
      boolean marks = s.indexOf('"') >= 0 || s.indexOf('“') >= 0 || s.indexOf('”') >= 0;
      for (int i = 0, c = 0; marks && i < n; i++) {
        for (; c < toks.get(i).start(); c++) {
          char ch = s.charAt(c);
          // A straight mark opens when it stands before a word, after a space or at the start;
          // otherwise it closes, as curly marks say outright.
          boolean opens = ch == '“' || ch == '"' && (c == 0 || Character.isWhitespace(s.charAt(c - 1)))
              && c + 1 < s.length() && !Character.isWhitespace(s.charAt(c + 1));
          if (opens) {
            inQuote = true;
          } else if (ch == '”' || ch == '"') {
            // A closing mark with no opening one: the quotation began in an earlier sentence
            // ("“There are no more relations. The whole structure … from Brussels,” Lavrov said.").
            if (!inQuote) java.util.Arrays.fill(quoted, 0, i, true);
            inQuote = false;
          }
        }
        quoted[i] = inQuote;
      }
      List<String> lower = new ArrayList<>(n);
      lexicon = new Lexicon.Entry[n];
      for (int i = 0; i < n; i++) {
        Word t = toks.get(i);
        lower.add(t.lower());
        if (t.word()) lexicon[i] = lex.entry(t.lower());
      }
      boolean allCaps = allCaps(s);
      int c = 0;
      int contrast = -1;
      for (int i = 0; i < n; i++) {
        Word t = toks.get(i);
        if (!t.word() && !t.text().equals("!") && !t.text().equals("?") && !t.text().equals("\"")) c++;
        else if (t.word() && CLAUSE_WORDS.contains(t.lower()) && i > 0) c++;
        clause[i] = c;
        if (contrast < 0 && t.word() && lexicon[i].contrast()) {
          contrast = i;
        }
      }
      for (int i = 0; i < n; i++) {
        Word t = toks.get(i);
        if (!t.word()) continue;
        double[] phrase = lex.phraseAt(lower, i, lexicon[i]);
        double val;
        if (phrase != null) {
          val = phrase[1];
          i += (int) phrase[0] - 1;
        } else {
          val = lexicon[i].valence();
        }
        if (val == 0) continue;
        int at = phrase != null ? i - (int) phrase[0] + 1 : i;
        if (!allCaps && t.text().length() > 1 && t.text().equals(t.text().toUpperCase(Locale.ROOT))
            && t.text().chars().anyMatch(Character::isLetter)) {
          val += Math.signum(val) * CAPS_INCREMENT;
        }
        boolean negated = false;
        for (int k = 1, back = at - 1; k <= 3 && back >= 0; back--) {
          Word p = toks.get(back);
          if (!p.word()) break;
          Double b = Lexicon.BOOSTERS.get(p.lower());
          if (b != null) val += Math.signum(val) * b * (k == 1 ? 1 : k == 2 ? 0.95 : 0.9);
          if (Lexicon.NEGATIONS.contains(p.lower()) || p.lower().endsWith("n't")) negated = true;
          k++;
        }
        if (negated) val *= NEGATION_FACTOR;
        if (contrast >= 0) val *= at < contrast ? 0.5 : 1.5;
        v[at] = val;
      }
    }

    double normalise(double sum) {
      if (sum != 0) sum += Math.signum(sum) * Math.min(exclamations, 4) * 0.292;
      return sum / Math.sqrt(sum * sum + ALPHA);
    }
  }

  /**
   * Whether the sentence is in capitals throughout (its own upper-case form): then capitals mark no
   * word. ASCII is read as it stands; other text is upper-cased, as its case rules need.
   */
  private static boolean allCaps(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80) return s.equals(s.toUpperCase(Locale.ROOT));
      if (c >= 'a' && c <= 'z') return false;
    }
    return true;
  }

  /** The sentence's own tone. */
  public Tone tone(String sentence) {
    return sentence(sentence).tone();
  }

  private Tone tone(Scored s) {
    double sum = 0;
    int pos = 0;
    int neg = 0;
    int words = 0;
    int cues = 0;
    for (int i = 0; i < s.v.length; i++) {
      if (!s.toks.get(i).word()) continue;
      words++;
      sum += s.v[i];
      if (s.v[i] > 0) pos++;
      if (s.v[i] < 0) neg++;
      Lexicon.Cue c = s.lexicon[i].cue();
      if (c != null && c.kind() != Lexicon.CueKind.SPEECH) cues++;
    }
    return new Tone(s.normalise(sum), pos, neg, words, cues);
  }

  /**
   * The directed records of a sentence: one per actor it names (other than a record's source), more
   * where verbs give one actor several sources. The rules decide direction and cue; the model, when
   * present, the polarity and score (P(positive) - P(negative)).
   */
  public List<Record> records(String sentence, List<Mention> mentions) {
    return records(sentence(sentence), mentions);
  }

  /** {@link #records(String, List)} of a sentence already tokenised and rated, whose tone may be known. */
  public List<Record> records(Sentence sentence, List<Mention> mentions) {
    Located l = new Located(sentence.scored, mentions);
    List<Record> rules = ruleRecords(l);
    if (model == null) return rules;
    double tone = sentence.tone().compound();
    Map<String, double[]> byTarget = new HashMap<>();
    List<Record> out = new ArrayList<>(rules.size());
    for (Record r : rules) {
      double[] p = byTarget.computeIfAbsent(r.target(),
          t -> model.probabilities(features(l, mentions, t, rules, tone)));
      out.add(new Record(r.source(), r.target(), TargetModel.polarityOf(p), p[2] - p[0], r.cooperation(), r.cue()));
    }
    return out;
  }

  private List<Record> ruleRecords(Located l) {
    Scored s = l.s;
    int n = s.toks.size();
    boolean[] inMention = l.inMention;
    Map<String, List<int[]>> spans = l.spans;
    Map<String, Record> out = new LinkedHashMap<>();
    Map<String, Double> score = new HashMap<>();
    Map<String, String> strongest = new HashMap<>();
    for (String actor : spans.keySet()) {
      double sum = 0;
      double best = 0;
      String bestWord = null;
      for (int i = 0; i < n; i++) {
        if (s.v[i] == 0 || inMention[i]) continue;
        double w = weight(s, spans.get(actor), i);
        sum += s.v[i] * w;
        if (Math.abs(s.v[i] * w) > best) {
          best = Math.abs(s.v[i] * w);
          bestWord = s.toks.get(i).text();
        }
      }
      score.put(actor, s.normalise(sum));
      strongest.put(actor, bestWord);
    }

    // Verb cues: who does what to whom, in the clause of the verb.
    for (int i = 0; i < n; i++) {
      Word t = s.toks.get(i);
      if (!t.word() || inMention[i]) continue;
      Lexicon.Cue cue = s.lexicon[i].cue();
      if (cue == null || (i > 0 && DETERMINERS.contains(s.toks.get(i - 1).lower()))) continue;
      // A capitalised word inside a sentence is a name ("Secretary of State"), not a verb.
      if (i > 0 && Character.isUpperCase(t.text().charAt(0))) continue;
      boolean passive = i > 0 && PASSIVE.contains(s.toks.get(i - 1).lower()) && i + 1 < n && s.toks.get(i + 1).lower().equals("by");
      List<String> before = actorsNear(s, spans, i, -1);
      List<String> after = actorsNear(s, spans, i, +1);
      if (cue.kind() == Lexicon.CueKind.SPEECH) {
        String source = !before.isEmpty() ? before.get(0) : !after.isEmpty() && nextIsActor(s, spans, i) ? after.get(0) : null;
        if (source == null) continue;
        for (String target : spans.keySet()) {
          if (!target.equals(source)) out.putIfAbsent(source + "\u0001" + target, record(source, target, score.get(target), null, t.text()));
        }
      } else if (cue.kind() == Lexicon.CueKind.RECIPROCAL) {
        List<String> parties = new ArrayList<>(before);
        if (i + 1 < n && s.toks.get(i + 1).lower().equals("with")) parties.addAll(after);
        for (String a : parties) {
          for (String b : parties) {
            if (!a.equals(b)) out.putIfAbsent(a + "\u0001" + b, record(a, b, withCue(score.get(b), cue), cue.cooperation(), t.text()));
          }
        }
      } else {
        String source = passive ? (after.isEmpty() ? null : after.get(0)) : (before.isEmpty() ? null : before.get(0));
        List<String> targets = passive ? before : after;
        for (String target : targets) {
          if (target.equals(source)) continue;
          out.putIfAbsent(source + "\u0001" + target, record(source, target, withCue(score.get(target), cue), cue.cooperation(), t.text()));
        }
      }
    }
    // Every other actor: the sentence's own voice about it.
    for (String actor : spans.keySet()) {
      boolean covered = out.values().stream().anyMatch(r -> r.target().equals(actor));
      if (!covered) out.put("\u0001" + actor, record(null, actor, score.get(actor), null, strongest.get(actor)));
    }
    return new ArrayList<>(out.values());
  }

  /** The score toward one actor of the sentence (as {@link #records} gives it; 0 when not named). */
  public double towards(String sentence, List<Mention> mentions, String actor) {
    return records(sentence, mentions).stream().filter(r -> r.target().equals(actor)).mapToDouble(Record::score)
        .findFirst().orElse(0);
  }

  /**
   * Named features of the sentiment toward {@code actor}, for the learned model: the rules' score,
   * the weighted positive and negative valence, the sentence's tone, the words near the actor and
   * in its clause, and the actor's role toward cue verbs (object of an act, speaker, subject).
   */
  public Map<String, Double> features(String sentence, List<Mention> mentions, String actor) {
    Sentence s = sentence(sentence);
    Located l = new Located(s.scored, mentions);
    return features(l, mentions, actor, ruleRecords(l), s.tone().compound());
  }

  /** Features from a sentence tokenised and located once, its rule records and its tone. */
  private Map<String, Double> features(Located l, List<Mention> mentions, String actor, List<Record> records, double tone) {
    Map<String, Double> f = new LinkedHashMap<>();
    Scored s = l.s;
    int n = s.toks.size();
    boolean[] inMention = l.inMention;
    List<int[]> spans = l.spans.get(actor);
    if (spans == null) return f;
    Record mine = records.stream().filter(r -> r.target().equals(actor)).findFirst().orElse(null);
    f.put("rule", mine == null ? 0 : mine.score());
    f.put("tone", tone);
    double pos = 0;
    double neg = 0;
    for (int i = 0; i < n; i++) {
      Word t = s.toks.get(i);
      if (inMention[i]) continue;
      double w = weight(s, spans, i);
      if (s.v[i] > 0) pos += s.v[i] * w;
      if (s.v[i] < 0) neg -= s.v[i] * w;
      if (!t.word()) continue;
      String lw = t.lower();
      f.merge("w:" + lw, 1.0, Double::sum);
      int d = Integer.MAX_VALUE;
      boolean left = false;
      int[] nearest = null;
      for (int[] sp : spans) {
        int di = gap(i, sp);
        if (di < d) {
          d = di;
          left = i < sp[0];
          nearest = sp;
        }
      }
      // The words next to the target are its own unless another person or a quotation mark stands
      // between: in "“… from Brussels,” Lavrov said" the "said" is Lavrov's.
      if (d <= 3 && adjacent(s, inMention, i, nearest)) f.merge((left ? "l:" : "r:") + lw, 1.0, Double::sum);
      if (s.clause[i] == s.clause[spans.get(0)[0]]) f.merge("c:" + lw, 1.0, Double::sum);
      if (s.v[i] != 0 && d <= 6) f.merge(s.v[i] > 0 ? "near_pos" : "near_neg", 1.0, Double::sum);
    }
    f.put("wpos", pos);
    f.put("wneg", neg);
    // Quotation and speech: in news the person quoted is mostly neutral, and what a quote says is
    // rarely about its speaker.
    boolean targetQuoted = s.quoted[spans.get(0)[0]];
    if (targetQuoted) f.put("t_quoted", 1.0);
    double otherVoice = 0;
    for (int i = 0; i < n; i++) {
      if (inMention[i] || !s.toks.get(i).word() || s.quoted[i] == targetQuoted) continue;
      otherVoice += s.v[i];
    }
    if (otherVoice != 0) f.put("oq_val", otherVoice);
    for (int[] sp : spans) {
      for (int i = Math.max(0, sp[0] - 2); i <= Math.min(n - 1, sp[1] + 2); i++) {
        if (inMention[i] || !s.toks.get(i).word()) continue;
        Lexicon.Cue c = s.lexicon[i].cue();
        if (c != null && c.kind() == Lexicon.CueKind.SPEECH) f.put("spk", 1.0);
      }
    }
    int first = spans.get(0)[0];
    int last = spans.get(0)[1];
    f.put("lb:" + (first > 1 ? s.toks.get(first - 2).lower() : "^") + "_" + (first > 0 ? s.toks.get(first - 1).lower() : "^"), 1.0);
    f.put("rb:" + (last + 1 < n ? s.toks.get(last + 1).lower() : "$") + "_" + (last + 2 < n ? s.toks.get(last + 2).lower() : "$"), 1.0);
    if (first == 0) f.put("t_first", 1.0);
    for (Record r : records) {
      if (r.target().equals(actor) && r.source() != null) {
        Lexicon.Cue c = lex.cue(r.cue().toLowerCase(Locale.ROOT));
        f.put("obj:" + (c == null ? "?" : c.kind() + (c.valence() < 0 ? "-" : c.valence() > 0 ? "+" : "0")), 1.0);
      }
      if (actor.equals(r.source())) {
        Lexicon.Cue c = lex.cue(r.cue().toLowerCase(Locale.ROOT));
        f.put("subj:" + (c == null ? "?" : c.kind() + (c.valence() < 0 ? "-" : c.valence() > 0 ? "+" : "0")), 1.0);
      }
    }
    return f;
  }

  /**
   * A scored sentence with each actor's mentions as token spans [first, last], in mention order, and
   * the tokens inside any mention marked: they carry no sentiment of their own.
   */
  private static final class Located {
    final Scored s;
    final boolean[] inMention;
    final Map<String, List<int[]>> spans;

    Located(Scored s, List<Mention> mentions) {
      this.s = s;
      this.inMention = new boolean[s.toks.size()];
      this.spans = locate(s, mentions, inMention);
    }
  }

  private static Map<String, List<int[]>> locate(Scored s, List<Mention> mentions, boolean[] inMention) {
    Map<String, List<int[]>> spans = new LinkedHashMap<>();
    for (Mention m : mentions) {
      int a = -1;
      int b = -1;
      for (int i = 0; i < s.toks.size(); i++) {
        Word t = s.toks.get(i);
        if (t.start() < m.end() && t.end() > m.start()) {
          if (a < 0) a = i;
          b = i;
          inMention[i] = true;
        }
      }
      if (a >= 0) spans.computeIfAbsent(m.actorId(), k -> new ArrayList<>()).add(new int[] {a, b});
    }
    return spans;
  }

  private static Record record(String source, String target, double score, Double cooperation, String cue) {
    int polarity = score >= NEUTRAL_BAND ? 1 : score <= -NEUTRAL_BAND ? -1 : 0;
    return new Record(source, target, polarity, score, cooperation, cue);
  }

  /** A cue verb's valence is part of what the sentence says of its object even when the word is not rated. */
  private static double withCue(double score, Lexicon.Cue cue) {
    double s = score + cue.valence() * 0.1;
    return Math.max(-1, Math.min(1, s));
  }

  /** Whether no other mention and no change of voice (quotation) lies between token i and the span. */
  private static boolean adjacent(Scored s, boolean[] inMention, int i, int[] sp) {
    int from = i < sp[0] ? i + 1 : sp[1] + 1;
    int to = i < sp[0] ? sp[0] : i;
    for (int k = from; k < to; k++) if (inMention[k]) return false;
    return s.quoted[i] == s.quoted[sp[0]];
  }

  /** Tokens between token i and a span [first, last]; 0 inside it. */
  private static int gap(int i, int[] sp) {
    return i < sp[0] ? sp[0] - i : i > sp[1] ? i - sp[1] : 0;
  }

  /** Closeness to the nearest span of the actor, halved outside its clause. */
  private static double weight(Scored s, List<int[]> spans, int i) {
    double best = 0;
    for (int[] sp : spans) {
      double w = 1 / (1 + gap(i, sp) / HALF_DISTANCE);
      if (s.clause[i] != s.clause[sp[0]]) w *= OTHER_CLAUSE;
      best = Math.max(best, w);
    }
    return best;
  }

  /** Actors named in the verb's clause on one side of it (nearest first), up to 12 tokens away. */
  private static List<String> actorsNear(Scored s, Map<String, List<int[]>> spans, int verb, int dir) {
    List<String> found = new ArrayList<>();
    ByDistance order = new ByDistance();
    for (Map.Entry<String, List<int[]>> e : spans.entrySet()) {
      for (int[] sp : e.getValue()) {
        int edge = dir < 0 ? sp[1] : sp[0];
        int d = (edge - verb) * dir;
        if (d <= 0 || d > 12) continue;
        boolean sameClause = true;
        for (int k = Math.min(edge, verb) + 1; k < Math.max(edge, verb); k++) {
          Word t = s.toks.get(k);
          if (!t.word() && !t.text().equals("\"") && !(t.text().equals(",") && dir < 0 && conjoined(s, k))) sameClause = false;
          if (t.word() && CLAUSE_WORDS.contains(t.lower())) sameClause = false;
        }
        if (sameClause) order.put(d, e.getKey());
      }
    }
    for (String a : order.values()) if (!found.contains(a)) found.add(a);
    return found;
  }

  /** A comma inside a list of subjects ("Russia, China and Iran agreed") does not end the clause. */
  private static boolean conjoined(Scored s, int comma) {
    for (int k = comma + 1; k < Math.min(s.toks.size(), comma + 6); k++) if (s.toks.get(k).lower().equals("and")) return true;
    return false;
  }

  private static boolean nextIsActor(Scored s, Map<String, List<int[]>> spans, int verb) {
    for (List<int[]> l : spans.values()) for (int[] sp : l) if (sp[0] == verb + 1) return true;
    return false;
  }

  /** Actors by distance, nearest first, stable for ties. */
  private static final class ByDistance {
    private final java.util.TreeMap<Integer, List<String>> m = new java.util.TreeMap<>();

    void put(int d, String a) {
      m.computeIfAbsent(d, k -> new ArrayList<>()).add(a);
    }

    List<String> values() {
      List<String> out = new ArrayList<>();
      m.values().forEach(out::addAll);
      return out;
    }
  }
}
