package dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.TestPaths;
import dyad.text.ParagraphSplitter;
import dyad.text.UnicodeNormalizer;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ActorMatcherTest {
  private static final ActorMatcher M = new ActorMatcher(Gazetteer.load());

  private static List<String> ids(String text) {
    return M.find(text).stream().map(ActorMatcher.Mention::actorId).collect(Collectors.toList());
  }

  private static String seed(String prefix) {
    return String.join("\n\n", ParagraphSplitter.split(UnicodeNormalizer.normalize(TestPaths.seed(prefix))));
  }

  @Test
  void tokensKeepAbbreviationsAndSplitPossessives() {
    List<String> t = ActorTokenizer.tokens("The U.S. and China's navy met at the Quai d'Orsay in China.")
        .stream().map(ActorTokenizer.Token::text).toList();
    assertEquals(List.of("The", "U.S.", "and", "China", "'s", "navy", "met", "at", "the", "Quai", "d'Orsay", "in", "China", "."), t);
  }

  @Test
  void metonymsOfTheSeedsResolve() {
    List<ActorMatcher.Mention> ms = M.find(seed("001"));
    assertTrue(ms.stream().anyMatch(m -> m.surface().equals("the Kremlin") && m.actorId().equals("RUS")
        && m.kind() == ActorMatcher.Kind.METONYM));
    assertTrue(M.find(seed("002")).stream().anyMatch(m -> m.surface().equals("Brussels") && m.actorId().equals("EU")));
    assertTrue(M.find(seed("000")).stream().anyMatch(m -> m.surface().equals("Beijing") && m.actorId().equals("CHN")));
  }

  @Test
  void theSouthChinaSeaIsNotChina() {
    String text = seed("000");
    int sea = text.indexOf("South China Sea");
    assertTrue(sea > 0);
    for (ActorMatcher.Mention m : M.find(text)) {
      assertFalse(m.start() >= sea && m.start() < sea + "South China Sea".length(), "matched inside the sea name: " + m);
    }
    assertEquals(List.of(), ids("Ships sailed through the East China Sea and the Sea of Japan."));
  }

  @Test
  void longestMatchAndCase() {
    assertEquals(List.of("GNB"), ids("Elections in Guinea-Bissau were delayed."));
    assertEquals(List.of("PNG"), ids("Papua New Guinea signed the pact."));
    assertEquals(List.of("USA", "USA"), ids("The US and the U.S. Navy."));
    assertEquals(List.of(), ids("He told us the turkey was ready."));
    assertEquals(List.of("TUR"), ids("Turkey's president spoke in Ankara."), "Ankara supports the ambiguous Turkey");
    assertEquals(List.of("UNSC"), ids("The UN Security Council met."));
    assertEquals(List.of("WHO"), ids("The WHO said who was infected."));
    assertEquals(List.of(), ids("The Washington Post reported it; George Washington did not."));
  }

  @Test
  void ambiguousFormsNeedTheRestOfTheText() {
    assertEquals(List.of(), ids("Georgia voted for the senator in Atlanta."));
    assertEquals(List.of("GEO", "GEO"), ids("Georgia protested. Tbilisi said the talks failed."));
    assertEquals(List.of(), ids("Congolese troops crossed the river."));
    assertEquals(List.of("COD", "COD"), ids("Congolese troops left Kinshasa."));
    ActorMatcher.Mention m = M.find("Congolese troops left Kinshasa.").get(0);
    assertTrue(m.contextResolved());
    assertEquals(Set.of("PRK"), Set.copyOf(ids("North Korea tested a missile; Korea's neighbours protested.")));
  }

  @Test
  void placesInsideOrganisationsNamesAreNoStateMentions() {
    // Led by a company's or club's word, followed by one (after other capitalised words), or "Bank of".
    assertEquals(List.of(), ids("Air France cancelled flights, and Dynamo Moscow lost at home."));
    assertEquals(List.of(), ids("The Iraqi News Agency and the Dhaka Stock Exchange were closed."));
    assertEquals(List.of(), ids("Shares fell after the National Bank of Poland spoke."));
    // The same names as states, in the same sentences, still count.
    assertEquals(List.of("FRA", "RUS"), ids("France cancelled flights, and Moscow lost patience."));
    // Bodies of a state stand for it: a ministry is not an organisation word.
    assertEquals(List.of("RUS"), ids("The Russian Foreign Ministry said so."));
    // Lower case is no name: "the bank of Poland's river" is not the central bank.
    assertEquals(List.of("POL"), ids("They sat on the bank of Poland's longest river."));
  }

  @Test
  void aStatesNameUsedAsASurnameIsThePerson() {
    // After a given name, and alone later in the same text; in a results line, before a state in brackets.
    assertEquals(List.of(), ids("Trevor Holland was seen in a newsagent. Holland was arrested later."));
    assertEquals(List.of("USA"), ids("2. Tevita Washington (U.S.) 68.44"));
    assertEquals(List.of("ROU"), ids("Romania - Ionel Moldovan (21st minute)"));
    // A word with a capital inside is a name; so is a capitalised word before a results bracket.
    assertEquals(List.of(), ids("Finalist DeMarcus Washington lost. Washington was tired."));
    assertEquals(List.of(), ids("13 - Pavel Pardo, 4 - German Villarreal (16 - Gomez 86th)"));
    // A sentence may open with a function word: "Will Britain" is a question about Britain.
    assertEquals(List.of("GBR"), ids("Will Britain leave the talks?"));
    // Elsewhere the name is the state.
    assertEquals(List.of("NLD", "BRA"), ids("Holland beat Brazil on Sunday."));
  }

  @Test
  void statesThatNoLongerExistAreStatesOfTheirOwn() {
    assertEquals(List.of("SUN", "YUG", "ZAR", "DDR", "CSK", "KAZ"),
        ids("The Soviet Union and Yugoslavia met in Zaire, with East Germany, Czechoslovakia and Kazakstan."));
    // "East German" is not Germany, and West Germany is ISO's DEU.
    assertEquals(List.of("DDR", "DEU"), ids("An East German official met a West German one."));
  }

  @Test
  void ambiguousNamesCountWhereTheWordsAroundThemSayAState() {
    // A list of states, "from/of/in X", a state's word after it.
    assertEquals(List.of("GAB", "MLI", "TCD"), ids("The heads of state of Gabon, Mali and Chad met in the capital."));
    assertEquals(List.of("JOR"), ids("A tourist from Jordan was turned back at the crossing."));
    assertEquals(List.of("NER"), ids("Niger's president flew home on Sunday."));
    assertEquals(List.of("TUR"), ids("Turkey's foreign minister arrived later."));
    // A longer name, a person, the state of a federation: none of them the state.
    assertEquals(List.of(), ids("He farmed in Jordan Valley for years."));
    assertEquals(List.of(), ids("He moved to the state of Georgia last year."));
    assertEquals(List.of(), ids("Jordan scored twice before half time."));
  }

  @Test
  void aStatesNameInsideALongerProperNameIsNoMention() {
    assertEquals(List.of(), ids("They beat Paris St Germain at home, and Statistics Canada said prices rose."));
    assertEquals(List.of(), ids("The film Hotel Rwanda won, and Telekom Austria gained."));
    // Not beside a state's body, a title, an adjective of its own, or a told person.
    assertEquals(List.of("USA", "USA", "u-s-federal-reserve", "RUS"),
        ids("The U.S. Navy and the US Federal Reserve met the Russian Foreign Ministry."));
    assertEquals(List.of("YUG"), ids("Refugees from former Yugoslavia arrived."));
    assertEquals(List.of("TWN"), ids("The minister told Reuters Taiwan would cut tariffs."));
    // Adjectives stand before peoples and people: "Iraqi Kurds", "American Nate Miller".
    assertEquals(List.of("IRQ", "USA"), ids("Iraqi Kurds fled, and American Nate Miller won."));
    // A sentence's first word is capitalised whatever it is; so is every word of a headline in capitals.
    assertEquals(List.of("CHN"), ids("Yesterday China said no."));
    assertEquals(List.of("CHN", "RUS"), ids("CHINA RUSSIA TALKS END"));
    // Wire copy capitalises the word after a dotted abbreviation: "U.S. Officials" are American officials.
    assertEquals(List.of("USA"), ids("Earlier, U.S. Officials said so."));
    assertEquals(List.of(), ids("Shares in UK Coal fell."));
    // Where someone was born is a place, not the state: "Dublin-born director".
    assertEquals(List.of("ITA"), ids("The Dublin-born director and the Brazilian-born striker went to Italy."));
  }

  @Test
  void continentsAreNoState() {
    // "North American", "Latin American" name continents and regions, not the United States.
    assertEquals(List.of("BRA"), ids("Latin American debtors such as Brazil and North American banks met."));
    // An article before a longer name is not part of it: "The London ... Exchange" is no mention of Britain.
    assertEquals(List.of(), ids("Trading was halted at The London International Financial Futures Exchange."));
  }

  @Test
  void capitalsWithNamesakesNeedTheirStateNamed() {
    // Victoria the Australian state, "Male" voters: not the Seychelles or the Maldives.
    assertEquals(List.of(), ids("Victoria beat New South Wales by 20 runs, and in Victoria the rain held off."));
    assertEquals(List.of(), ids("Male voters backed him."));
    assertEquals(List.of("SYC", "SYC"), ids("He flew to Victoria, the capital of the Seychelles."));
    // A company's legal form makes a name a company's.
    assertEquals(List.of(), ids("An option held by Nobel Industrier Sweden AB and PT Timor Putra Nasional."));
  }
}
