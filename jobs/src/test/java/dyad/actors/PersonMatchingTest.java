package dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** People: full names, misspellings, short names, dated roles and titles, on invented sentences. */
class PersonMatchingTest {
  private static final Gazetteer G = Gazetteer.load();
  private static final ActorMatcher M = new ActorMatcher(G);
  private static final LocalDate D2021 = LocalDate.of(2021, 6, 1);

  private static List<ActorMatcher.Mention> people(String text, LocalDate date) {
    return M.find(text, date).stream().filter(m -> "PERSON".equals(m.type())).toList();
  }

  private static List<String> ids(String text, LocalDate date) {
    return people(text, date).stream().map(ActorMatcher.Mention::actorId).toList();
  }

  @Test
  void theGazetteerHoldsHundredsOfCuratedPeopleAndCameosOfficials() {
    long curated = G.people().stream().filter(Person::curated).count();
    assertTrue(curated >= 200, "curated people: " + curated);
    assertTrue(G.people().size() > 15_000, "people with CAMEO's: " + G.people().size());
    for (Person p : G.people()) {
      assertFalse(p.roles().isEmpty(), p.id() + " has no role");
      for (Person.Role r : p.roles()) {
        assertTrue(r.start() == null || r.end() == null || !r.end().isBefore(r.start()), p.id() + " " + r);
      }
    }
  }

  @Test
  void fullNamesAliasesAndLowerCaseLaterWords() {
    assertEquals(List.of("vladimir-putin", "henry-kissinger"),
        ids("He clashed with Vladimir Poutine, something that would horrify Henry kissinger.", D2021));
    ActorMatcher.Mention m = people("Talks with Sergei Lavrov ended.", D2021).get(0);
    assertEquals(List.of("sergey-lavrov", ActorMatcher.Match.ALIAS, "RUS", "Foreign Minister"),
        List.of(m.actorId(), m.match(), m.country(), m.role()));
  }

  @Test
  void misspeltNamesOfCuratedPeopleOnly() {
    ActorMatcher.Mention blink = people("The Secretary of State, Antony blink, visited Seoul.", D2021).get(0);
    assertEquals(List.of("antony-blinken", ActorMatcher.Match.FUZZY, "Antony blink"),
        List.of(blink.actorId(), blink.match(), blink.surface()));
    assertEquals(List.of("qin-gang"), ids("He met Qin Qang in Beijing.", LocalDate.of(2023, 3, 1)));
    // Not invented: a word that happens to start a name, a capitalised cut (another surname), common words.
    assertEquals(List.of(), ids("There may be talks next week.", D2021));
    assertEquals(List.of(), ids("The actor John Huston and John McCall came.", D2021));
    assertEquals(List.of(), ids("Sir John Kerr, the ambassador, said.", D2021), "Kerr is not Kerry cut short");
    assertEquals(List.of(), ids("Joe Biden's dog was there.", null).stream().filter(i -> !i.equals("joe-biden")).toList());
    assertTrue(FuzzyNames.close("qang", "gang", false));
    assertTrue(FuzzyNames.close("blink", "blinken", true));
    assertFalse(FuzzyNames.close("blink", "blinken", false), "a capitalised cut is another name");
    assertFalse(FuzzyNames.close("yu", "yi", false), "short words are never fuzzy");
    assertEquals(1, FuzzyNames.editDistance("lavorv", "lavrov", 2), "a transposition is one edit");
  }

  @Test
  void shortNamesNeedOneAntecedentUnlessUnmistakable() {
    List<ActorMatcher.Mention> ms = people("Wang Yi met Lavrov. Later Wang said the talks went well.", D2021);
    assertEquals(List.of("wang-yi", "sergey-lavrov", "wang-yi"), ms.stream().map(ActorMatcher.Mention::actorId).toList());
    assertEquals(ActorMatcher.Match.COREFERENCE, ms.get(2).match());
    assertEquals(ActorMatcher.Match.ALIAS, ms.get(1).match(), "Lavrov alone is unmistakable");
    // No antecedent: a bare family name is not guessed; two antecedents: neither is.
    assertEquals(List.of(), ids("Wang said the talks went well.", D2021));
    // An unmistakable short name counts only once its person had taken office.
    assertEquals(List.of("mark-carney"), ids("Carney said rates would rise.", LocalDate.of(2025, 6, 1)));
    assertEquals(List.of(), ids("Carney said rates would rise.", LocalDate.of(1987, 3, 1)));
    assertEquals(List.of(), ids("Norway's Stoltenberg said.", LocalDate.of(1987, 3, 1)), "not Jens, in office from 2000");
    assertEquals(List.of("wang-yi", "wang-wenbin"), ids("Wang Yi and Wang Wenbin spoke. Wang said no.", D2021));
  }

  @Test
  void rolesAreTakenAtTheArticlesDate() {
    Person blinken = G.people().stream().filter(p -> p.id().equals("antony-blinken")).findFirst().orElseThrow();
    assertEquals("Secretary of State", blinken.standingAt(LocalDate.of(2022, 1, 1)).label());
    assertEquals("former Secretary of State", blinken.standingAt(LocalDate.of(2025, 6, 1)).label());
    assertEquals("former President", people("Donald Trump spoke.", D2021).get(0).role());
    assertEquals("President", people("Donald Trump spoke.", LocalDate.of(2025, 6, 1)).get(0).role());
    // An IGO official stands for the organisation.
    assertEquals("NATO", people("Jens Stoltenberg warned Moscow.", D2021).get(0).country());
    assertEquals("NOR", people("Jens Stoltenberg presented the budget.", LocalDate.of(2025, 9, 1)).get(0).country());
    assertEquals(LocalDate.of(2024, 8, 1), Gazetteer.date("2024-07", true), "a partial end date ends with its month");
  }

  @Test
  void titlesRevealPeopleTheGazetteerLacks() {
    List<ActorMatcher.Mention> ms = people("Russian Deputy Foreign Minister Ivan Petrovsky said on Monday that "
        + "Petrovsky would travel. China's Foreign Ministry spokesman Li Wenhua agreed.", D2021);
    assertEquals(List.of("ivan-petrovsky", "ivan-petrovsky", "li-wenhua"), ms.stream().map(ActorMatcher.Mention::actorId).toList());
    assertEquals(List.of("RUS", ActorMatcher.Match.INFERRED, "Deputy Foreign Minister"),
        List.of(ms.get(0).country(), ms.get(0).match(), ms.get(0).role()));
    assertEquals(ActorMatcher.Match.COREFERENCE, ms.get(1).match());
    assertEquals("CHN", ms.get(2).country());
    ActorMatcher.Mention w = people("It summoned the British Ambassador to Beijing, Caroline wilson, to protest.", D2021).get(0);
    assertEquals(List.of("caroline-wilson", "Caroline Wilson", "GBR", "Ambassador to Beijing"),
        List.of(w.actorId(), w.name(), w.country(), w.role()));
    // No title, or no name after it: nothing inferred.
    assertEquals(List.of(), ids("Russian troops and Chinese diplomats met.", D2021));
    assertEquals(List.of(), ids("The French president said on Monday.", D2021));
  }

  @Test
  void aCapitalNamedAsAPlaceIsNotTheGovernment() {
    List<String> ids = M.find("Protesters gathered in Moscow. Moscow said it would respond to Beijing.", D2021)
        .stream().map(ActorMatcher.Mention::actorId).toList();
    assertEquals(List.of("RUS", "CHN"), ids);
    assertEquals(List.of("KOR"), M.find("Blinken visited Seoul.", D2021).stream()
        .filter(m -> !"PERSON".equals(m.type())).map(ActorMatcher.Mention::actorId).toList(), "a visit is to the state");
  }

  @Test
  void shortFormsAndIds() {
    assertEquals("Xi", PersonNames.shortForm("Xi Jinping", Set.of("CHN")));
    assertEquals("von der Leyen", PersonNames.shortForm("Ursula von der Leyen", Set.of("DEU", "EU")));
    assertEquals("Marcos", PersonNames.shortForm("Ferdinand Marcos Jr.", Set.of("PHL")));
    assertNull(PersonNames.shortForm("Naruhito", Set.of("JPN")));
    assertEquals("clement-beaune", PersonNames.slug("Clément Beaune"));
    assertEquals("Caroline Wilson", PersonNames.display("Caroline wilson"));
  }

  private static ActorMatcher.Mention person(String text, LocalDate date, String surface) {
    return people(text, date).stream().filter(m -> m.surface().equals(surface)).findFirst().orElse(null);
  }

  @Test
  void aSurnameAfterATitleIsWhoeverOfThatNameHeldOfficeAtTheDate() {
    LocalDate d1996 = LocalDate.of(1996, 8, 30);
    String text = "President Clinton flew to Chicago on Thursday. Clinton told reporters the U.S. economy was strong.";
    ActorMatcher.Mention first = person(text, d1996, "Clinton");
    assertEquals("bill-clinton", first.actorId(), first.toString());
    assertEquals(ActorMatcher.Match.TITLED, first.match());
    assertEquals("USA", first.country());
    // The later bare surname refers back to him.
    assertEquals(List.of("bill-clinton", "bill-clinton"), ids(text, d1996));
    // A hand-curated head of state counts wherever named, as by full name; an official from the
    // lists needs the state he served named ("Secretary Glickman" alone is too thin to go on).
    assertEquals(List.of("bill-clinton"), ids("President Clinton flew to Chicago on Thursday.", d1996));
    assertEquals(List.of(), ids("Secretary Glickman flew to Chicago on Thursday.", d1996));
    assertEquals(List.of("dan-glickman"), ids("U.S. officials said Secretary Glickman flew to Chicago.", d1996));
    // With no title, a bare surname two people share is not guessed.
    assertEquals(List.of(), ids("Clinton told reporters the economy was strong.", d1996));
    // In 2010 a President Clinton held no office, but a Secretary of State did.
    assertEquals(List.of("hillary-clinton"), ids("U.S. Secretary of State Clinton flew to Kabul.", LocalDate.of(2010, 5, 1)));
  }

  @Test
  void aTitleBeforeAFirstNameDoesNotMakeItSomeoneElsesSurname() {
    // Blinken named by his first name; the Indian minister called Antony is not meant, nor is anyone new.
    assertEquals(List.of(), ids("They will meet US Secretary of State Antony on the sidelines, India said.", LocalDate.of(2023, 2, 3)));
    // "General" of a title is nobody's surname.
    assertEquals(List.of(), ids("NATO Secretary General spoke in Brussels.", LocalDate.of(2023, 2, 3)));
  }

  @Test
  void aOneWordNameAfterAStatesTitleIsAPerson() {
    ActorMatcher.Mention m = person("Elbonian President Pakuto said on Friday that the talks would go on. The Elbonian "
        + "leader later left for Belgium.", D2021, "Pakuto");
    assertNull(m, "Elbonia is no state");
    ActorMatcher.Mention p = person("Indonesian President Wirodikromo said on Friday that the talks would go on.", D2021,
        "Wirodikromo");
    assertEquals("IDN", p.country(), String.valueOf(p));
    assertEquals(ActorMatcher.Match.INFERRED, p.match());
  }

  @Test
  void aStatesTitleAloneNamesAnOfficialOfTheArticlesOneState() {
    String text = "WARSAW 1996-08-30\n\nPoland's government will sell the rest of the shipyard, Privatisation Minister "
        + "Tadeusz Wieczorkowski said on Friday. Poland expects bids by October.";
    ActorMatcher.Mention p = person(text, LocalDate.of(1996, 8, 30), "Tadeusz Wieczorkowski");
    assertEquals("POL", p.country(), String.valueOf(p));
    assertTrue(p.contextResolved(), "decided by context, at lower confidence");
    // A company's title is not a state's: no official of Sweden here.
    assertNull(person("STOCKHOLM 1996-08-30\n\nSweden's exports rose, Ericsson spokesman Lars Lindqvist said of the "
        + "order. Sweden also gained.", LocalDate.of(1996, 8, 30), "Lars Lindqvist"));
    // Two states as much named as each other, and no dateline: no state fits, so nobody is inferred.
    assertNull(person("Poland and Hungary signed the deal, Privatisation Minister Tadeusz Wieczorkowski said.",
        LocalDate.of(1996, 8, 30), "Tadeusz Wieczorkowski"));
  }

  @Test
  void theTextsStateAndTitleWinOverRolesThatMissTheDate() {
    // The gazetteer has Dini out of office in August 1996 (his last role a European one); the text says otherwise.
    ActorMatcher.Mention p = person("Italian Foreign Minister Lamberto Dini met the envoys in Rome on Friday.",
        LocalDate.of(1996, 8, 30), "Lamberto Dini");
    assertEquals("ITA", p.country(), String.valueOf(p));
    assertEquals("Foreign Minister", p.role());
    // An inferred person with "of <state>" after the name stands for that state.
    ActorMatcher.Mention q = person("Security Council President Hans Weidemeyer of Germany read the statement.",
        LocalDate.of(1996, 8, 30), "Hans Weidemeyer");
    assertEquals("DEU", q.country(), String.valueOf(q));
  }

  @Test
  void officeHoldersOfTheNinetiesAreKnownAndAFirstNameAfterATitleIsNoSurname() {
    LocalDate d1996 = LocalDate.of(1996, 8, 30);
    // A curated one-word name names its person alone.
    assertEquals(List.of("suharto"), ids("Suharto opened the new session of parliament.", d1996));
    assertEquals("DEU", person("Germany's Klaus Kinkel flew to Warsaw.", d1996, "Klaus Kinkel").country());
    // People from lists of office holders are many, with everyday names among them: like CAMEO's
    // officials, they count only where the text names a state they served.
    assertNull(person("Klaus Kinkel flew to Warsaw.", d1996, "Klaus Kinkel"));
    // "John" before a capitalised surname is a first name: not Taiwan's John Chang, in office that year.
    assertTrue(ids("U.S. Assistant Secretary of State John Kornblinsky met them.", d1996).stream()
        .noneMatch(id -> id.startsWith("john-chang")), String.valueOf(ids("U.S. Assistant Secretary of State John Kornblinsky met them.", d1996)));
  }

  @Test
  void aNameMayHoldAParticle() {
    ActorMatcher.Mention p = person("Zairean Prime Minister Mbuyi wa Kalala said the border would stay open.",
        LocalDate.of(1996, 8, 30), "Mbuyi wa Kalala");
    assertEquals("ZAR", p.country(), "Zairean is Zaire's adjective: " + p);
    assertEquals("mbuyi-wa-kalala", p.actorId());
  }

  @Test
  void thinEvidenceIsNotEnough() {
    LocalDate d2005 = LocalDate.of(2005, 2, 1);
    // "Mr Howard" in British news: Australia's prime minister held office, but Australia is not named.
    assertEquals(List.of(), ids("Britain's opposition is ready, Mr Howard told reporters in London.", d2005));
    // Another McDonald stands in the text: "Mr McDonald" is him, not one of the gazetteer's.
    assertTrue(ids("Australia's police named Jamie Fawcett and Ben McDonald. Mr McDonald denied it.", d2005).isEmpty());
    // A known name followed by more of a name is someone else: the tennis player, not the king.
    assertEquals(List.of(), ids("He beat Juan Carlos Ferrero in Dubai.", d2005));
    // "General Motors" is no general, and a one-word name needs a state's title before it.
    assertEquals(List.of(), ids("US car firms General Motors and Ford cut output.", d2005));
    // A title alone names an official only where the text names one state, or its dateline agrees.
    assertEquals(List.of(), ids("Mining Minister Jaime Ortega told Reuters in La Paz that Bolivia and Peru agreed.",
        LocalDate.of(1987, 3, 1)));
    assertEquals("BOL", person("Mining Minister Jaime Ortega told Reuters in La Paz that Bolivia would export more.",
        LocalDate.of(1987, 3, 1), "Jaime Ortega").country());
    // An adjective after a capitalised word stays an adjective.
    assertEquals("TUR", person("Acting Turkish Prime Minister Kemal Aydin said so.", LocalDate.of(1987, 3, 28),
        "Kemal Aydin").country());
  }

  @Test
  void namesAreFoundInTheirUsualVariants() {
    LocalDate d1996 = LocalDate.of(1996, 8, 30);
    // The gazetteer's "Zine el Abidine ben Ali", "Ange Felix Patasse", "Oscar Luigi Scalfaro".
    assertEquals(List.of("zine-el-abidine-ben-ali"), ids("President Zine al-Abidine Ben Ali of Tunisia spoke.", d1996));
    assertEquals(List.of("ange-felix-patasse"), ids("Ange-Felix Patasse of the Central African Republic spoke.", d1996));
    assertEquals(List.of("oscar-luigi-scalfaro"), ids("Italy's Oscar Scalfaro spoke.", d1996));
  }

  @Test
  void titlesInAppositionAndAfterAStatesBodies() {
    LocalDate d1996 = LocalDate.of(1996, 8, 30);
    ActorMatcher.Mention a = person("The speaker of the Belarus parliament, Semyon Vasilevich, told Reuters.", d1996,
        "Semyon Vasilevich");
    assertEquals("BLR", a.country(), String.valueOf(a));
    ActorMatcher.Mention b = person("\"No,\" Sergei Posadov, Lukashenko's political adviser, told Reuters.", d1996,
        "Sergei Posadov");
    assertEquals("BLR", b.country(), String.valueOf(b));
    ActorMatcher.Mention r = person("The commander-in-chief of Tajikistan's armed forces, Major-General Nikolai "
        + "Shcherbin, met them.", d1996, "Nikolai Shcherbin");
    assertEquals("TJK", r.country(), String.valueOf(r));
    ActorMatcher.Mention c = person("Tim Goldberg, the Swiss ambassador, spoke.", d1996, "Tim Goldberg");
    assertEquals("CHE", c.country(), String.valueOf(c));
    // A state's named body before the title: the Federal Reserve is the United States'.
    ActorMatcher.Mention d = person("Federal Reserve governor Lawrence Lindberg said the U.S. economy was sound.", d1996,
        "Lawrence Lindberg");
    assertEquals("USA", d.country(), String.valueOf(d));
  }

  @Test
  void germanUmlautsAsEnglishNewsWritesThem() {
    LocalDate d1996 = LocalDate.of(1996, 8, 30);
    assertEquals(List.of("volker-ruhe", "volker-ruhe"),
        ids("German Defence Minister Volker Ruehe flew to Israel. Ruehe met his counterpart.", d1996));
  }

  @Test
  void aShortNameAfterSomeoneElsesFirstNameIsNotThem() {
    LocalDate d1996 = LocalDate.of(1996, 8, 30);
    // Boris is named; his wife Naina is not him, and neither are the actress Selma or Cherie Blair.
    assertEquals(List.of("boris-yeltsin", "boris-yeltsin"),
        ids("President Boris Yeltsin visited his wife Naina Yeltsin in hospital, and later Yeltsin returned.", d1996));
    assertEquals(List.of(), ids("The awards were announced by actors Selma Blair and Dennis Quaid.", LocalDate.of(2005, 1, 1)));
    // An initial is part of the same name: "W Bush" after "President Bush" is still him.
    assertEquals(List.of("george-w-bush", "george-w-bush"),
        ids("President Bush spoke; the policies of George W Bush are controversial.", LocalDate.of(2005, 1, 1)));
  }

  @Test
  void aTitleBeforeTheFullNameOfAListedOfficialIsEvidenceEnough() {
    // The lists' and CAMEO's officials need their state named, unless their title stands before them
    // and they held an office then.
    LocalDate d1996 = LocalDate.of(1996, 8, 30);
    assertEquals(List.of("dan-glickman"), ids("Agriculture Secretary Dan Glickman flew to Chicago.", d1996));
    assertEquals(List.of(), ids("Dan Glickman flew to Chicago.", d1996));
  }

  @Test
  void aYearInTheSentenceChoosesBetweenNamesakes() {
    LocalDate d1996 = LocalDate.of(1996, 8, 30);
    // In 1996 neither George Bush held office; the sentence's year says which one is meant.
    assertEquals(List.of("george-h-w-bush"), ids("George Bush became president in 1988.", d1996));
    assertEquals(List.of("george-w-bush"), ids("In 2003 George Bush ordered the invasion.", d1996));
  }
}
