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
  void membersAreAveragedAndEachSeesOnlyItsView() {
    int brutal = TargetModel.slot("l:brutal");
    int war = TargetModel.slot("w:war");
    TargetModel m = TargetModel.parse(List.of(
        "member\t-", "intercept\t0\t0\t0", brutal + "\t2\t0\t0", war + "\t1\t0\t0",
        "member\tw:,tone", "intercept\t0\t1\t0", brutal + "\t0\t0\t3", war + "\t5\t0\t0"));
    Map<String, Double> f = Map.of("l:brutal", 1.0, "w:war", 1.0, "tone", 1.0);
    // First member: z = (2 + 1, 0, 0); second drops "w:war" (prefix) and "tone" (name): z = (0, 1, 3).
    double[] a = softmax(3, 0, 0);
    double[] b = softmax(0, 1, 3);
    double[] p = m.probabilities(f);
    for (int c = 0; c < 3; c++) assertEquals((a[c] + b[c]) / 2, p[c], 1e-12);
    assertEquals(List.of("w:", "tone"), m.members().get(1).drops());
    assertTrue(m.members().get(1).sees("l:brutal"));
    assertTrue(!m.members().get(1).sees("w:war") && !m.members().get(1).sees("tone"));
    // The file format round-trips: what train writes, parse reads back to the same probabilities.
    double[] again = TargetModel.parse(m.lines()).probabilities(f);
    for (int c = 0; c < 3; c++) assertEquals(p[c], again[c], 1e-9);
  }

  @Test
  void naiveBayesScalesFavourWordsOfOneClassAndLeaveScoresAlone() {
    var one = List.of(new SentimentScorer.Mention("t0", 0, 3));
    List<LabelledTargets.Item> items = List.of(new LabelledTargets.Item("Ann.", one, "t0", -1, "Ann", ""),
        new LabelledTargets.Item("Ann.", one, "t0", -1, "Ann", ""), new LabelledTargets.Item("Ann.", one, "t0", 1, "Ann", ""));
    // "w:war" in both negatives, "w:the" everywhere, "tone" a dense score, "c:x" dropped by the view.
    List<Map<String, Double>> f = List.of(Map.of("w:war", 1.0, "w:the", 1.0, "tone", -0.5, "c:x", 1.0),
        Map.of("w:war", 1.0, "w:the", 2.0, "tone", -0.2), Map.of("w:the", 1.0, "tone", 0.4, "c:x", 1.0));
    double[] s = TargetModelTrainer.nbScales(items, f, List.of("c:"));
    // war: negative (2+1)/(2+2) against the rest (0+1)/(1+2), log 2.25; for positive the ratio is
    // (0+1)/(1+2) against (2+1)/(2+2), the same magnitude; for neutral (no targets) (0+1)/(0+2) against (2+1)/(3+2).
    assertEquals(Math.log(2.25), s[TargetModel.slot("w:war")], 1e-12);
    double the = Math.max(Math.abs(Math.log((3.0 / 4) / (2.0 / 3))), Math.abs(Math.log((1.0 / 2) / (4.0 / 5))));
    assertEquals(the, s[TargetModel.slot("w:the")], 1e-12, "a word of every target: only the smoothing's ratio");
    assertEquals(1.0, s[TargetModel.slot("tone")], "dense scores are not rescaled");
    assertEquals(0.0, s[TargetModel.slot("c:x")], "a dropped group gets no weight");
  }

  private static double[] softmax(double... z) {
    double sum = 0;
    for (double x : z) sum += Math.exp(x);
    double[] p = new double[z.length];
    for (int i = 0; i < z.length; i++) p[i] = Math.exp(z[i]) / sum;
    return p;
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
