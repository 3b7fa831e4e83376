package dyad.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetModelTest {
  @Test
  void softmaxOverHashedFeaturesByHand() {
    int slot = TargetModel.slot("l:brutal");
    TargetModel m = TargetModel.parse(List.of("intercept\t0\t1\t0", slot + "\t2\t0\t-1"));
    // z = (0 + 2*1, 1, 0 - 1) = (2, 1, -1); softmax.
    double[] p = m.probabilities(Map.of("l:brutal", 1.0));
    double sum = Math.exp(2) + Math.exp(1) + Math.exp(-1);
    assertEquals(Math.exp(2) / sum, p[0], 1e-12);
    assertEquals(Math.exp(1) / sum, p[1], 1e-12);
    assertEquals(-1, m.polarity(Map.of("l:brutal", 1.0)));
    assertEquals(0, m.polarity(Map.of("unknown", 1.0)), "only the intercepts: neutral");
  }

  @Test
  void multiTargetTrainingExamplesAreReweightedToTheSingleTargetClassShares() {
    // Single targets: 2 negative, 2 neutral (shares .5/.5); multi-target: 3 negative, 1 neutral (.75/.25).
    var one = List.of(new SentimentScorer.Mention("t0", 0, 3));
    var two = List.of(new SentimentScorer.Mention("t0", 0, 3), new SentimentScorer.Mention("t1", 8, 11));
    List<LabelledTargets.Item> items = List.of(
        new LabelledTargets.Item("Ann met Bob.", one, "t0", -1, "Ann", ""), new LabelledTargets.Item("Ann met Bob.", one, "t0", -1, "Ann", ""),
        new LabelledTargets.Item("Ann met Bob.", one, "t0", 0, "Ann", ""), new LabelledTargets.Item("Ann met Bob.", one, "t0", 0, "Ann", ""),
        new LabelledTargets.Item("Ann met Bob.", two, "t0", -1, "Ann", ""), new LabelledTargets.Item("Ann met Bob.", two, "t1", -1, "Bob", ""),
        new LabelledTargets.Item("Ann met Bob.", two, "t0", -1, "Ann", ""), new LabelledTargets.Item("Ann met Bob.", two, "t1", 0, "Bob", ""));
    double[] w = TargetModelTrainer.weights(items);
    for (int i = 0; i < 4; i++) assertEquals(1.0, w[i], "single targets keep weight 1");
    assertEquals(0.5 / 0.75, w[4], 1e-12);
    assertEquals(0.5 / 0.25, w[7], 1e-12);
    assertEquals(1.0, TargetModelTrainer.multiTargetClassWeights(items)[2], "no positive example: weight 1, not 0/0");
  }

  @Test
  void theShippedModelDecidesClearCasesAndKeepsTheRulesDirection() {
    assertNotNull(TargetModel.standard(), "data/lexicons/target_sentiment_model.tsv is on the classpath");
    SentimentScorer s = SentimentScorer.standard();
    String a = "Critics condemned Smith for the disastrous and dishonest decision.";
    String b = "Jones won praise for her brilliant and generous leadership.";
    assertEquals(-1, s.records(a, List.of(new SentimentScorer.Mention("smith", 18, 23))).get(0).polarity());
    assertEquals(1, s.records(b, List.of(new SentimentScorer.Mention("jones", 0, 5))).get(0).polarity());
    String c = "Russia accused Ukraine of shelling civilians.";
    SentimentScorer.Record r = s.records(c, List.of(new SentimentScorer.Mention("RUS", 0, 6),
        new SentimentScorer.Mention("UKR", 15, 22))).get(0);
    assertEquals("RUS", r.source());
    assertEquals("UKR", r.target());
    assertTrue(r.score() >= -1 && r.score() <= 1);
  }
}
