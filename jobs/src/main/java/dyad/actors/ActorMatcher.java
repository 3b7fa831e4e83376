package dyad.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dyad.text.Tokens;

/**
 * Finds the actors a text names: states, organisations and people.
 *
 * <p>All gazetteer forms are matched at once in a token trie, longest match first, so "South China
 * Sea" (a phrase that is not an actor) blocks "China" and "Guinea-Bissau" never counts as Guinea.
 * Acronyms match only as written (US, not "us"); other forms need the capitals they are written
 * with ("Turkey" but not "turkey"), except that the later words of a person's name may be in lower
 * case, as machine translation leaves them ("Henry kissinger").
 *
 * <p>Then, in this order: a form that names several actors, or something else too (Georgia,
 * Jordan), counts only when exactly one of its actors is also named unambiguously in the text. A
 * capital or seat after a locative word ("talks in Brussels", "a rally in Moscow") is a place, not
 * the government acting, and does not count. A
 * person's name with one word misspelt is matched by {@link FuzzyNames}. A bare short name ("Wang",
 * "Lavrov") is the person named in full elsewhere in the text (coreference) and is not guessed when
 * none or two are; a few short names are unmistakable on their own (Putin), and of several people
 * who share one, only the one in office at the article's date counts. People the gazetteer lacks
 * are recognised by a title after a state ({@link TitleAffiliation}). Plain Java, thread-safe once
 * built.
 */
public final class ActorMatcher {
  /** Which kind of gazetteer form matched; written to {@code mentions.form}. */
  public enum Kind { NAME, ALIAS, DEMONYM, METONYM, SHORT, TITLE }

  /** How the mention was resolved; written to {@code mentions.match_kind}. */
  public enum Match { EXACT, ALIAS, FUZZY, COREFERENCE, INFERRED, TITLED }

  /** What a gazetteer form stands for; actorId null for a phrase that is no actor. */
  record Entry(String actorId, String type, Kind kind, boolean caseSensitive, List<String> formTokens,
      boolean ambiguous, Person person) {}

  /**
   * A resolved mention: [start, end) in the text, the surface, the actor, which form matched and
   * how it was resolved, whether only the context decided it, and for people the name, the state
   * they stood for at the date and their title then.
   */
  public record Mention(int start, int end, String surface, String actorId, String type, Kind kind, Match match,
      boolean contextResolved, String name, String country, String role) {}

  private static final class Node {
    Map<String, Node> next;
    List<Entry> entries;

    Node child(String key) {
      return next == null ? null : next.get(key);
    }
  }

  private final Node root = new Node();
  private final FuzzyNames fuzzy = new FuzzyNames();
  private final TitleAffiliation titles;
  private final OrganisationNames organisations = new OrganisationNames();
  private final Set<String> givenNames;
  private final Map<String, String> names = new HashMap<>();
  private final Set<String> stateIds = new HashSet<>();
  private final Set<String> otherFirstWords = new HashSet<>();

  public ActorMatcher(Gazetteer g) {
    for (Gazetteer.State s : g.states()) {
      Set<String> amb = new HashSet<>(s.ambiguous());
      add(s.name(), s.id(), "STATE", Kind.NAME, amb.contains(s.name()), null);
      s.aliases().forEach(a -> add(a, s.id(), "STATE", Kind.ALIAS, amb.contains(a), null));
      s.demonyms().forEach(a -> add(a, s.id(), "STATE", Kind.DEMONYM, amb.contains(a), null));
      s.metonyms().forEach(a -> addMetonym(a, s.id(), "STATE", amb.contains(a)));
      // Forms listed only as ambiguous ("Turkey", the state's old short name) are names too, needing context.
      Set<String> listed = new HashSet<>(s.aliases());
      listed.add(s.name());
      listed.addAll(s.demonyms());
      listed.addAll(s.metonyms());
      s.ambiguous().stream().filter(a -> !listed.contains(a)).forEach(a -> add(a, s.id(), "STATE", Kind.ALIAS, true, null));
      names.put(s.id(), s.name());
      stateIds.add(s.id());
    }
    for (Gazetteer.Igo i : g.igos()) {
      add(i.name(), i.id(), "IGO", Kind.NAME, false, null);
      i.aliases().forEach(a -> add(a, i.id(), "IGO", Kind.ALIAS, false, null));
      i.metonyms().forEach(a -> addMetonym(a, i.id(), "IGO", false));
      names.put(i.id(), i.name());
    }
    for (Person p : g.people()) {
      Set<String> forms = new HashSet<>();
      add(p.name(), p.id(), p.type(), Kind.NAME, false, p);
      forms.add(PersonNames.key(p.name()));
      for (String a : p.aliases()) {
        if (forms.add(PersonNames.key(a))) add(a, p.id(), p.type(), Kind.ALIAS, false, p);
      }
      // Institutions have no short name, and their names are not misspelt people's names.
      String shortForm = isInstitution(p) ? null : PersonNames.shortForm(p.name(), p.countries());
      if (shortForm != null && forms.add(PersonNames.key(shortForm))) add(shortForm, p.id(), p.type(), Kind.SHORT, false, p);
      if (!isInstitution(p)) {
        // Compared by their tokens, since the name key ignores the hyphens these variants differ by.
        Set<String> spelled = new HashSet<>();
        for (String v : variants(p)) {
          String toks = ActorTokenizer.tokens(v).stream().map(ActorTokenizer.Token::key).toList().toString();
          if (spelled.add(toks) && (v.contains("-") || forms.add(PersonNames.key(v)))) add(v, p.id(), p.type(), Kind.ALIAS, false, p);
          // ... and its short name too ("Ruehe" after "Volker Ruehe").
          String vShort = PersonNames.shortForm(v, p.countries());
          if (vShort != null && !vShort.equals(shortForm) && forms.add(PersonNames.key(vShort))) {
            add(vShort, p.id(), p.type(), Kind.SHORT, false, p);
          }
        }
      }
      names.put(p.id(), p.name());
    }
    g.notActors().keySet().forEach(f -> add(f, null, null, null, false, null));
    givenNames = givenNames(g);
    titles = new TitleAffiliation(givenNames);
  }

  /**
   * Given names: the first words of the gazetteer's people's names, except where the family name
   * comes first. "US Secretary of State Antony" names someone by a first name, not a surname.
   */
  private Set<String> givenNames(Gazetteer g) {
    Set<String> counts = new HashSet<>();
    for (Person p : g.people()) {
      if (isInstitution(p) || p.countries().stream().anyMatch(PersonNames.FAMILY_FIRST::contains)) continue;
      String[] w = p.name().strip().split("\\s+");
      if (w.length >= 2 && w[0].length() >= 3 && !w[0].endsWith(".")) counts.add(ActorTokenizer.key(w[0]));
    }
    // No first word of a state's, organisation's or phrase's form: CAMEO's entries include "Air Chief
    // Marshal X", and "Air" is no one's given name (titles and ranks are left out by TitleAffiliation).
    Set<String> out = new HashSet<>();
    for (String w : counts) {
      if (!isFormWord(w)) out.add(w);
    }
    return Set.copyOf(out);
  }

  /** The first word of a form that is no person's: a state's, an organisation's, a phrase's ("Air China"). */
  private boolean isFormWord(String key) {
    return otherFirstWords.contains(key);
  }

  /**
   * Spellings news uses for a name besides the gazetteer's: hyphens as spaces and spaces after an
   * Arabic article as hyphens ("Ange-Felix Patasse" / "Ange Felix Patasse", "Zine el Abidine" /
   * "Zine al-Abidine"), and for a curated name of three words or more its first and last ("Oscar
   * Luigi Scalfaro" is "Oscar Scalfaro").
   */
  private static List<String> variants(Person p) {
    List<String> out = new ArrayList<>();
    for (String name : p.aliases().isEmpty() ? List.of(p.name()) : concat(p.name(), p.aliases())) {
      // German umlauts as English news writes them: "Volker Rühe" is "Volker Ruehe".
      if (name.matches(".*[äöüÄÖÜ].*")) {
        out.add(name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe")
            .replace("Ü", "Ue"));
      }
      if (name.matches(".*\\p{L}-\\p{L}.*")) out.add(name.replaceAll("(?<=\\p{L})-(?=\\p{L})", " "));
      if (name.matches("(?i).*\\b(?:al|el) \\p{L}.*")) out.add(name.replaceAll("(?i)\\b(al|el) (?=\\p{L})", "$1-"));
    }
    String[] w = p.name().strip().split("\\s+");
    boolean familyFirst = p.countries().stream().anyMatch(PersonNames.FAMILY_FIRST::contains);
    // Two given names are often hyphenated: "Ange-Felix Patasse".
    if (w.length >= 3 && !familyFirst && w[0].matches("\\p{Lu}\\p{Ll}+") && w[1].matches("\\p{Lu}\\p{Ll}+")) {
      out.add(w[0] + "-" + w[1] + " " + String.join(" ", java.util.Arrays.copyOfRange(w, 2, w.length)));
    }
    if (p.curated() && w.length >= 3 && !familyFirst && !w[w.length - 1].matches("(?i)jr\\.?|sr\\.?|i|ii|iii|iv|v")
        && Character.isUpperCase(w[1].charAt(0))) {
      out.add(w[0] + " " + w[w.length - 1]);
    }
    return out;
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> out = new ArrayList<>(rest.size() + 1);
    out.add(first);
    out.addAll(rest);
    return out;
  }

  /** "the White House" is also written without its article ("White House officials"). */
  private void addMetonym(String form, String actorId, String type, boolean ambiguous) {
    add(form, actorId, type, Kind.METONYM, ambiguous, null);
    if (form.startsWith("the ")) add(form.substring(4), actorId, type, Kind.METONYM, ambiguous, null);
  }

  private void add(String form, String actorId, String type, Kind kind, boolean ambiguous, Person person) {
    List<ActorTokenizer.Token> toks = ActorTokenizer.tokens(form);
    if (toks.isEmpty()) return;
    Node n = root;
    List<String> forms = new ArrayList<>();
    for (ActorTokenizer.Token t : toks) {
      if (n.next == null) n.next = new HashMap<>(4);
      n = n.next.computeIfAbsent(t.key(), k -> new Node());
      forms.add(t.text());
    }
    if (person == null) otherFirstWords.add(toks.get(0).key());
    if (n.entries == null) n.entries = new ArrayList<>(1);
    n.entries.add(new Entry(actorId, type, kind, isAcronym(form), List.copyOf(forms), ambiguous, person));
    // Misspellings are tolerated for the curated people only: among CAMEO's 18,000 names, one letter
    // off is too often another real name (John Hutton / John Huston).
    if (person != null && kind != Kind.SHORT && !isInstitution(person)) fuzzy.add(person, toks, person.curated());
  }

  private static boolean isInstitution(Person p) {
    return "INSTITUTION".equals(p.type());
  }

  /** Every letter a capital, at least two of them: US, UK, PRC, NATO, U.S. */
  static boolean isAcronym(String form) {
    int letters = 0;
    for (int i = 0; i < form.length(); i++) {
      char c = form.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) return false;
        letters++;
      }
    }
    return letters >= 2;
  }

  /** The canonical name of a gazetteer actor, or null. */
  public String nameOf(String actorId) {
    return names.get(actorId);
  }

  /** The mentions in an undated text, in order. */
  public List<Mention> find(String text) {
    return find(text, null);
  }

  /** The mentions in {@code text}, published on {@code date} (null when unknown), in order. */
  public List<Mention> find(String text, LocalDate date) {
    return find(dyad.text.TokenStream.of(text), date);
  }

  /** The mentions in a text already tokenised (an article's one token stream), in order. */
  public List<Mention> find(dyad.text.TokenStream stream, LocalDate date) {
    String text = stream.text();
    List<ActorTokenizer.Token> toks = ActorTokenizer.tokens(stream);
    List<Candidate> found = candidates(toks);

    // What the text names without doubt decides the doubtful forms.
    Set<String> named = new HashSet<>();
    Map<String, Person> antecedents = new LinkedHashMap<>();
    for (Candidate c : found) {
      String only = c.unambiguousOther();
      if (only != null) named.add(only);
    }
    for (Candidate c : found) {
      if (c.fullName) {
        // One of CAMEO's officials (or the lists') needs a state they served named in the text, unless
        // a title stands before the name and they held an office at the date ("Minister X").
        boolean titledName = date != null && titles.titleBefore(toks, c.startToken) >= 0;
        c.people.removeIf(p -> !supported(p, named) && !(titledName && inOffice(p, date)));
        Person p = choose(c, date);
        if (p != null) antecedents.put(p.id(), p);
      }
    }
    // "President Clinton", "Mr Kinkel": a short name after a title is whoever of that name held an
    // office at the date, when exactly one did; later bare "Clinton"s refer back to them.
    Map<Candidate, Person> titled = new HashMap<>();
    Map<Integer, String> stateEndingAt = new HashMap<>();
    for (Candidate c : found) {
      String only = c.unambiguousOther();
      if (only != null && stateIds.contains(only)) stateEndingAt.put(c.endToken, only);
    }
    for (Candidate c : found) {
      int title = c.fullName || c.people.isEmpty() || date == null ? -1 : titles.titleBefore(toks, c.startToken);
      if (title < 0 || titles.isTitleWord(toks.get(c.startToken).key())) continue;
      // "Mr Fox" after "Liam Fox" in the same text is Liam Fox, whoever else held office then; and
      // "Mr McDonald" after "Ben McDonald", someone the gazetteer lacks, is no other McDonald.
      if (c.people.stream().anyMatch(p -> antecedents.containsKey(p.id()))) continue;
      if (otherFirstName(toks, c)) continue;
      // "Assistant Secretary of State John Kornblum": a first name, not the surname of a John.
      if (c.endToken < toks.size() && FuzzyNames.isCapitalisedWord(toks.get(c.endToken))) continue;
      // "US Secretary of State Antony" is no Indian minister Antony: a state before the title (and at
      // most two words of it: "U.S. Assistant Secretary of State") must be theirs.
      String of = null;
      for (int k = title; k >= Math.max(0, title - 2) && of == null; k--) {
        of = stateEndingAt.get(k);
        if (of == null && k > 0 && toks.get(k - 1).text().equalsIgnoreCase("'s")) of = stateEndingAt.get(k - 1);
      }
      String state = of;
      // A surname is thin evidence: unless hand-curated (who count wherever named), the state they held
      // office for must be named in the text too ("Mr Howard" in British news is not Australia's
      // prime minister).
      List<Person> inOffice = c.people.stream().distinct()
          .filter(p -> inOffice(p, date) && (state == null ? p.curated() || named.contains(p.standingAt(date).country())
              : p.countries().contains(state)))
          .toList();
      if (inOffice.size() != 1) continue;
      titled.put(c, inOffice.get(0));
      antecedents.putIfAbsent(inOffice.get(0).id(), inOffice.get(0));
    }

    List<Mention> out = new ArrayList<>();
    List<Anchor> anchors = new ArrayList<>();
    boolean[] covered = new boolean[toks.size()];
    boolean[] held = held(found, toks.size());
    Set<String> surnames = personsSurnames(toks, found, held);
    for (Candidate c : found) {
      Mention m = c.people.isEmpty() ? null : resolvePerson(c, text, date, antecedents, titled.get(c));
      if (m == null && !partOfAName(toks, c, surnames, held)) m = resolveOther(c, text, named, toks, found);
      boolean place = m != null && (m.kind() == Kind.METONYM && afterLocative(toks, c.startToken)
          || birthplace(toks, c.endToken));
      if (place) m = null; // "talks in Brussels": the city as a place, not the government acting
      // A full name two people share, or a seat named as a place, stays unresolved but is still a
      // known name: not one to infer a person from.
      if (m == null && !c.fullName && !place) continue;
      if (m != null) {
        out.add(m);
        // A title may follow a state, an organisation, a state's named body ("Federal Reserve governor
        // X") or, with a possessive, a known person ("Lukashenko's political adviser").
        boolean possessive = c.endToken < toks.size() && toks.get(c.endToken).text().equalsIgnoreCase("'s");
        if ("STATE".equals(m.type()) || "IGO".equals(m.type())
            || (("INSTITUTION".equals(m.type()) || possessive && "PERSON".equals(m.type())) && m.country() != null)) {
          anchors.add(new Anchor(m, c.startToken, c.endToken));
        }
      }
      for (int k = c.startToken; k < c.endToken; k++) covered[k] = true;
    }
    inferFromTitles(toks, text, out, anchors, covered);
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }

  /**
   * A state's form that is part of another name: an organisation's ("Air France", "Iraqi News
   * Agency"), or a person's surname ("Anthony Washington", and "Washington" alone in the same text).
   */
  private boolean partOfAName(List<ActorTokenizer.Token> toks, Candidate c, Set<String> surnames, boolean[] held) {
    if (c.entries.stream().allMatch(e -> e.person() != null)) return false;
    if (organisations.inside(toks, c.startToken, c.endToken)) return true;
    if (insideProperName(toks, c, held)) return true;
    if (c.endToken - c.startToken != 1) return false;
    if (surnames.contains(toks.get(c.startToken).key())) return true;
    // A first name in a results line: "German Villa (16 - Gomez 86th)".
    int next = c.endToken;
    return next + 1 < toks.size() && FuzzyNames.isCapitalisedWord(toks.get(next)) && toks.get(next + 1).text().equals("(")
        && Character.isUpperCase(toks.get(c.startToken).text().charAt(0)) && !isFormWord(toks.get(next).key())
        && !titles.isTitleWord(toks.get(next).key()) && !Tokens.FUNCTION_WORDS.contains(toks.get(next).key());
  }

  /**
   * Capitalised words that, beside a state's name, make a name of a state's own (its bodies, offices
   * and forces): "U.S. Navy", "Russian Foreign Ministry", "US Federal Reserve", "Israeli Defence Forces".
   */
  private static final Set<String> STATE_NAME_WORDS = Set.of("ministry", "ministries", "government", "army", "navy",
      "air", "force", "forces", "marines", "military", "guard", "guards", "embassy", "embassies", "consulate",
      "parliament", "senate", "congress", "assembly", "duma", "council", "cabinet", "treasury", "department", "office",
      "authority", "authorities", "police", "intelligence", "security", "federal", "central", "national", "court",
      "foreign", "defence", "defense", "interior", "finance", "state", "states", "republic", "kingdom", "people",
      "peoples", "communist", "coast", "mission", "delegation", "constitution", "agriculture", "trade", "customs",
      "economy", "revolutionary", "border", "reserve", "command", "capitol", "immigration", "coastguard", "attorney",
      "service", "postal",
      // Adjectives that stand before a state's name without making a name of it ("former Yugoslavia").
      "former", "ex", "new", "old", "modern", "ancient", "imperial", "greater", "moslem", "muslim", "islamic",
      "christian", "catholic", "jewish", "arab", "hindu", "buddhist", "orthodox", "socialist", "democratic",
      "independent", "nationalist", "occupied", "free");
  /** Verbs after which a capitalised word is a person or agency told something, not part of a name ("told Reuters Taiwan would"). */
  private static final Set<String> TELLING = Set.of("told", "tell", "tells", "telling", "said", "asked", "informed",
      "assured", "warned", "urged", "wrote", "gave", "give", "sent", "showed", "offered", "promised");

  /**
   * A state's name inside a longer proper name of plain capitalised words, an organisation's or a
   * product's: "Paris St Germain", "Statistics Canada", "PT Timor Putra Nasional", "Saudi Aramco". Not
   * when a word beside it is a title, a state's body ("U.S. Navy"), another actor's name, a month
   * or day, or a sentence's capitalised first word; nor in text written all in
   * capitals; nor for adjectives, which stand before peoples and people ("Iraqi Kurds").
   */
  private boolean insideProperName(List<ActorTokenizer.Token> toks, Candidate c, boolean[] held) {
    int from = c.startToken;
    int to = c.endToken;
    // An adjective before capitalised words is mostly a nationality ("Iraqi Kurds", "American Nate Miller").
    if (c.entries.stream().anyMatch(e -> e.kind() == Kind.DEMONYM)) return false;
    // Wire copy capitalises the word after an abbreviation ("U.S. Officials said"): after a dotted
    // abbreviation a capital says nothing. ("UK Coal", "US Sprint" are companies.)
    if (toks.get(to - 1).text().endsWith(".")) return false;
    int plain = 0;
    int k = from - 1;
    for (; k >= 0 && adjacentWords(toks, k, k + 1); k--) {
      ActorTokenizer.Token t = toks.get(k);
      // "The London International ... Exchange": an article before the name is not part of it.
      if (!FuzzyNames.isCapitalisedWord(t) || Tokens.FUNCTION_WORDS.contains(t.key())) break;
      if (!plainNameWord(t) || covers(held, k) || opensSentence(toks, k) || allCapitals(t)) return false;
      plain++;
    }
    if (plain > 0 && k >= 0 && TELLING.contains(toks.get(k).key())) return false;
    for (k = to; k < toks.size() && adjacentWords(toks, k - 1, k); k++) {
      ActorTokenizer.Token t = toks.get(k);
      if (!FuzzyNames.isCapitalisedWord(t)) break;
      if (!plainNameWord(t) || covers(held, k) || allCapitals(t)) return false;
      plain++;
    }
    return plain > 0;
  }

  /** A word in capitals, as headlines and datelines are written ("MEDIA INDONESIA", "CHINA RUSSIA TALKS"). */
  private static boolean allCapitals(ActorTokenizer.Token t) {
    String w = t.text();
    return w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT)) && !w.equals(w.toLowerCase(java.util.Locale.ROOT));
  }

  /** Tokens a and b are words separated by one space. */
  private static boolean adjacentWords(List<ActorTokenizer.Token> toks, int a, int b) {
    return toks.get(b).start() == toks.get(a).end() + 1;
  }

  private boolean plainNameWord(ActorTokenizer.Token t) {
    String k = t.key();
    return !STATE_NAME_WORDS.contains(k) && !titles.isTitleWord(k) && !Tokens.FUNCTION_WORDS.contains(k)
        && !TitleAffiliation.isCalendarWord(k);
  }

  /** The token opens a sentence or a paragraph (so is capitalised whatever it is). */
  private static boolean opensSentence(List<ActorTokenizer.Token> toks, int k) {
    if (k == 0) return true;
    String prev = toks.get(k - 1).text();
    return prev.equals(".") || prev.equals("!") || prev.equals("?") || prev.equals("\"") || prev.equals("“")
        || prev.equals(":") || prev.equals("-") || toks.get(k).start() > toks.get(k - 1).end() + 1 && !prev.equals(",");
  }

  /**
   * State forms the text uses as a person's surname: after a given name ("Trevor Holland"), or after
   * another capitalised word and before a bracket, as results list people ("Anthony Washington
   * (U.S.)", "Viorel Moldovan (21st minute)"). Function words are no given names: "Will Britain" asks a question.
   */
  private Set<String> personsSurnames(List<ActorTokenizer.Token> toks, List<Candidate> found, boolean[] held) {
    Set<String> out = new HashSet<>();
    for (Candidate c : found) {
      if (c.endToken - c.startToken != 1 || c.startToken == 0
          || c.entries.stream().noneMatch(e -> e.person() == null && stateIds.contains(e.actorId()))) {
        continue;
      }
      ActorTokenizer.Token prev = toks.get(c.startToken - 1);
      ActorTokenizer.Token form = toks.get(c.startToken);
      if (!FuzzyNames.isWord(prev.text()) || !Character.isUpperCase(prev.text().charAt(0)) || isAcronym(prev.text())
          || !Character.isUpperCase(form.text().charAt(0)) || Tokens.FUNCTION_WORDS.contains(prev.key())
          || titles.isTitleWord(prev.key()) || covers(held, c.startToken - 1)) {
        continue;
      }
      // In brackets after a name, results give a country or a minute: "(U.S.)", "(21st minute)".
      boolean bracketed = c.endToken + 1 < toks.size() && toks.get(c.endToken).text().equals("(");
      // Given names, and words with a capital inside ("MaliVai", "DeShawn"), which only names have.
      boolean given = givenNames.contains(prev.key()) || prev.text().matches("\\p{Lu}\\p{Ll}+\\p{Lu}\\p{Ll}+");
      // An adjective after a capitalised word is still an adjective ("Acting Turkish Prime Minister").
      if (c.entries.stream().anyMatch(e -> e.kind() == Kind.DEMONYM)) given = false;
      if (bracketed || given) out.add(form.key());
    }
    return out;
  }

  /** A candidate other than a bare short name (someone's surname, as "Anthony" is) covers the token. */
  private static boolean covers(boolean[] held, int token) {
    return token >= 0 && token < held.length && held[token];
  }

  /** Which tokens a candidate other than a bare short name covers, computed once per text. */
  private static boolean[] held(List<Candidate> found, int tokens) {
    boolean[] out = new boolean[tokens];
    for (Candidate c : found) {
      if (!c.fullName && c.entries.stream().noneMatch(e -> e.person() == null)) continue;
      for (int k = c.startToken; k < c.endToken; k++) out[k] = true;
    }
    return out;
  }

  /** Trie matches, longest first, with fuzzy names where the trie finds nothing longer. */
  private List<Candidate> candidates(List<ActorTokenizer.Token> toks) {
    List<Candidate> found = new ArrayList<>();
    int i = 0;
    while (i < toks.size()) {
      Candidate best = longestAt(toks, i);
      if (best == null || (best.endToken - i == 1 && !best.people.isEmpty())) {
        FuzzyNames.Hit h = fuzzy.at(toks, i);
        if (h != null && (best == null || h.to() > best.endToken)) best = Candidate.fuzzy(h, toks);
      }
      if (best == null) {
        i++;
        continue;
      }
      // "Juan Carlos Ferrero" is not King Juan Carlos: a name followed by more of a name is someone else's.
      boolean person = best.people.stream().anyMatch(p -> !isInstitution(p)) && best.entries.stream().allMatch(e -> e.person() != null);
      if (!best.blocked() && !(person && best.fullName && !best.fuzzy && longerName(toks, best.endToken))) found.add(best);
      i = best.endToken;
    }
    return found;
  }

  /** A capitalised word right after a person's name that could only continue it (no state, title, month). */
  private boolean longerName(List<ActorTokenizer.Token> toks, int k) {
    if (k >= toks.size() || toks.get(k).start() != toks.get(k - 1).end() + 1) return false;
    ActorTokenizer.Token t = toks.get(k);
    return FuzzyNames.isCapitalisedWord(t) && !isAcronym(t.text()) && !isFormWord(t.key()) && !titles.isTitleWord(t.key())
        && !Tokens.FUNCTION_WORDS.contains(t.key()) && !Character.isDigit(t.text().charAt(0));
  }

  /** Words before which a capital or seat is where something happens, not who acts. */
  // Not "visited" or "to": a visit to Seoul is a visit to South Korea.
  private static final Set<String> LOCATIVES = Set.of("in", "at", "near", "outside", "inside", "across", "around",
      "downtown");

  /** "Dublin-born", "Brazilian-born": where someone was born or raised, not the state. */
  private static boolean birthplace(List<ActorTokenizer.Token> toks, int end) {
    return end + 1 < toks.size() && toks.get(end).text().equals("-") && toks.get(end).start() == toks.get(end - 1).end()
        && Set.of("born", "bred", "raised").contains(toks.get(end + 1).key());
  }

  private static boolean afterLocative(List<ActorTokenizer.Token> toks, int i) {
    return i > 0 && LOCATIVES.contains(toks.get(i - 1).key());
  }

  /** A person: by full name, misspelt name, or short name with one antecedent or unmistakable at the date. */
  private Mention resolvePerson(Candidate c, String text, LocalDate date, Map<String, Person> antecedents,
      Person byTitle) {
    Person p;
    Match how;
    Kind kind;
    if (byTitle != null) {
      p = byTitle;
      how = Match.TITLED;
      kind = c.entryFor(p).kind();
    } else if (c.fullName) {
      p = choose(c, date);
      if (p == null) return null; // a name two people share, neither singled out by the date
      kind = c.fuzzy ? Kind.NAME : c.entryFor(p).kind();
      how = c.fuzzy ? Match.FUZZY : kind == Kind.NAME ? Match.EXACT : Match.ALIAS;
    } else {
      // "Naina Yeltsin" is not Boris: a short name after a first name that is not theirs is someone else.
      if (otherFirstNameBefore(c)) return null;
      List<Person> known = c.people.stream().filter(x -> antecedents.containsKey(x.id())).toList();
      if (known.size() == 1) {
        p = known.get(0);
        how = Match.COREFERENCE;
      } else if (known.isEmpty()) {
        // Unmistakable alone only once the person had taken office: "Carney" in 1987 is someone else.
        // A curated one-word alias, or the one-word name of someone known by one name (Suharto).
        List<Person> alone = c.people.stream().filter(x -> oneWordName(c.entryFor(x)) && x.begunBy(date)).toList();
        p = pick(alone, date);
        how = Match.ALIAS;
      } else {
        return null; // two people named in full share this short name: not guessed
      }
      if (p == null) return null;
      kind = c.entryFor(p).kind();
    }
    Person.Standing s = p.standingAt(date);
    return new Mention(c.start, c.end, text.substring(c.start, c.end), p.id(), p.type(), kind, how, false,
        p.name(), s.country(), isInstitution(p) ? null : s.label());
  }

  /**
   * The candidate's surname stands elsewhere in the text after a capitalised word that is no title,
   * honorific or state, and no first name of the people it could be: someone else of that name.
   */
  private boolean otherFirstName(List<ActorTokenizer.Token> toks, Candidate c) {
    String surname = toks.get(c.startToken).key();
    Set<String> theirs = new HashSet<>();
    for (Person p : c.people) {
      for (String w : p.name().strip().split("\\s+")) theirs.add(ActorTokenizer.key(w));
    }
    for (int k = 1; k < toks.size(); k++) {
      if (k == c.startToken || !toks.get(k).key().equals(surname)) continue;
      ActorTokenizer.Token prev = toks.get(k - 1);
      if (FuzzyNames.isCapitalisedWord(prev) && prev.text().length() >= 2 && !titles.isTitleWord(prev.key()) && !isFormWord(prev.key())
          && !theirs.contains(prev.key())
          && !Tokens.FUNCTION_WORDS.contains(prev.key()) && titles.titleBefore(toks, k) < 0) {
        return true;
      }
    }
    return false;
  }

  /** The token before a short-name candidate is a capitalised first name none of its people has. */
  private boolean otherFirstNameBefore(Candidate c) {
    List<ActorTokenizer.Token> toks = c.toks;
    if (toks == null || c.startToken == 0 || !adjacentWords(toks, c.startToken - 1, c.startToken)) return false;
    ActorTokenizer.Token prev = toks.get(c.startToken - 1);
    // An initial is part of the same name ("George W Bush").
    if (!FuzzyNames.isCapitalisedWord(prev) || prev.text().length() < 2 || titles.isTitleWord(prev.key()) || isFormWord(prev.key())
        || Tokens.FUNCTION_WORDS.contains(prev.key()) || TitleAffiliation.isCalendarWord(prev.key())) {
      return false;
    }
    // A sentence's first word is capitalised anyway: there only a known given name counts.
    if (opensSentence(toks, c.startToken - 1) && !givenNames.contains(prev.key())) return false;
    for (Person p : c.people) {
      for (String w : p.name().strip().split("\\s+")) if (ActorTokenizer.key(w).equals(prev.key())) return false;
    }
    return true;
  }

  /** A form that names its person alone: a curated one-word alias, or a person's whole one-word name. */
  private static boolean oneWordName(Entry e) {
    return e.kind() == Kind.ALIAS || (e.kind() == Kind.NAME && e.formTokens().size() == 1
        && e.person().roles().stream().anyMatch(Person.Role::titled));
  }

  /** Held an office at the date: a role then that is more than CAMEO's "elite" (out of office, or from birth). */
  private static boolean inOffice(Person p, LocalDate date) {
    return p.roles().stream().anyMatch(r -> r.activeAt(date) && !"elite".equals(r.title())
        && !"opposition".equals(r.title()));
  }

  /**
   * CAMEO's 18,000 officials include everyday names (a Chris Evans served in Australia), so one of
   * them counts only when the text also names a state they served; the curated people need no such
   * support.
   */
  private static boolean supported(Person p, Set<String> named) {
    if (p.curated()) return true;
    for (Person.Role r : p.roles()) {
      if (named.contains(r.country())) return true;
    }
    return false;
  }

  /**
   * Of the people a full name may be: the only one; else the one in office at the date; else the one
   * in office in a year the sentence gives; else the one with any role then (CAMEO's "elite" too).
   */
  private static Person choose(Candidate c, LocalDate date) {
    List<Person> distinct = c.people.stream().distinct().toList();
    if (distinct.size() == 1) return distinct.get(0);
    if (date != null) {
      List<Person> inOffice = distinct.stream().filter(p -> inOffice(p, date)).toList();
      if (inOffice.size() == 1) return inOffice.get(0);
    }
    Person byYear = pickByYear(distinct, c);
    return byYear != null ? byYear : pick(distinct, date);
  }

  /**
   * Of several people who share a full name, the one in office in a year the sentence gives, when
   * exactly one was: "George Bush became president in 1988", in a 1996 article, is the father.
   */
  private static Person pickByYear(List<Person> distinct, Candidate c) {
    if (c.toks == null) return null;
    Person found = null;
    for (int y : yearsInSentence(c.toks, c.startToken, c.endToken)) {
      List<Person> then = distinct.stream().filter(p -> inOfficeDuring(p, y)).toList();
      if (then.size() != 1) continue;
      if (found != null && found != then.get(0)) return null;
      found = then.get(0);
    }
    return found;
  }

  private static boolean inOfficeDuring(Person p, int year) {
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate to = LocalDate.of(year + 1, 1, 1);
    return p.roles().stream().anyMatch(r -> !"elite".equals(r.title()) && !"opposition".equals(r.title())
        && (r.start() == null || r.start().isBefore(to)) && (r.end() == null || r.end().isAfter(from)));
  }

  /** Four-digit years (1900-2099) in the sentence around tokens [from, to). */
  private static List<Integer> yearsInSentence(List<ActorTokenizer.Token> toks, int from, int to) {
    List<Integer> out = new ArrayList<>();
    for (int k = from - 1; k >= 0 && !sentenceEnd(toks.get(k)); k--) year(toks.get(k), out);
    for (int k = to; k < toks.size() && !sentenceEnd(toks.get(k)); k++) year(toks.get(k), out);
    return out;
  }

  private static boolean sentenceEnd(ActorTokenizer.Token t) {
    return t.text().equals(".") || t.text().equals("!") || t.text().equals("?");
  }

  private static void year(ActorTokenizer.Token t, List<Integer> out) {
    String w = t.text();
    if (w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && w.chars().allMatch(Character::isDigit)) {
      out.add(Integer.parseInt(w));
    }
  }

  /** The one person of several who fits, preferring those in office at the date; null when still several. */
  private static Person pick(List<Person> people, LocalDate date) {
    List<Person> distinct = people.stream().distinct().toList();
    if (distinct.size() == 1) return distinct.get(0);
    List<Person> active = distinct.stream().filter(p -> p.activeAt(date)).toList();
    return date != null && active.size() == 1 ? active.get(0) : null;
  }

  /** A state or organisation, ambiguous forms decided by what else the text names. */
  private Mention resolveOther(Candidate c, String text, Set<String> named, List<ActorTokenizer.Token> toks,
      List<Candidate> found) {
    List<Entry> others = c.entries.stream().filter(e -> e.person() == null).toList();
    if (others.isEmpty()) return null;
    String actor = c.unambiguousOther();
    boolean byContext = actor == null;
    if (byContext) {
      List<String> ids = others.stream().map(Entry::actorId).distinct().toList();
      List<String> supported = ids.stream().filter(named::contains).toList();
      if (supported.size() == 1) actor = supported.get(0);
      // Words around a name decide it; a capital with namesakes ("Victoria") needs its state named.
      else if (ids.size() == 1 && stateIds.contains(ids.get(0)) && others.stream().noneMatch(e -> e.kind() == Kind.METONYM)
          && stateContext(toks, c, found)) {
        actor = ids.get(0);
      }
    }
    if (actor == null) return null;
    String id = actor;
    Entry e = others.stream().filter(x -> id.equals(x.actorId())).findFirst().orElseThrow();
    Match how = e.kind() == Kind.NAME ? Match.EXACT : Match.ALIAS;
    return new Mention(c.start, c.end, text.substring(c.start, c.end), actor, e.type(), e.kind(), how, byContext,
        names.get(actor), "STATE".equals(e.type()) ? actor : null, null);
  }

  /** Words after a state's name that say the state is meant ("Chad's government", "Niger's president"). */
  private static final Set<String> STATE_WORDS = Set.of("government", "authorities", "army", "troops", "forces",
      "embassy", "parliament", "officials", "border", "capital", "president", "king", "minister", "ministry", "military",
      "police", "delegation", "ambassador", "leader", "leaders", "people", "economy");
  /** Prepositions before a place that, with a capitalised name, make it a place of the world: "a tourist from Jordan". */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("from", "of", "in");

  /**
   * Whether the words around an ambiguous state's name (Chad, Jordan, Niger, Turkey) say the state is
   * meant: a list of states ("Gabon, Mali and Chad"), "from/of/in X" (not "the state of Georgia", nor
   * a longer name, "Jordan Valley"), or a state's word after it ("Chad's government").
   */
  private boolean stateContext(List<ActorTokenizer.Token> toks, Candidate c, List<Candidate> found) {
    int before = c.startToken - 1;
    int after = c.endToken;
    Set<String> joins = Set.of(",", "and", "or", "&");
    if (before >= 1 && joins.contains(toks.get(before).key()) && stateEndsAt(found, before)) return true;
    if (after + 1 < toks.size() && joins.contains(toks.get(after).key()) && stateStartsAt(found, after + 1)) return true;
    boolean longer = after < toks.size() && FuzzyNames.isCapitalisedWord(toks.get(after));
    if (before >= 0 && PLACE_PREPOSITIONS.contains(toks.get(before).key()) && !longer
        && !(before >= 1 && toks.get(before - 1).key().equals("state"))) {
      return true;
    }
    int k = after < toks.size() && toks.get(after).text().equalsIgnoreCase("'s") ? after + 1 : after;
    return k < toks.size() && (STATE_WORDS.contains(toks.get(k).key()) || titles.titleAfter(toks, k, TitleAffiliation.noneCovered(toks.size())) != null
        && k > after);
  }

  /** An unambiguous state's form ends at token {@code end} - 1. */
  private boolean stateEndsAt(List<Candidate> found, int end) {
    return found.stream().anyMatch(o -> o.endToken == end && o.unambiguousOther() != null && stateIds.contains(o.unambiguousOther()));
  }

  private boolean stateStartsAt(List<Candidate> found, int start) {
    return found.stream().anyMatch(o -> o.startToken == start && o.unambiguousOther() != null && stateIds.contains(o.unambiguousOther()));
  }

  /**
   * People named after a title that follows a state or organisation, and their later short names.
   * Their id is made from the name as the gazetteer's are, so the same person found both ways is one.
   */
  private void inferFromTitles(List<ActorTokenizer.Token> toks, String text, List<Mention> out, List<Anchor> anchors,
      boolean[] covered) {
    Map<String, Mention> inferred = new LinkedHashMap<>();
    Map<Integer, Mention> byStart = new HashMap<>();
    for (Mention m : out) byStart.put(m.start(), m);
    for (Anchor a : anchors) {
      Mention m = a.mention();
      // One search for the title serves both: a new person after it, or a known one to restate.
      TitleAffiliation.Hit t = titles.titleAfter(toks, a.endToken(), covered);
      if (t == null) continue;
      TitleAffiliation.Hit h = titles.named(toks, t, covered);
      if (h == null) {
        restate(toks, a, t, out, byStart, covered);
        continue;
      }
      // "Security Council President X of Germany": the state after the name is theirs.
      infer(toks, text, h, stateAfter(toks, h.to(), byStart, a.state()), false, out, covered, inferred);
    }
    // Titles in apposition: "Sergei Posukhov, Lukashenko's political adviser", "X, the Swiss
    // ambassador", and "the speaker of the Belarus parliament, Semyon Sharetsky".
    for (Anchor a : anchors) {
      TitleAffiliation.Hit h = titles.appositive(toks, a.startToken(), a.endToken(), covered);
      if (h != null) infer(toks, text, h, a.state(), false, out, covered, inferred);
    }
    // A state's title with no state before it ("Privatisation Minister X"): the article's state, when
    // its dateline and the state it names most agree (or only one of them is known).
    String context = contextState(toks, out);
    for (int i = 0; context != null && i < toks.size(); i++) {
      TitleAffiliation.Hit h = titles.standalone(toks, i, covered);
      if (h == null) continue;
      String country = stateAfter(toks, h.to(), byStart, context);
      infer(toks, text, h, country, country.equals(context), out, covered, inferred);
      i = h.to() - 1;
    }
    // Their short names later in the text refer back to them, unless two share one.
    Map<String, Mention> byShort = new HashMap<>();
    Set<String> clash = new HashSet<>();
    for (Mention p : inferred.values()) {
      String s = PersonNames.shortForm(p.name(), Set.of(p.country()));
      if (s == null || s.contains(" ")) continue;
      String key = ActorTokenizer.key(s);
      if (byShort.put(key, p) != null) clash.add(key);
    }
    if (byShort.isEmpty()) return;
    for (int k = 0; k < toks.size(); k++) {
      ActorTokenizer.Token t = toks.get(k);
      Mention p = byShort.get(t.key());
      if (p == null || covered[k] || clash.contains(t.key()) || !Character.isUpperCase(t.text().charAt(0))) continue;
      out.add(new Mention(t.start(), t.end(), t.text(), p.actorId(), "PERSON", Kind.SHORT, Match.COREFERENCE, false,
          p.name(), p.country(), p.role()));
      covered[k] = true;
    }
  }

  /** A person the gazetteer lacks, named at the hit's tokens with its title, serving {@code country}. */
  private static void infer(List<ActorTokenizer.Token> toks, String text, TitleAffiliation.Hit h, String country,
      boolean byContext, List<Mention> out, boolean[] covered, Map<String, Mention> inferred) {
    int start = toks.get(h.from()).start();
    int end = toks.get(h.to() - 1).end();
    String name = PersonNames.display(text.substring(start, end));
    Mention p = new Mention(start, end, text.substring(start, end), PersonNames.slug(name), "PERSON", Kind.TITLE,
        Match.INFERRED, byContext, name, country, h.title());
    out.add(p);
    for (int k = h.from(); k < h.to(); k++) covered[k] = true;
    inferred.putIfAbsent(p.actorId(), p);
  }

  /**
   * A known person after a state's title whose gazetteer roles miss the date ("Italian Foreign
   * Minister Lamberto Dini" while the gazetteer has him out of office, or in a past role abroad): the
   * text is the surer record, so the mention takes the state and title it gives.
   */
  private void restate(List<ActorTokenizer.Token> toks, Anchor a, TitleAffiliation.Hit t, List<Mention> out,
      Map<Integer, Mention> byStart, boolean[] covered) {
    if (!"STATE".equals(a.mention().type()) || !covered[t.from()]) return;
    Mention p = byStart.get(toks.get(t.from()).start());
    if (p == null || !"PERSON".equals(p.type())) return;
    boolean stale = p.role() == null || p.role().startsWith("former ") || !a.mention().actorId().equals(p.country());
    if (!stale || p.match() == Match.INFERRED) return;
    Mention fixed = new Mention(p.start(), p.end(), p.surface(), p.actorId(), p.type(), p.kind(), p.match(),
        p.contextResolved(), p.name(), a.mention().actorId(), t.title());
    out.set(out.indexOf(p), fixed);
    byStart.put(fixed.start(), fixed);
  }

  /** The state of an "of <state>" right after token {@code to}, else {@code otherwise}. */
  private String stateAfter(List<ActorTokenizer.Token> toks, int to, Map<Integer, Mention> byStart, String otherwise) {
    if (to + 1 >= toks.size() || !toks.get(to).key().equals("of")) return otherwise;
    Mention m = byStart.get(toks.get(to + 1).start());
    return m != null && "STATE".equals(m.type()) ? m.actorId() : otherwise;
  }

  /**
   * The state an article is about, for officials named without one: its dateline's ("WARSAW -", a
   * state or capital in capitals opening the text) when it is also the state it names most often
   * (strictly), or with no dateline the one state it names; null otherwise.
   */
  private String contextState(List<ActorTokenizer.Token> toks, List<Mention> found) {
    if (toks.isEmpty()) return null;
    String dateline = null;
    Map<String, Integer> counts = new HashMap<>();
    for (Mention m : found) {
      String state = "STATE".equals(m.type()) ? m.actorId() : "PERSON".equals(m.type()) ? m.country() : null;
      if (state == null || !stateIds.contains(state)) continue;
      counts.merge(state, 1, Integer::sum);
      if (m.start() == toks.get(0).start() && m.surface().equals(m.surface().toUpperCase(java.util.Locale.ROOT))
          && "STATE".equals(m.type())) {
        dateline = state;
      }
    }
    String most = null;
    int best = 0;
    boolean tie = false;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > best) {
        most = e.getKey();
        best = e.getValue();
        tie = false;
      } else if (e.getValue() == best) {
        tie = true;
      }
    }
    if (tie) most = null;
    // Without a dateline, only a text that names one state at all says whose official it is: in a
    // roundup of commodity news the most-named state is rarely the minister's.
    if (dateline == null) return counts.size() == 1 ? most : null;
    return dateline.equals(most) ? dateline : null;
  }

  /** A state or organisation mention and the token after it, where a title may follow. */
  private record Anchor(Mention mention, int startToken, int endToken) {
    /** The state (or organisation) a title after the anchor serves. */
    String state() {
      return "STATE".equals(mention.type()) || "IGO".equals(mention.type()) ? mention.actorId() : mention.country();
    }
  }

  private static final class Candidate {
    int start;
    int end;
    int startToken;
    int endToken;
    final Set<String> actors = new LinkedHashSet<>();
    final List<Entry> entries = new ArrayList<>();
    final List<Person> people = new ArrayList<>();
    boolean blockedByPhrase;
    /** A person's name of two words or more (or misspelt), which needs no antecedent. */
    boolean fullName;
    boolean fuzzy;
    /** The text's tokens, for looking at the words around the candidate. */
    List<ActorTokenizer.Token> toks;

    static Candidate fuzzy(FuzzyNames.Hit h, List<ActorTokenizer.Token> toks) {
      Candidate c = new Candidate();
      c.start = toks.get(h.from()).start();
      c.end = toks.get(h.to() - 1).end();
      c.startToken = h.from();
      c.endToken = h.to();
      c.people.add(h.person());
      c.actors.add(h.person().id());
      c.fullName = true;
      c.fuzzy = true;
      return c;
    }

    boolean blocked() {
      return blockedByPhrase || actors.isEmpty();
    }

    /**
     * The one state or organisation this form names without doubt, or null. A person's short name
     * on the same words ("Ankara" is also somebody's surname) casts no doubt: it needs an antecedent.
     */
    String unambiguousOther() {
      Set<String> others = new LinkedHashSet<>();
      for (Entry e : entries) {
        if (e.person() == null) {
          if (e.ambiguous()) return null;
          others.add(e.actorId());
        } else if (e.kind() != Kind.SHORT) {
          return null;
        }
      }
      return others.size() == 1 ? others.iterator().next() : null;
    }

    Entry entryFor(Person p) {
      return entries.stream().filter(e -> e.person() == p).findFirst().orElseThrow();
    }
  }

  /** The longest gazetteer form starting at token {@code i} whose case fits, or null. */
  private Candidate longestAt(List<ActorTokenizer.Token> toks, int i) {
    Node n = root;
    Candidate best = null;
    for (int j = i; j < toks.size(); j++) {
      n = n.child(toks.get(j).key());
      if (n == null) break;
      if (n.entries == null) continue;
      List<Entry> fitting = new ArrayList<>();
      for (Entry e : n.entries) {
        if (caseFits(e, toks, i)) fitting.add(e);
      }
      if (fitting.isEmpty()) continue;
      Candidate c = new Candidate();
      c.toks = toks;
      c.start = toks.get(i).start();
      c.end = toks.get(j).end();
      c.startToken = i;
      c.endToken = j + 1;
      for (Entry e : fitting) {
        if (e.actorId() == null) {
          c.blockedByPhrase = true;
          continue;
        }
        c.actors.add(e.actorId());
        c.entries.add(e);
        if (e.person() != null) {
          c.people.add(e.person());
          c.fullName |= e.kind() != Kind.SHORT && e.formTokens().size() >= 2;
        }
      }
      best = c;
    }
    return best;
  }

  /**
   * Acronyms exactly as written; other forms with at least their capitals where they have them,
   * but only the first word of a person's name (translation often lower-cases the rest).
   */
  private static boolean caseFits(Entry e, List<ActorTokenizer.Token> toks, int from) {
    for (int k = 0; k < e.formTokens().size(); k++) {
      String form = e.formTokens().get(k);
      String text = toks.get(from + k).text();
      if (e.caseSensitive()) {
        if (!form.equals(text)) return false;
      } else if ((k == 0 || e.person() == null) && Character.isUpperCase(form.charAt(0))
          && !Character.isUpperCase(text.charAt(0))) {
        return false;
      }
    }
    return true;
  }
}
