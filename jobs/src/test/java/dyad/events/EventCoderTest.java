package dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.actors.MentionStep;
import dyad.article.ArticleText;
import dyad.schema.Rows.EventRow;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The constructions of issue 24 on real sentences of wire news (Reuters and the CAMEO codebook's
 * examples of its codes), with the actors dyad's matcher finds in them: plain Java, no Spark.
 */
class EventCoderTest {
  private static final EventCoder CODER = EventCoder.standard();

  /** The state events of a sentence, as "SRC->TGT code". */
  private static List<EventRow> events(String sentence, String date) {
    ArticleText text = ArticleText.of(List.of(sentence));
    return EventsStep.events(CODER, "t", text, MentionStep.mentions(MentionStep.matcher(), "t", text, LocalDate.parse(date)));
  }

  private static Set<String> pairs(String sentence, String date) {
    Set<String> out = new TreeSet<>();
    for (EventRow e : events(sentence, date)) out.add(e.getSourceState() + "->" + e.getTargetState());
    return out;
  }

  private static EventRow only(String sentence, String date, String source, String target) {
    List<EventRow> l = events(sentence, date).stream()
        .filter(e -> source.equals(e.getSourceState()) && target.equals(e.getTargetState())).toList();
    assertEquals(1, l.size(), sentence + ": " + events(sentence, date).stream().map(e -> e.getSourceState() + "->"
        + e.getTargetState() + " " + e.getCameo()).toList());
    return l.get(0);
  }

  @Test
  void aSubjectNamedByItsAgentIsItsState() {
    // The codebook's example of 021: the president is Kenya's, the appeal is to Uganda.
    EventRow e = only("Kenyan President Daniel Arap Moi on Monday urged Uganda to repatriate all Kenyan criminals hiding there.",
        "1996-01-01", "KEN", "UGA");
    assertEquals("02", e.getRoot());
    assertEquals(1, e.getQuadClass());
    assertEquals(3.0, e.getGoldstein(), 0.5);
    // Phrases headed by something other than a state's agent are nobody's: fishermen, a company of Sweden.
    assertEquals(Set.of(), pairs("Greek fishermen accused Turkey of harassment near the islands on Monday.", "1987-03-20"));
    assertEquals(Set.of(), pairs("Ericsson Telephone Co of Sweden accused Norway of dumping cables.", "1987-03-20"));
  }

  @Test
  void coordinatedSourcesEachAct() {
    // Written as the 1987 wire capitalises after "U.S.": "the U.S. And".
    String s = "Canada, Britain, France, Italy, the U.S. And West Germany agreed to cooperate on fishing quotas on Monday.";
    Set<String> p = pairs(s, "1987-03-20");
    // Six parties acting together, each toward each other: 30 directed pairs, and an intent (03).
    assertEquals(30, p.size(), p.toString());
    assertTrue(p.contains("CAN->DEU") && p.contains("DEU->CAN"));
    for (EventRow e : events(s, "1987-03-20")) {
      assertEquals("03", e.getRoot(), e.getVerb());
    }
  }

  @Test
  void aCommaAloneIsNoList() {
    // "..., the U.S. Commerce Department said": Egypt is no co-speaker.
    for (String p : pairs("The trade agency approved new credits for sales of U.S. rice to Egypt, the U.S. Commerce "
        + "Department said.", "1987-03-01")) {
      assertFalse(p.startsWith("EGY->"), p);
    }
  }

  @Test
  void thePassiveTakesItsSourceFromBy() {
    // The source stands after "by", the target is the passive's subject; an adverb may come between.
    EventRow e = only("Israel was fiercely condemned by Egypt on Monday.", "1996-01-01", "EGY", "ISR");
    assertEquals(3, e.getQuadClass());
    assertTrue(pairs("Israel was fiercely condemned by Egypt on Monday.", "1996-01-01").stream().noneMatch(x -> x.startsWith("ISR->")));
  }

  @Test
  void placesThatAreLocationsAreNotTargets() {
    Set<String> p = pairs("Spain held talks with Japan in Egypt on Monday.", "1996-01-01");
    assertTrue(p.contains("ESP->JPN"), p.toString());
    assertFalse(p.stream().anyMatch(x -> x.endsWith("->EGY")), p.toString());
  }

  @Test
  void refusalsAndNegatedCooperationAreRejections() {
    EventRow e = only("Although Beijing claimed impartiality in the conflict and no prior knowledge of Russia's intentions, "
        + "it also refused to condemn Moscow.", "2023-02-03", "CHN", "RUS");
    assertTrue(e.isNegated());
    // A refused condemnation is no condemnation: a rejection (120), as the codebook codes refusals.
    assertEquals("120", e.getCameo());
    // A negated conflict is no event at all.
    assertEquals(Set.of(), pairs("Egypt did not condemn Israel.", "1996-01-01"));
  }

  @Test
  void aRefusedReciprocalActIsRefusedBothWays() {
    // "sign a trade pact" has a reverse code (0311 both ways); negated, neither direction is an intent to trade.
    String s = "Japan will not sign a trade pact with South Korea, officials said.";
    List<EventRow> l = events(s, "1987-03-01");
    assertEquals(Set.of("JPN->KOR", "KOR->JPN"), pairs(s, "1987-03-01"));
    for (EventRow e : l) {
      assertTrue(e.isNegated(), e.getSourceState() + "->" + e.getTargetState());
      assertEquals("120", e.getCameo(), e.getSourceState() + "->" + e.getTargetState());
    }
  }

  @Test
  void partiesNamedByTitleAndNameAreCoordinatedLikeStates() {
    // The codebook's example of 057: each leader's phrase is one party of "A and B signed".
    Set<String> p = pairs("Libyan leader Muammar Gaddafi and Bulgarian President Todor Zhivkov today signed a treaty of "
        + "friendship and cooperation, the BTA reported.", "1990-01-01");
    assertEquals(Set.of("LBY->BGR", "BGR->LBY"), p);
  }

  @Test
  void aNounObjectOfAVerbThatCodesNothingIsTheEvent() {
    // The codebook's example of 046: "renewed" codes nothing, "negotiations" is the event of its subjects.
    String s = "Israel and Lebanon renewed negotiations today on an Israeli troop pullback from Lebanon and their future relations.";
    for (EventRow e : events(s, "1990-01-01")) assertEquals("046", e.getCameo(), e.getVerb());
    assertEquals(Set.of("ISR->LBN", "LBN->ISR"), pairs(s, "1990-01-01"));
  }

  @Test
  void aVerbOfIntentIsNoEventItself() {
    // The codebook's example of 150: "prepared to" frames what follows; Macedonia and Albania do not cooperate.
    assertFalse(pairs("The Macedonian army prepared to resume shelling Albanian rebel-held territory as attempts to resolve "
        + "the crisis on the political front were deadlocked.", "2001-01-01").contains("ALB->MKD"));
  }

  @Test
  void aPatternsWordsAreNotThoseOfAPlace() {
    // "back ... talks" is an intent to meet (036); talks that are only where the backing happened are not.
    EventRow e = only("Peru backed Chile at the Geneva talks on fishing quotas.", "1990-01-01", "PER", "CHL");
    assertEquals("05", e.getRoot());
    assertFalse(pairs("Peru backed Chile at the Geneva talks on fishing quotas.", "1990-01-01").contains("CHL->PER"));
  }

  @Test
  void aWordAfterAStatesAdjectiveIsWhatItQualifies() {
    // "Palestinian targets", "Venezuelan loans": nouns, not verbs with a state as subject.
    assertEquals(Set.of("ISR->PSE"), pairs("Israeli aircraft struck Palestinian targets near Sidon on Monday.", "1987-03-01"));
    assertEquals(Set.of(), pairs("The banks rescheduled some Mexican and Venezuelan loans on Monday.", "1987-03-01"));
    // A people's name acts: in the codebook's example of 164, "Israelis ... failed" is a verb, a rejection.
    assertEquals("120", only("Palestinians and Israelis failed to reach agreement on the fate of Palestinian offices in east "
        + "Jerusalem Sunday.", "1996-01-01", "ISR", "PSE").getCameo());
  }

  @Test
  void aCommitmentIsMutualOnlyWhenWhatIsPromisedIs() {
    Set<String> p = pairs("Japan agreed to open its rice market to the United States.", "1987-03-01");
    assertEquals(Set.of("JPN->USA"), p);
    p = pairs("Japan agreed to meet the United States in Geneva.", "1987-03-01");
    assertEquals(Set.of("JPN->USA", "USA->JPN"), p);
  }

  @Test
  void passiveAgentsAreListsAndAParticipleAfterACommaIsPassive() {
    // A list of agents with determiners between its members, and a reduced relative ", backed by".
    Set<String> p = pairs("Chile was supported by the U.K., the Netherlands, West Germany and Japan on the issue.", "1987-03-01");
    assertTrue(p.containsAll(Set.of("GBR->CHL", "NLD->CHL", "DEU->CHL", "JPN->CHL")), p.toString());
    p = pairs("France and Italy, backed by Spain and Portugal, opposed the proposed levy on Monday.", "1987-03-01");
    assertTrue(p.containsAll(Set.of("ESP->FRA", "ESP->ITA", "PRT->FRA", "PRT->ITA")), p.toString());
  }

  @Test
  void cooperationNamedByItsNounIsSplitAsCameoSplitsIt() {
    // The codebook's example of 050: "upgraded their diplomatic ties" is diplomatic cooperation, both ways.
    Set<String> p = pairs("Czechoslovakia and Albania have upgraded their diplomatic ties back up to ambassadorial level "
        + "after an 18-year break, the official CTK news agency said on Wednesday.", "1990-01-01");
    assertEquals(Set.of("CSK->ALB", "ALB->CSK"), p);
    // A generic verb ("increased", 060) gives way to its object's event; "military" makes it military cooperation.
    List<EventRow> l = events("Egypt and Jordan increased their military cooperation on Monday.", "1996-01-01");
    assertEquals(2, l.size(), l.toString());
    for (EventRow e : l) assertEquals("062", e.getCameo(), e.getVerb());
  }

  @Test
  void materialCooperationNeedsAPattern() {
    // "increased its estimate of": the bare default of "increase" (060) is no act toward China.
    assertEquals(Set.of(), pairs("Japan increased its estimate of Chinese grain imports on Monday.", "1987-03-01"));
    // With a pattern of the dictionary it is coded: "increased their military cooperation" above, "sent troops" here.
    assertTrue(pairs("Cuba sent troops to Angola in 1975.", "1987-03-01").contains("CUB->AGO"));
  }

  @Test
  void summoningOrJoiningIsOneWay() {
    // The codebook's example of 110: Nigeria summons Niger's ambassador; Niger does nothing to Nigeria.
    Set<String> p = pairs("On Tuesday, Nigerian junior foreign minister Dubem Oniya summoned Niger's ambassador Brah Mohamane "
        + "to complain of inaction over the gangs.", "2005-01-01");
    assertTrue(p.contains("NGA->NER"), p.toString());
    assertFalse(p.contains("NER->NGA"), p.toString());
    // Meeting stays both ways.
    assertEquals(Set.of("ESP->JPN", "JPN->ESP"), pairs("Spain met Japan in Geneva on Monday.", "1996-01-01"));
  }

  @Test
  void multiWordVerbs() {
    EventRow e = only("Peru has broken off relations with Cuba.", "1987-03-01", "PER", "CUB");
    assertEquals("161", e.getCameo());
    assertEquals(4, e.getQuadClass());
    assertEquals("broken off", e.getVerb());
  }

  @Test
  void reciprocalVerbsPairTheirPartiesButNeverTheObjectsAmongThemselves() {
    Set<String> p = pairs("Spain agreed with France and Italy on a common fishing policy.", "1996-01-01");
    assertTrue(p.containsAll(Set.of("ESP->FRA", "ESP->ITA", "FRA->ESP", "ITA->ESP")), p.toString());
    assertFalse(p.contains("FRA->ITA") || p.contains("ITA->FRA"), p.toString());
  }

  @Test
  void phrasalVerbsOfTheDictionary() {
    EventRow e = only("Israeli troops cordoned off the Lebanese village on Friday.", "1996-01-01", "ISR", "LBN");
    assertEquals("cordoned off", e.getVerb());
    assertEquals("17", e.getRoot());
  }

  @Test
  void nounsThatNameAnEventBetweenTheActorsAroundThem() {
    Set<String> p = pairs("Talks between Japan and South Korea ended on Friday without an accord.", "1987-03-01");
    assertEquals(Set.of("JPN->KOR", "KOR->JPN"), p);
    // Fighting between two states is each one's use of force against the other (190).
    for (EventRow f : events("Fighting between Armenia and Azerbaijan resumed on Monday.", "1996-01-01")) assertEquals("190", f.getCameo());
    assertEquals(Set.of("ARM->AZE", "AZE->ARM"), pairs("Fighting between Armenia and Azerbaijan resumed on Monday.", "1996-01-01"));
    EventRow e = only("The new U.S. sanctions against Libya took effect on Monday.", "1987-03-01", "USA", "LBY");
    assertEquals("163", e.getCameo());
    assertTrue(e.getConfidence() < 0.9, "a noun states an act less directly than a verb");
  }
}
