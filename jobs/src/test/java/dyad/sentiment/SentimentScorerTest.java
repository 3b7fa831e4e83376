package dyad.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules' mechanisms (the shipped model only re-decides polarity and score: see TargetModelTest). */
class SentimentScorerTest {
  private static final SentimentScorer S = SentimentScorer.standard().rulesOnly();

  /** Mentions of the listed names (actor id = the name) wherever they occur in the sentence. */
  private static List<SentimentScorer.Mention> named(String sentence, String... names) {
    List<SentimentScorer.Mention> out = new ArrayList<>();
    for (String n : names) {
      for (int i = sentence.indexOf(n); i >= 0; i = sentence.indexOf(n, i + 1)) {
        out.add(new SentimentScorer.Mention(n, i, i + n.length()));
      }
    }
    return out;
  }

  private static SentimentScorer.Record only(String sentence, String target, String... names) {
    List<SentimentScorer.Record> rs = S.records(sentence, named(sentence, names));
    List<SentimentScorer.Record> t = rs.stream().filter(r -> r.target().equals(target)).toList();
    assertEquals(1, t.size(), rs.toString());
    return t.get(0);
  }

  @Test
  void negationFlipsAndBoostersStrengthen() {
    double good = S.tone("The talks were good.").compound();
    double notGood = S.tone("The talks were not good.").compound();
    double veryGood = S.tone("The talks were very good.").compound();
    assertTrue(good > 0.05, "good: " + good);
    assertTrue(notGood < 0, "not good: " + notGood);
    assertTrue(veryGood > good, veryGood + " > " + good);
    assertTrue(S.tone("The talks were GOOD!").compound() > good, "capitals and exclamation");
    // Inflections reach the lexicon through their base form.
    assertTrue(S.tone("Moscow condemned the move.").compound() < 0);
  }

  @Test
  void contrastShiftsTheWeightToWhatFollowsBut() {
    double a = S.tone("The meeting was friendly, but the outcome was disappointing.").compound();
    double b = S.tone("The meeting was disappointing, but the outcome was friendly.").compound();
    assertTrue(a < 0, "after 'but' counts more: " + a);
    assertTrue(b > 0, "after 'but' counts more: " + b);
  }

  @Test
  void anActVerbPointsFromItsSubjectToItsObject() {
    SentimentScorer.Record r = only("Russia accused Ukraine of shelling civilians.", "Ukraine", "Russia", "Ukraine");
    assertEquals("Russia", r.source());
    assertEquals(-1, r.polarity());
    assertEquals("accused", r.cue());
    assertEquals(-2.0, r.cooperation());
    // The passive turns it round.
    SentimentScorer.Record p = only("Ukraine was attacked by Russia on Monday.", "Ukraine", "Russia", "Ukraine");
    assertEquals("Russia", p.source());
    assertEquals(-10.0, p.cooperation());
    assertEquals(-1, p.polarity());
  }

  @Test
  void speechAttributesTheSentenceToTheSpeaker() {
    String s = "Lavrov said relations with Brussels had been destroyed by unilateral decisions.";
    SentimentScorer.Record r = only(s, "Brussels", "Lavrov", "Brussels");
    assertEquals("Lavrov", r.source());
    assertEquals(-1, r.polarity());
    assertNull(r.cooperation(), "speech is no act");
    SentimentScorer.Record after = only("Relations with Brussels are destroyed, said Lavrov.", "Brussels", "Lavrov", "Brussels");
    assertEquals("Lavrov", after.source());
  }

  @Test
  void reciprocalVerbsGiveRecordsBothWays() {
    String s = "China and Russia agreed to deepen their strategic partnership.";
    List<SentimentScorer.Record> rs = S.records(s, named(s, "China", "Russia"));
    assertEquals(2, rs.size(), rs.toString());
    for (SentimentScorer.Record r : rs) {
      assertEquals(1, r.polarity());
      assertEquals(4.0, r.cooperation());
      assertTrue(!r.source().equals(r.target()));
    }
  }

  @Test
  void targetsOfOneSentenceCanDiffer() {
    String s = "The minister praised Japan, while the brutal regime in Pyongyang drew condemnation.";
    double japan = S.towards(s, named(s, "Japan", "Pyongyang"), "Japan");
    double pyongyang = S.towards(s, named(s, "Japan", "Pyongyang"), "Pyongyang");
    assertTrue(japan > 0.05, "Japan " + japan);
    assertTrue(pyongyang < -0.05, "Pyongyang " + pyongyang);
  }

  @Test
  void aSentenceWithoutCueSpeaksInItsOwnVoice() {
    SentimentScorer.Record r = only("Germany remains a reliable partner.", "Germany", "Germany");
    assertNull(r.source());
    assertEquals(1, r.polarity());
  }

  @Test
  void theModelSeesWhoSpeaksAndWhatIsQuoted() {
    String s = "\u201cThe sanctions are a disgrace,\u201d said Lavrov, who met Blinken on Friday.";
    var speaker = S.features(s, named(s, "Lavrov", "Blinken"), "Lavrov");
    var other = S.features(s, named(s, "Lavrov", "Blinken"), "Blinken");
    assertEquals(1.0, speaker.get("spk"), "'said Lavrov': Lavrov speaks");
    assertNull(other.get("spk"), "Blinken is two words past any speech verb");
    assertTrue(speaker.get("oq_val") < 0, "the quote's 'disgrace' is in another voice than the speaker's: " + speaker);
    assertNull(speaker.get("t_quoted"));
    String q = "Officials said \"Lavrov lied\" about the talks.";
    assertEquals(1.0, S.features(q, named(q, "Lavrov"), "Lavrov").get("t_quoted"));
    assertNull(S.features(q, named(q, "Lavrov"), "Lavrov").get("others"), "how many people a sentence names is not a feature");
  }

  @Test
  void aQuotationOpenedInAnEarlierSentenceStillCounts() {
    // The sentence splitter leaves the opening mark with the quotation's first sentence.
    String s = "The whole structure has been destroyed by decisions from Brussels,” Lavrov said.";
    var brussels = S.features(s, named(s, "Brussels", "Lavrov"), "Brussels");
    assertEquals(1.0, brussels.get("t_quoted"), "before an unmatched closing mark is quoted: " + brussels);
    assertNull(S.features(s, named(s, "Brussels", "Lavrov"), "Lavrov").get("t_quoted"), "the speaker stands after it");
    // dyad's cleaning straightens curly marks: a straight one after a word closes.
    String straight = "The whole structure has been destroyed by decisions from Brussels,\" Lavrov said.";
    assertEquals(1.0, S.features(straight, named(straight, "Brussels", "Lavrov"), "Brussels").get("t_quoted"));
    assertNull(S.features(straight, named(straight, "Brussels", "Lavrov"), "Lavrov").get("t_quoted"));
    String opened = "Lavrov said: \"Brussels destroyed the structure.";
    assertEquals(1.0, S.features(opened, named(opened, "Brussels", "Lavrov"), "Brussels").get("t_quoted"), "before a word, it opens");
    assertNull(S.features(opened, named(opened, "Brussels", "Lavrov"), "Lavrov").get("t_quoted"));
    String plain = "The whole structure has been destroyed by decisions from Brussels, Lavrov said.";
    assertNull(S.features(plain, named(plain, "Brussels", "Lavrov"), "Brussels").get("t_quoted"));
  }

  @Test
  void theWordsNextToATargetStopAtAnotherPersonOrAQuotationMark() {
    String s = "\"Talks failed because of Brussels,\" Lavrov said.";
    var brussels = S.features(s, named(s, "Brussels", "Lavrov"), "Brussels");
    assertNull(brussels.get("r:said"), "'said' is Lavrov's, across his name and the closing mark: " + brussels);
    assertEquals(1.0, brussels.get("l:of"));
    String direct = "Talks failed, Brussels said.";
    assertEquals(1.0, S.features(direct, named(direct, "Brussels"), "Brussels").get("r:said"));
    String outside = "Borrell blamed Brussels \"for failing\" again.";
    assertNull(S.features(outside, named(outside, "Borrell", "Brussels"), "Brussels").get("r:for"), "the quotation is another voice");
    assertEquals(1.0, S.features(outside, named(outside, "Borrell", "Brussels"), "Brussels").get("l:blamed"));
  }
}
