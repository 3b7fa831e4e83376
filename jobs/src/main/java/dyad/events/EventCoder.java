package dyad.events;

import dyad.text.Words.Word;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Codes the events of one sentence from its words and the actors it names: each verb of the CAMEO
 * dictionary, with its most specific pattern, between the actors that are its subject and its object.
 * Plain Java, no parser: the constructions of wire news are read from word order. Subjects are the
 * nearest actors before the verb that are not inside a prepositional phrase ("Spain's foreign
 * minister ... urged Ghana" is Spain's); coordinated actors each act ("A, B and C welcomed"); the
 * passive takes its source from "by" ("was fiercely opposed by"); a relative pronoun takes its
 * antecedent; objects are the first actors after the verb that are not a location ("in Egypt");
 * reciprocal verbs ("met", "agreed") give both directions between their parties, never among the
 * objects alone. Negation and modality follow CAMEO: a refused or negated cooperation is a
 * rejection (12), a cooperation in the future an intent (03), a negated conflict no event. One
 * instance serves many threads.
 */
public final class EventCoder {
  /**
   * An actor named in the sentence: its id, its state as of the article's date (or null), character
   * offsets, and whether it is named by an adjective ("Japanese", "Soviet").
   */
  public record Actor(String actorId, String state, int start, int end, boolean demonym) {}

  /**
   * One coded event. {@code verb} is the matched phrase, {@code negated} whether a negation or
   * refusal governs it; {@code confidence} in 0..1 says how directly the words state it.
   */
  public record Event(Actor source, Actor target, String cameo, String verb, boolean negated, double confidence) {}

  private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "am", "'s");
  private static final Set<String> NEGATIONS = Set.of("not", "never", "no", "n't", "neither", "nor", "cannot");
  private static final Set<String> FUTURE = Set.of("will", "would", "shall", "'ll");
  /** Verbs whose "to" complement is what they intend: "plans to visit" is an intent to visit. */
  private static final Set<String> INTEND = Set.of("plan", "plans", "planned", "planning", "intend", "intends", "intended",
      "expect", "expects", "expected", "hope", "hopes", "hoped", "want", "wants", "wanted", "seek", "seeks", "sought",
      "going", "due", "ready", "willing", "set", "prepared", "likely");
  /** Prepositions before a place that make it a location, not a party: "talks with Japan in Egypt". */
  private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "inside", "outside", "throughout", "within",
      "across", "around", "via", "through", "over");
  /** Prepositions whose object is not the subject of a verb after them ("the head of Japan's delegation to the U.S. urged"). */
  private static final Set<String> NOT_SUBJECT = Set.of("to", "with", "from", "in", "against", "on", "for", "toward",
      "towards", "at", "between", "into", "by", "over", "about", "than", "like", "near");
  /** Words that end the clause a verb's subject or object is sought in. */
  private static final Set<String> CLAUSE_END = Set.of(";", ":", "(", ")", "but", "while", "whereas", "although",
      "though", "because", "if", "unless", "since", "—", "–");
  private static final Set<String> RELATIVE = Set.of("which", "who", "that");
  private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she", "we", "its", "their", "his", "her");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "these", "those", "its", "their", "his",
      "her", "our", "any", "such", "no", "each", "every");
  /** Statement verbs: they frame a clause, their object is not a target unless told or briefed directly. */
  private static final Set<String> STATEMENTS = Set.of("say", "state", "report", "add", "note", "announce", "claim",
      "comment", "declare", "indicate", "mention", "remark", "write", "explain");
  /** Codes of events between two parties that act together ("A met B", "A signed with B"): both directions are coded. */
  private static final Set<String> RECIPROCAL_CODES = Set.of("019", "030", "036", "037", "038", "040", "041", "046", "057");
  /**
   * Codes one party does to another even when several act together (visits and their hosting,
   * praise, mediation, apologies, aid): coordinated subjects without an object are not each other's targets.
   */
  private static final Set<String> ONE_WAY = Set.of("042", "043", "044", "045", "051", "052", "053", "054", "055", "056");
  /**
   * Verbs of going to, joining or calling a party ("joined the United States in", "travel to
   * Ecuador", "summoned the ambassador"): coded one way though their code (040) is one of meeting.
   */
  private static final Set<String> DIRECTED = Set.of("arrive", "join", "go", "travel", "invite", "summon");
  /** Verbs of commitment: their "to" complement is what the source intends (CAMEO 03). */
  private static final Set<String> PROMISE = Set.of("agree", "pledge", "promise", "offer", "vow", "undertake", "commit",
      "decide", "consent", "resolve");
  /**
   * Roots of verbs whose object is asked to act (appeal, demand, threaten): "ask Asian banks to help
   * finance a link to China" appeals to the banks, not to China.
   */
  private static final Set<String> CONTROL_ROOTS = Set.of("02", "10", "13");
  /**
   * What cooperation is about, as CAMEO splits it: "military cooperation" is 062, "economic ties" 061.
   * Applied to the nouns of diplomatic cooperation (050).
   */
  private static final Map<String, String> MODIFIERS = Map.of("military", "062", "defense", "062", "defence", "062",
      "security", "062", "economic", "061", "trade", "061", "financial", "061", "commercial", "061");
  private static final Set<String> NOUN_PREPOSITIONS = Set.of("with", "against", "on", "to", "toward", "towards", "for");
  private static final Set<String> CONFLICT_PREPOSITIONS = Set.of("with", "against", "on", "to", "toward", "towards", "for", "of");
  /** Words of a title before its agent word: "foreign" minister, "trade" representative. */
  private static final Set<String> TITLE_WORDS = Set.of("foreign", "prime", "vice", "deputy", "senior", "top", "chief",
      "trade", "finance", "defence", "defense", "interior", "economy", "economic", "junior", "assistant", "acting",
      "government", "state", "military", "agriculture", "treasury", "commerce", "energy", "oil", "justice");
  /** CAMEO's "engage in material cooperation, not specified below": the default of the broad GRANT-like blocks. */
  private static final String GENERIC_MATERIAL = "060";
  private static final int SUBJECT_WINDOW = 25;
  private static final int OBJECT_WINDOW = 18;

  public static final String AGENTS = "dyad/events/state_agents.tsv";
  public static final String DYAD_AGENTS = "dyad/events/dyad_agents.tsv";
  public static final String NOUNS = "dyad/events/dyad_nouns.tsv";

  /** A noun that names an event ("talks", "sanctions"): its code and whether its parties act toward each other. */
  public record Noun(String code, boolean reciprocal) {}
  /** Words skipped between a verb and its subject: auxiliaries, adverbs, times ("Spain on Tuesday urged"). */
  private static final Set<String> BETWEEN = Set.of("will", "would", "shall", "can", "could", "may", "might", "must",
      "should", "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "did", "does", "do", "not", "n't",
      "also", "yesterday", "today", "tomorrow", "now", "still", "already", "again", "then", "on", "last", "this", "week",
      "month", "year", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "earlier", "later",
      "never", "once", "soon", "both", "all", "themselves", "itself", "'s");
  private static final Set<String> COMPLEMENT_OF = Set.of("of", "from");

  private final VerbDictionary dictionary;
  private final CameoCodes codes;
  /** Words naming a state's agents ("officials", "minister"): the head of a subject that acts for a state. */
  private final Set<String> agents;
  private final Map<String, Noun> nouns;

  public EventCoder(VerbDictionary dictionary, CameoCodes codes, Set<String> agents, Map<String, Noun> nouns) {
    this.dictionary = dictionary;
    this.codes = codes;
    this.agents = Set.copyOf(agents);
    this.nouns = Map.copyOf(nouns);
    java.util.HashMap<String, Lex> lex = new java.util.HashMap<>();
    java.util.Set<String> keys = new java.util.HashSet<>(dictionary.firstWords());
    keys.addAll(dictionary.heads());
    keys.addAll(nouns.keySet());
    for (String k : keys) lex.put(k, new Lex(dictionary.formsAt(k), dictionary.isHead(k), nouns.get(k)));
    this.lexicon = java.util.Collections.unmodifiableMap(lex);
  }

  /** What the dictionaries say of a word, looked up once per word of a sentence: its verb forms, whether a pattern uses it, its noun. */
  private record Lex(List<VerbDictionary.Form> forms, boolean head, Noun noun) {}

  private final Map<String, Lex> lexicon;

  public static EventCoder standard() {
    java.util.Set<String> agents = new java.util.HashSet<>(dyad.text.Tokens.readResourceLines(AGENTS));
    agents.addAll(dyad.text.Tokens.readResourceLines(DYAD_AGENTS));
    Map<String, Noun> nouns = new java.util.HashMap<>();
    for (String line : dyad.text.Tokens.readResourceLines(NOUNS)) {
      String[] f = line.split("\t");
      if (!f[0].equals("noun")) nouns.put(f[0], new Noun(f[1], f[2].equals("yes")));
    }
    return new EventCoder(VerbDictionary.standard(), CameoCodes.standard(), agents, nouns);
  }

  /** The events of a sentence's words; actors' offsets are in the same coordinates as the words'. */
  public List<Event> code(List<Word> words, List<Actor> actors) {
    int n = words.size();
    if (n == 0 || actors.size() < 2) return List.of();
    // Each word's actor: the longest mention covering it.
    Actor[] at = new Actor[n];
    for (Actor a : actors) {
      for (int i = 0; i < n; i++) {
        Word w = words.get(i);
        // A word overlapping a mention is the actor's: "Spain's" of the mention "Spain".
        if (w.start() >= a.start() && w.start() < a.end()
            && (at[i] == null || at[i].end() - at[i].start() < a.end() - a.start())) at[i] = a;
      }
    }
    uniteAgentPhrases(words, at);
    Map<String, Event> out = new LinkedHashMap<>();
    int[] governedUntil = {-1};
    @SuppressWarnings("unchecked")
    java.util.Set<String>[] sentenceWords = new java.util.Set[1];
    boolean allCaps = allCaps(words);
    boolean[] verbCoded = new boolean[n];
    Lex[] lex = new Lex[n];
    for (int i = 0; i < n; i++) lex[i] = lexicon.get(words.get(i).lower());
    for (int i = 0; i < n; i++) {
      Word w = words.get(i);
      if (!w.word() || at[i] != null) continue;
      // A capitalised word inside a sentence is a name ("Secretary of State"), not a verb.
      if (i > 0 && Character.isUpperCase(w.text().charAt(0)) && !allCaps) continue;
      // After a determiner or a possessive a verb's form is a noun ("the talks", "Taiwan's trade surplus",
      // "an outright U.S. ban").
      // The dictionary first: most words are no verb's form, and are then read no further.
      if (lex[i] == null || lex[i].forms().isEmpty() || nounAfter(words, at, i)) continue;
      VerbDictionary.Form form = formAt(words, i);
      if (form == null) continue;
      // An -ing form is a verb after "is", "were" ...; elsewhere it is mostly a noun ("the fifth meeting").
      if (w.lower().endsWith("ing") && !afterBe(words, i)) continue;
      int verbEnd = i + form.words().size();
      int before = out.size();
      codeVerb(words, at, lex, i, verbEnd, form, governedUntil, sentenceWords, out);
      if (out.size() > before) verbCoded[i] = true;
      i = verbEnd - 1;
    }
    for (int i = 0; i < n; i++) {
      Noun noun = at[i] == null && lex[i] != null ? lex[i].noun() : null;
      if (noun != null) codeNoun(words, at, i, noun, verbCoded, out);
    }
    return new ArrayList<>(out.values());
  }

  /**
   * The event a noun names: "talks between A and B" (its parties, both ways), "A's agreement with B",
   * "U.S. sanctions against Japan", "Spain's visit to Chile" (the actor just before it toward the
   * one just after its preposition). Confidence is lower than a verb's: the noun may name a past or
   * planned act.
   */
  private void codeNoun(List<Word> words, Actor[] at, int i, Noun noun, boolean[] verbCoded, Map<String, Event> out) {
    int n = words.size();
    String verb = words.get(i).text();
    double confidence = 0.6;
    if (noun.code().equals("050") && i > 0 && MODIFIERS.containsKey(words.get(i - 1).lower())) {
      noun = new Noun(MODIFIERS.get(words.get(i - 1).lower()), noun.reciprocal());
      verb = words.get(i - 1).text() + " " + verb;
    }
    if (i + 1 < n && words.get(i + 1).lower().equals("between") && i + 2 < n && at[i + 2] != null) {
      List<Actor> parties = group(words, at, i + 2, Math.min(n, i + 12));
      if (parties.size() >= 2 && noun.reciprocal()) {
        for (Actor a : parties) for (Actor b : parties) add(out, a, b, noun.code(), verb + " between", false, confidence);
      }
      return;
    }
    // The actor before: "Japan's", "U.S.", "Japanese" right before the noun, or one adjective between.
    Actor source = null;
    for (int k = i - 1; k >= Math.max(0, i - 2) && source == null; k--) {
      if (at[k] != null) source = at[k];
      else if (!words.get(k).word() || DETERMINERS.contains(words.get(k).lower()) || !words.get(k).lower().equals(words.get(k).text())
          || verbLike(words.get(k).lower())) break;
    }
    List<Actor> sources = source == null ? List.of() : List.of(source);
    if (source == null) {
      // The object of a verb that codes nothing itself: "Israel and Lebanon renewed negotiations",
      // "Italy announced a suspension of air links with Yugoslavia": the verb's subjects are the parties.
      int v = governingVerb(words, at, i);
      if (v < 0 || verbCoded[v]) return;
      sources = subjects(words, at, v, agents);
      if (sources.isEmpty()) return;
      verb = words.get(v).text() + " " + verb;
    }
    int p = i + 1;
    // A reciprocal noun's "on" names its subject, not a party: "talks on Iran's nuclear programme".
    // A conflict's "of" names its target too: "the invasion of Kuwait", "criticism of Japan".
    Set<String> preps = noun.reciprocal() ? Set.of("with") : CameoCodes.quadClass(noun.code()) >= 3 ? CONFLICT_PREPOSITIONS
        : NOUN_PREPOSITIONS;
    int t = p + 1;
    while (t < n && at[t] == null && DETERMINERS.contains(words.get(t).lower())) t++;
    if (p + 1 >= n || !preps.contains(words.get(p).lower()) || t >= n || at[t] == null) {
      if (source == null && noun.reciprocal() && sources.size() >= 2) {
        for (Actor a : sources) for (Actor b : sources) add(out, a, b, noun.code(), verb, false, confidence - 0.05);
      }
      return;
    }
    for (Actor s : sources) {
      for (Actor target : group(words, at, t, Math.min(n, t + 10))) {
        add(out, s, target, noun.code(), verb + " " + words.get(p).text(), false, confidence);
        if (noun.reciprocal()) add(out, target, s, noun.code(), verb + " " + words.get(p).text(), false, confidence - 0.05);
      }
    }
  }

  /** The event noun heading the object that starts at {@code from} ("their military cooperation"), or -1. */
  private int eventNounAt(List<Word> words, Actor[] at, int from) {
    for (int k = from; k < Math.min(words.size(), from + 4); k++) {
      Word w = words.get(k);
      if (at[k] != null || !w.word()) return -1;
      if (nouns.containsKey(w.lower())) return k;
      if (!DETERMINERS.contains(w.lower()) && !MODIFIERS.containsKey(w.lower()) && !adjective(w.lower())) return -1;
    }
    return -1;
  }

  private static boolean adjective(String w) {
    return w.endsWith("al") || w.endsWith("ic") || w.endsWith("ive") || w.endsWith("ary") || w.endsWith("er");
  }

  /** A past form or a form of the dictionary's verbs: "renewed", "signed", "hold". */
  private boolean verbLike(String lower) {
    return lower.endsWith("ed") || !dictionary.formsAt(lower).isEmpty();
  }

  /**
   * The verb whose object the noun at {@code i} heads, over its determiner and adjectives ("renewed
   * negotiations", "announced a suspension"), or -1. Only a verb in the past or the dictionary's.
   */
  private int governingVerb(List<Word> words, Actor[] at, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
      Word w = words.get(k);
      if (at[k] != null || !w.word() || !w.lower().equals(w.text())) return -1;
      if (DETERMINERS.contains(w.lower())) continue;
      boolean verb = verbLike(w.lower());
      if (verb && !nounAfter(words, at, k) && !(k > 0 && words.get(k - 1).lower().equals("to"))) return k;
      // Otherwise an adjective or a noun of the phrase ("summit talks"), unless it is the phrase's start.
      if (NOT_SUBJECT.contains(w.lower()) || COMPLEMENT_OF.contains(w.lower()) || LOCATIVE.contains(w.lower())) return -1;
      if (k < i - 1 && !w.lower().endsWith("al") && !w.lower().endsWith("ic") && !w.lower().endsWith("ive")) return -1;
    }
    return -1;
  }

  private VerbDictionary.Form formAt(List<Word> words, int i) {
    for (VerbDictionary.Form f : dictionary.formsAt(words.get(i).lower())) {
      if (i + f.words().size() > words.size()) continue;
      boolean all = true;
      for (int k = 1; k < f.words().size() && all; k++) all = words.get(i + k).lower().equals(f.words().get(k));
      if (all) return f;
    }
    return null;
  }

  private void codeVerb(List<Word> words, Actor[] at, Lex[] lex, int v, int verbEnd, VerbDictionary.Form form, int[] governedUntil,
      java.util.Set<String>[] sentenceWords, Map<String, Event> out) {
    String lemma = form.verb();
    // A verb in the "to" complement of an event verb is that verb's content ("urged Japan to open"),
    // not an event of its own; an intent verb's complement is coded, as an intent.
    boolean infinitive = v > 0 && words.get(v - 1).lower().equals("to");
    if (infinitive && v <= governedUntil[0]) return;
    // "are expected to double", "plans to visit": the intent is the infinitive's event, not this verb's.
    if (verbEnd < words.size() && words.get(verbEnd).lower().equals("to") && INTEND.contains(words.get(v).lower())
        && verbEnd == v + 1) return;
    int objectEnd = clauseEnd(words, at, verbEnd, false);
    int beforeStart = Math.max(0, v - 5);
    VerbDictionary.Pattern best = null;
    int bestEnd = verbEnd;
    List<VerbDictionary.Pattern> candidates = dictionary.patterns(lemma);
    // The sentence's words that patterns use, made once per sentence: a pattern none of whose slot can be there is skipped.
    if (!candidates.isEmpty() && sentenceWords[0] == null) sentenceWords[0] = lowerWords(words, lex);
    java.util.Set<String> present = candidates.isEmpty() ? java.util.Set.of() : dictionary.headsIn(lemma, sentenceWords[0]);
    for (VerbDictionary.Pattern p : candidates) {
      if (!p.possible(present)) continue;
      int end = matchAfter(words, p.after(), verbEnd, objectEnd);
      if (end < 0 || !matchBefore(words, p.before(), beforeStart, v)) continue;
      best = p;
      bestEnd = Math.max(end, verbEnd);
      break;
    }
    String code = best != null ? best.code() : form.code();
    if (code == null || code.equals(VerbDictionary.NONE) || !codes.has(code)) return;
    // A verb's generic code gives way to the event its object names: "expanded their collaboration" is cooperation.
    if (best == null && code.endsWith("0") && eventNounAt(words, at, verbEnd) >= 0) return;
    // Material cooperation needs a pattern: the bare default of "give", "increase", "supply", "lead"
    // (060) was, on the development set, more often no act toward the other party than one.
    if (best == null && code.equals(GENERIC_MATERIAL)) return;
    String verbText = phrase(words, v, bestEnd);

    boolean statement = STATEMENTS.contains(lemma) || "010".equals(code);
    boolean passive = isPassive(words, v, verbEnd, objectEnd);
    List<Actor> left = subjects(words, at, v, agents);

    List<Actor> right;
    if (passive) {
      int by = indexOf(words, "by", verbEnd, objectEnd);
      Actor byAgent = by >= 0 && by + 1 < words.size() ? firstActorAt(at, by + 1, Math.min(by + 4, objectEnd)) : null;
      right = byAgent == null ? List.of() : group(words, at, indexOfActor(at, byAgent, by + 1), objectEnd);
    } else {
      // The object may stand between the verb and its pattern's words: "backed Brazil at the London talks".
      // Appeals and demands are made to their object, and what they ask for follows in an infinitive.
      boolean control = CONTROL_ROOTS.contains(CameoCodes.root(code));
      right = objects(words, at, verbEnd, control ? clauseEnd(words, at, verbEnd, true) : objectEnd, statement);
    }
    // A passive's subject is what was acted on, named by its actor or not: "U.S. corn had been bought by".
    if (passive && left.isEmpty()) left = patient(words, at, v);
    // A participle after a comma is a passive of the phrase before it: "Britain and West Germany, backed by the Netherlands".
    boolean reduced = !passive && v >= 2 && words.get(v - 1).lower().equals(",") && at[v - 2] != null
        && verbEnd < words.size() && words.get(verbEnd).lower().equals("by") && words.get(v).lower().endsWith("ed");
    if (reduced) {
      Actor byAgent = firstActorAt(at, verbEnd + 1, Math.min(verbEnd + 4, objectEnd));
      if (byAgent == null) return;
      passive = true;
      left = groupEndingAt(words, at, v - 2);
      right = group(words, at, indexOfActor(at, byAgent, verbEnd + 1), objectEnd);
    }
    List<Actor> sources = passive ? right : left;
    List<Actor> targets = passive ? left : right;

    boolean negated = negated(words, v);
    boolean refused = refusedBefore(words, v);
    boolean future = futureBefore(words, v);
    String coded = code;
    // What a commitment is to makes it mutual or not: "agreed to meet" both ways, "agreed to open its market to B" one way.
    Boolean promisedMutual = null;
    // "agreed to restore ties", "pledged to cooperate": a commitment to what follows is an intent (03).
    if (PROMISE.contains(lemma) && bestEnd < objectEnd && words.get(bestEnd).lower().equals("to") && bestEnd + 1 < words.size()) {
      VerbDictionary.Form next = formAt(words, bestEnd + 1);
      String then = next == null ? null : next.code();
      coded = then == null || then.equals(VerbDictionary.NONE) || CameoCodes.quadClass(then) > 2 ? "030" : intentOf(then);
      if (coded.equals(then) && !CameoCodes.root(then).equals("03")) coded = "030";
      promisedMutual = then != null && !then.equals(VerbDictionary.NONE) && RECIPROCAL_CODES.contains(then.substring(0, 3));
    }
    int quad = CameoCodes.quadClass(coded);
    // A refusal is a rejection whatever was refused; a negated cooperation too.
    if (refused || negated && quad <= 2) coded = "120";
    else if (future && quad <= 2 && !CameoCodes.root(coded).equals("03")) coded = intentOf(coded);
    boolean dropped = negated && !refused && quad >= 3;
    if (dropped) return;

    // The verb governs the "to" infinitive after its object: "urged Japan to open its markets".
    int to = indexOf(words, "to", bestEnd, Math.min(words.size(), objectEnd + 1));
    if (to >= 0 && to + 1 < words.size() && !INTEND.contains(words.get(v).lower())) governedUntil[0] = Math.max(governedUntil[0], to + 1);

    double confidence = 0.9;
    if (best == null && code.endsWith("0")) confidence -= 0.15;
    if (passive) confidence -= 0.05;
    if (negated || refused || future) confidence -= 0.1;
    boolean reciprocal = promisedMutual != null ? promisedMutual
        : best != null && best.reverse() != null || RECIPROCAL_CODES.contains(coded.substring(0, 3)) && !DIRECTED.contains(lemma);
    if (targets.isEmpty() && mutual(coded) && sources.size() >= 2) {
      // "A and B agreed": each party toward each other.
      for (Actor a : sources) for (Actor b : sources) add(out, a, b, coded, verbText, negated || refused, confidence - 0.05);
      return;
    }
    for (Actor s : sources) {
      for (Actor t : targets) {
        add(out, s, t, coded, verbText, negated || refused, confidence);
        if (reciprocal) {
          // The pattern's reverse code is the other party's act only when the verb's own code stands:
          // a refused or future meeting is refused or intended by both.
          String back = best != null && best.reverse() != null && !best.reverse().equals(VerbDictionary.NONE)
              && coded.equals(code) ? best.reverse() : coded;
          add(out, t, s, back, verbText, negated || refused, confidence - 0.05);
        }
      }
    }
  }

  /**
   * Makes a state's agent phrase one actor: "Bulgarian President Todor Zhivkov" is the president's,
   * "Japanese government officials" and "Kenyan President Daniel Arap Moi" (a name the gazetteer
   * lacks) the state's. Coordination then sees "A's leader X and B's President Y" as two parties,
   * as it sees "A and B". A phrase whose head is no agent ("Soviet grain imports") is left alone.
   */
  private void uniteAgentPhrases(List<Word> words, Actor[] at) {
    int n = words.size();
    for (int i = 0; i < n; i++) {
      Actor a = at[i];
      if (a == null || a.state() == null || !a.actorId().equals(a.state()) || i > 0 && at[i - 1] == a) continue;
      int j = lastTokenOf(at, i) + 1;
      int end = -1;
      Actor unit = a;
      boolean agent = false;
      for (int k = j; k < n && k < j + 7; k++) {
        Word w = words.get(k);
        if (at[k] != null) {
          // The person the title names, when the gazetteer knows them as this state's.
          if (agent && at[k] != a && a.state().equals(at[k].state())) {
            unit = at[k];
            end = lastTokenOf(at, k);
          }
          break;
        }
        if (!w.word()) break;
        if (agents.contains(w.lower())) {
          agent = true;
          end = k;
        } else if (agent && Character.isUpperCase(w.text().charAt(0))) {
          end = k;
        } else if (agent || !TITLE_WORDS.contains(w.lower())) {
          break;
        }
      }
      if (end < j) continue;
      for (int k = i; k <= end; k++) at[k] = unit;
      i = end;
    }
  }

  /** Whether "A and B" doing it, with no object, is each toward the other: any cooperation but the one-way ones. */
  private static boolean mutual(String code) {
    String root = CameoCodes.root(code);
    return root.compareTo("03") >= 0 && root.compareTo("06") <= 0 && !ONE_WAY.contains(code.substring(0, 3));
  }

  private static void add(Map<String, Event> out, Actor s, Actor t, String code, String verb, boolean negated, double confidence) {
    if (s.actorId().equals(t.actorId()) || s.state() != null && s.state().equals(t.state()) && s.actorId().equals(t.state())) return;
    out.putIfAbsent(s.actorId() + "\u0001" + t.actorId() + "\u0001" + code,
        new Event(s, t, code, verb, negated, Math.max(0.1, Math.min(1.0, confidence))));
  }

  /** CAMEO's intent for a cooperation reported in the future tense. */
  private static String intentOf(String code) {
    String root = CameoCodes.root(code);
    return switch (root) {
      case "04" -> "036";
      case "05" -> "032";
      case "06" -> code.startsWith("061") ? "0311" : code.startsWith("062") ? "0312" : "031";
      case "07" -> "033";
      case "08" -> "035";
      default -> code;
    };
  }

  /**
   * The subjects of the verb at {@code v}: the noun phrase just before it (auxiliaries, adverbs and
   * times skipped, a relative clause or apposition between commas passed over) when it is an actor
   * ("Japan", "Japan and China"), a state's agent with its actor ("Spain's foreign minister", "Japanese
   * officials", "ministers from Mexico"), or a pronoun, then the nearest actor before it. A phrase
   * headed by anything else ("Norwegian tankers", "Ericsson Co of Sweden") is no actor's.
   */
  private static List<Actor> subjects(List<Word> words, Actor[] at, int v, Set<String> agents) {
    int i = skipBetween(words, at, v - 1);
    // An infinitive's subject is its governing verb's: "it also refused to condemn Moscow".
    if (i >= 1 && words.get(i).lower().equals("to") && at[i - 1] == null && words.get(i - 1).word()) {
      i = skipBetween(words, at, i - 2);
    }
    if (i >= 0 && words.get(i).lower().equals(",")) {
      // ", which declared a moratorium," or ", Fernando Moran," between the subject and its verb.
      int open = -1;
      for (int k = i - 1; k >= Math.max(0, i - 20); k--) {
        if (words.get(k).lower().equals(",")) {
          open = k;
          break;
        }
      }
      if (open < 0) return List.of();
      Actor inside = firstActorAt(at, open + 1, i);
      boolean relative = RELATIVE.contains(words.get(open + 1).lower());
      List<Actor> before = subjectAt(words, at, open - 1, agents);
      if (!before.isEmpty()) return before;
      if (!relative && inside != null && firstTokenOf(at, indexOfActor(at, inside, open + 1)) == open + 1) {
        return groupEndingAt(words, at, lastTokenOf(at, indexOfActor(at, inside, open + 1)));
      }
      return List.of();
    }
    return subjectAt(words, at, i, agents);
  }

  /** The nearest actor before a passive verb in its clause that is not inside a prepositional phrase. */
  private static List<Actor> patient(List<Word> words, Actor[] at, int v) {
    for (int k = v - 1; k >= Math.max(0, v - 8); k--) {
      if (CLAUSE_END.contains(words.get(k).lower()) || words.get(k).lower().equals(",")) break;
      if (at[k] == null) continue;
      int first = firstTokenOf(at, k);
      if (first > 0 && NOT_SUBJECT.contains(words.get(first - 1).lower())) break;
      return groupEndingAt(words, at, k);
    }
    return List.of();
  }

  private static int skipBetween(List<Word> words, Actor[] at, int i) {
    while (i >= 0 && at[i] == null && (BETWEEN.contains(words.get(i).lower()) || words.get(i).lower().endsWith("ly")
        && words.get(i).lower().length() > 3)) i--;
    return i;
  }

  /** The actors of the noun phrase ending at {@code i}, as {@link #subjects} reads it. */
  private static List<Actor> subjectAt(List<Word> words, Actor[] at, int i, Set<String> agents) {
    if (i < 0) return List.of();
    String w = words.get(i).lower();
    if (at[i] != null) {
      int first = firstTokenOf(at, i);
      int before = first - 1;
      // "ministers from Mexico" is Mexico's; "Ericsson Telephone Co of Sweden" is a company's.
      if (before >= 1 && COMPLEMENT_OF.contains(words.get(before).lower())) {
        int head = before - 1;
        if (at[head] == null && !agents.contains(words.get(head).lower())) return List.of();
      }
      return groupEndingAt(words, at, i);
    }
    // A name the gazetteer lacks after its title: "Kenyan President Daniel Arap Moi".
    int name = i;
    while (name > 0 && name > i - 4 && at[name] == null && Character.isUpperCase(words.get(name).text().charAt(0))
        && !agents.contains(words.get(name).lower())) name--;
    if (name < i && at[name] == null && agents.contains(words.get(name).lower())) {
      i = name;
      w = words.get(i).lower();
    }
    if (agents.contains(w)) {
      // The agent's actor: before it in its phrase ("Spain's foreign minister", "Japanese officials").
      for (int k = i - 1; k >= Math.max(0, i - 5); k--) {
        if (at[k] != null) return groupEndingAt(words, at, k);
        String x = words.get(k).lower();
        if (!words.get(k).word() || CLAUSE_END.contains(x) || NOT_SUBJECT.contains(x)) break;
      }
      return List.of();
    }
    if (PRONOUNS.contains(w)) {
      // Its antecedent: the nearest actor before it that is not inside a prepositional or "of" phrase.
      for (int k = i - 1; k >= Math.max(0, i - SUBJECT_WINDOW); k--) {
        if (at[k] == null) continue;
        int first = firstTokenOf(at, k);
        if (first > 0 && (NOT_SUBJECT.contains(words.get(first - 1).lower()) || COMPLEMENT_OF.contains(words.get(first - 1).lower()))) {
          k = first;
          continue;
        }
        return groupEndingAt(words, at, k);
      }
    }
    return List.of();
  }

  private static boolean nounAfter(List<Word> words, Actor[] at, int i) {
    // After a state's adjective a word is what it qualifies ("Palestinian targets", "Soviet purchases"),
    // unless the adjective names a people ("the Japanese agreed", "Israelis and Palestinians failed").
    if (i > 0 && at[i - 1] != null && at[i - 1].demonym() && at[i] == null && words.get(i - 1).start() < at[i - 1].end()) {
      int first = firstTokenOf(at, i - 1);
      String adjective = words.get(i - 1).lower();
      boolean plural = adjective.endsWith("s") && !adjective.endsWith("ss");
      if (!plural && (first == 0 || !words.get(first - 1).lower().equals("the"))) return true;
    }
    // A past form after a name is its verb: "the United States agreed" (nouns seldom end in -ed).
    boolean past = words.get(i).lower().endsWith("ed");
    for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
      if (past && k < i - 1) return false;
      String w = words.get(k).lower();
      if (DETERMINERS.contains(w) || w.endsWith("'s") && k == i - 1) return true;
      // Adjectives and actors' adjectives may stand between ("an outright U.S. ban"); anything else ends the phrase.
      boolean adjective = at[k] != null || w.endsWith("ic") || w.endsWith("al") || w.endsWith("ive") || w.endsWith("right")
          || w.endsWith("ous") || w.endsWith("ful") || w.endsWith("ern");
      if (!adjective || !words.get(k).word()) return false;
    }
    return false;
  }

  private static boolean afterBe(List<Word> words, int i) {
    int k = i - 1;
    while (k >= 0 && words.get(k).lower().endsWith("ly")) k--;
    return k >= 0 && (BE.contains(words.get(k).lower()) || words.get(k).lower().equals("been"));
  }

  /** The objects of a verb: the first actor group after it that is not a location; none for a statement's clause. */
  private static List<Actor> objects(List<Word> words, Actor[] at, int from, int end, boolean statement) {
    for (int i = from; i < end; i++) {
      if (at[i] == null) {
        // A statement's object is its addressee, next to it ("told Japan"); what follows is its clause.
        if (statement) return List.of();
        continue;
      }
      int before = i - 1;
      while (before >= from && at[before] == null && DETERMINERS.contains(words.get(before).lower())) before--;
      if (before >= 0 && at[before] == null && LOCATIVE.contains(words.get(before).lower())) {
        i = lastTokenOf(at, i);
        continue;
      }
      // The subject of a clause of its own ("warned that Japan would retaliate") is not the object.
      if (before >= from && RELATIVE.contains(words.get(before).lower())) return List.of();
      return group(words, at, i, end);
    }
    return List.of();
  }

  /**
   * The actors coordinated with the one starting at {@code i}: "A, B and C". A comma alone is no
   * coordination ("sales to Morocco, the U.S. Agriculture Department said"): the list must end in "and" or "or".
   */
  private static List<Actor> group(List<Word> words, Actor[] at, int i, int end) {
    List<Actor> g = new ArrayList<>();
    int k = i;
    int commaListEnd = -1;
    while (k < end && at[k] != null) {
      Actor a = at[k];
      if (!g.contains(a)) g.add(a);
      k = lastTokenOf(at, k) + 1;
      int j = k;
      boolean and = false;
      while (j < end && at[j] == null && (words.get(j).lower().equals(",") || words.get(j).lower().equals("and")
          || words.get(j).lower().equals("or") || DETERMINERS.contains(words.get(j).lower()))) {
        and |= words.get(j).lower().equals("and") || words.get(j).lower().equals("or");
        j++;
      }
      if (j == k || j >= end || at[j] == null) break;
      if (and) commaListEnd = -1;
      else if (commaListEnd < 0) commaListEnd = g.size();
      k = j;
    }
    // Members joined by commas with no "and" after them are not the list's.
    return commaListEnd > 0 ? g.subList(0, commaListEnd) : g;
  }

  private static List<Actor> groupEndingAt(List<Word> words, Actor[] at, int i) {
    int k = firstTokenOf(at, i);
    boolean and = false;
    while (true) {
      int j = k - 1;
      boolean linkAnd = false;
      while (j >= 0 && at[j] == null && (words.get(j).lower().equals(",") || words.get(j).lower().equals("and")
          || DETERMINERS.contains(words.get(j).lower()))) {
        linkAnd |= words.get(j).lower().equals("and");
        j--;
      }
      // From the end of "A, B and C": the last link must be an "and" before commas join more.
      if (j == k - 1 || j < 0 || at[j] == null || !linkAnd && !and) break;
      and = true;
      k = firstTokenOf(at, j);
    }
    return group(words, at, k, i + 1);
  }

  private static int firstTokenOf(Actor[] at, int i) {
    while (i > 0 && at[i - 1] == at[i]) i--;
    return i;
  }

  private static int lastTokenOf(Actor[] at, int i) {
    while (i + 1 < at.length && at[i + 1] == at[i]) i++;
    return i;
  }

  private static Actor firstActorAt(Actor[] at, int from, int to) {
    for (int i = from; i < to && i < at.length; i++) if (at[i] != null) return at[i];
    return null;
  }

  private static int indexOfActor(Actor[] at, Actor a, int from) {
    for (int i = from; i < at.length; i++) if (at[i] == a) return i;
    return from;
  }

  private static int indexOf(List<Word> words, String word, int from, int to) {
    for (int i = from; i < to && i < words.size(); i++) if (words.get(i).lower().equals(word)) return i;
    return -1;
  }

  /**
   * Where a verb's object clause ends: a clause word, a statement's "said", an infinitive ("ask Asian
   * banks to help finance a link to China": what follows is the infinitive's), or the window's end.
   */
  private int clauseEnd(List<Word> words, Actor[] at, int from, boolean control) {
    int end = Math.min(words.size(), from + OBJECT_WINDOW);
    for (int i = from; i < end; i++) {
      String w = words.get(i).lower();
      if (at[i] != null) continue;
      if (control && w.equals("to") && i > from && i + 1 < end && at[i + 1] == null
          && !dictionary.formsAt(words.get(i + 1).lower()).isEmpty() && !DETERMINERS.contains(words.get(i + 1).lower())) return i;
      if (CLAUSE_END.contains(w) || w.equals("said") || w.equals("says") || w.equals(".") || w.equals("?")) return i;
      if (w.equals(",") && i + 1 < end && at[i + 1] == null && !words.get(i + 1).lower().equals("and")) {
        // A list goes on over its determiners: "supported by the U.K., the Netherlands, West Germany and Japan".
        int j = i + 1;
        while (j < end && at[j] == null && DETERMINERS.contains(words.get(j).lower())) j++;
        if (j == i + 1 || j >= end || at[j] == null || i == 0 || at[i - 1] == null) return i;
      }
    }
    return end;
  }

  private static boolean isPassive(List<Word> words, int v, int verbEnd, int objectEnd) {
    int i = v - 1;
    // Adverbs between: "was fiercely opposed by".
    while (i >= 0 && i >= v - 3 && words.get(i).lower().endsWith("ly")) i--;
    if (i < 0 || !BE.contains(words.get(i).lower())) return false;
    String w = words.get(v).lower();
    if (!(w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn") || w.endsWith("t"))) return false;
    return indexOf(words, "by", verbEnd, Math.min(objectEnd, verbEnd + 4)) >= 0 || indexOf(words, "by", verbEnd, verbEnd + 1) >= 0;
  }

  private static boolean negated(List<Word> words, int v) {
    for (int i = v - 1; i >= Math.max(0, v - 3); i--) {
      String w = words.get(i).lower();
      if (NEGATIONS.contains(w) || w.endsWith("n't")) return true;
      if (!letters(w) && !w.endsWith("n't")) return false;
    }
    return false;
  }

  /** "refused to", "declined to", "rejected calls to": a refusal of what follows. */
  private static boolean refusedBefore(List<Word> words, int v) {
    if (v < 2 || !words.get(v - 1).lower().equals("to")) return false;
    String g = words.get(v - 2).lower();
    return g.startsWith("refus") || g.startsWith("declin") || g.equals("unwilling") || g.startsWith("reject");
  }

  private static boolean futureBefore(List<Word> words, int v) {
    for (int i = v - 1; i >= Math.max(0, v - 3); i--) {
      String w = words.get(i).lower();
      if (FUTURE.contains(w)) return true;
      if (w.equals("to") && i > 0 && INTEND.contains(words.get(i - 1).lower())) return true;
      if (!letters(w)) return false;
    }
    return false;
  }

  private static boolean letters(String w) {
    for (int i = 0; i < w.length(); i++) if (!Character.isLetter(w.charAt(i))) return false;
    return true;
  }

  /** The sentence's words, lower-case, that begin a slot of some pattern: all that patterns are checked against. */
  private static java.util.Set<String> lowerWords(List<Word> words, Lex[] lex) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (int i = 0; i < lex.length; i++) if (lex[i] != null && lex[i].head()) out.add(words.get(i).lower());
    return out;
  }

  /** Slots in order after the verb, before {@code end}; returns the index after the last, or -1. */
  private static int matchAfter(List<Word> words, List<List<List<String>>> slots, int from, int end) {
    // A pattern's words are the verb's phrase, not a place's: "backed Brazil at the London talks" is no
    // intent to meet, though "hosted X in this city for an informal meeting" is a hosted meeting.
    boolean[] place = null;
    for (int k = from; k < end; k++) {
      if (!LOCATIVE.contains(words.get(k).lower()) || slotWord(slots, words.get(k).lower())) continue;
      if (place == null) place = new boolean[end];
      int j = k;
      while (j < end && (j == k || !NOT_SUBJECT.contains(words.get(j).lower()) && !COMPLEMENT_OF.contains(words.get(j).lower())
          && words.get(j).word())) place[j++] = true;
      k = j - 1;
    }
    return matchSlots(words, slots, from, end, place);
  }

  private static boolean slotWord(List<List<List<String>>> slots, String word) {
    for (List<List<String>> slot : slots) for (List<String> alt : slot) if (alt.contains(word)) return true;
    return false;
  }

  /** Slots in order in the few words before the verb at {@code v}. */
  private static boolean matchBefore(List<Word> words, List<List<List<String>>> slots, int from, int v) {
    return slots.isEmpty() || matchSlots(words, slots, from, v, null) >= 0;
  }

  /**
   * Each slot found in order in [from, end), a word or more of one of its alternatives, none starting
   * at a {@code skip} position; the index after the last, or -1.
   */
  private static int matchSlots(List<Word> words, List<List<List<String>>> slots, int from, int end, boolean[] skip) {
    int i = from;
    for (List<List<String>> slot : slots) {
      int found = -1;
      for (int k = i; k < end && found < 0; k++) {
        if (skip != null && skip[k]) continue;
        for (List<String> alt : slot) {
          if (matches(words, k, alt)) {
            found = k + alt.size();
            break;
          }
        }
      }
      if (found < 0) return -1;
      i = found;
    }
    return i;
  }

  /** A slot's words at {@code k}, each as written or as its plural ("tie" matches "ties"). */
  private static boolean matches(List<Word> words, int k, List<String> alt) {
    if (k + alt.size() > words.size()) return false;
    for (int j = 0; j < alt.size(); j++) {
      String w = words.get(k + j).lower();
      String a = alt.get(j);
      if (!(w.equals(a) || w.equals(a + "s") || w.equals(a + "es") || a.endsWith("y") && w.equals(a.substring(0, a.length() - 1) + "ies"))) return false;
    }
    return true;
  }

  private static String phrase(List<Word> words, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (b.length() > 0) b.append(' ');
      b.append(words.get(i).text());
    }
    return b.toString();
  }

  private static boolean allCaps(List<Word> words) {
    for (Word w : words) if (w.word() && !w.text().equals(w.text().toUpperCase(java.util.Locale.ROOT))) return false;
    return true;
  }
}
