package dyad.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.SeedRun;
import dyad.SparkTestBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `dyad run` writes the topic tables and model: the seeds, a corpus without actors, NPMI in Spark. */
class TopicsStageIntegrationTest extends SparkTestBase {
  @TempDir Path tmp;

  /** The seeds' k, chosen from the data: five articles carry at most five topics (KChoice.cap). */
  private static final int SEED_K = 5;
  private static final String[] TABLES = {"topics", "article_topics", "pair_topics", "topic_trends", "topic_quality"};

  private static JsonNode manifest(Path out) throws IOException {
    return new ObjectMapper().readTree(out.resolve("_manifest.json").toFile());
  }

  @Test
  void seedsGetTopicsOfParagraphsWithTheirQualityInTheManifest() throws IOException {
    Path out = SeedRun.output();
    JsonNode t = manifest(out).get("topics");
    // Five articles are too few documents for LDA: auto fits on their paragraphs.
    assertEquals("paragraph", t.get("document").asText());
    assertEquals(SEED_K, t.get("k").asInt());
    assertEquals(duckLong("SELECT count(*) FROM " + table(out, "topics")), SEED_K);
    assertEquals(duck("SELECT round(mean_npmi, 3), round(diversity, 3) FROM " + table(out, "topic_quality") + " WHERE used"),
        List.of(List.of(t.get("mean_npmi").asDouble(), t.get("diversity").asDouble())));
    assertEquals(0, manifest(out).get("config").get("topics").get("k").asInt(), "k chosen from the data");
    // Of the candidates 5, 10, 20, 40 only 5 fits five articles: nothing to compare, no sweep.
    String why = "chosen: the only candidate this corpus can carry (cap 5: 5 articles, 140 documents / 10, ";
    assertTrue(t.get("k_choice").asText().startsWith(why), t.get("k_choice").asText());
    assertEquals(List.of(List.of(SEED_K, true, 140L, 100, t.get("k_choice").asText())), duck("SELECT k, used, documents, "
        + "iterations, choice FROM " + table(out, "topic_quality") + " WHERE heldout_npmi IS NULL AND heldout_documents IS NULL"));
    assertTrue(manifest(out).get("files").toString().contains(TopicsStage.MODEL));
    // Topics are made of issue words: no function or filler words, no masked actor names.
    Set<String> stop = new HashSet<>(dyad.text.Tokens.FUNCTION_WORDS);
    stop.addAll(dyad.text.Tokens.loadWordList(TopicTokens.NEWS_STOPWORDS));
    for (List<Object> r : duck("SELECT terms, label FROM " + table(out, "topics"))) {
      List<Object> terms = javaList(r.get(0));
      assertEquals(15, terms.size());
      assertEquals(String.join(" · ", terms.subList(0, 3).stream().map(Object::toString).toList()), r.get(1));
      for (Object w : terms) assertFalse(stop.contains(w.toString()), w + " is a stop word");
      assertFalse(terms.contains("russia") || terms.contains("putin") || terms.contains("lavrov"), terms.toString());
    }
  }

  @Test
  void chinaAndRussiaAreDiscussedAboutTheirPartnershipOrTheWar() {
    // The heaviest topic of the paragraphs naming both states, all time: an issue, not filler.
    List<List<Object>> top = duck("SELECT t.terms FROM " + table(SeedRun.output(), "pair_topics") + " p JOIN "
        + table(SeedRun.output(), "topics") + " t USING (topic_id) WHERE p.level = 'state' AND p.scope = 'paragraph' "
        + "AND p.period = 'all' AND p.actor_a = 'CHN' AND p.actor_b = 'RUS' AND p.rank = 1");
    assertEquals(1, top.size());
    List<Object> terms = javaList(top.get(0).get(0)).subList(0, 10);
    Set<String> issue = Set.of("partnership", "strategic", "cooperation", "war", "military", "alliance", "conflict",
        "sanction", "security", "defense", "invasion");
    assertTrue(terms.stream().anyMatch(w -> issue.contains(w.toString())), terms.toString());
  }

  @Test
  void distributionsSumToOneAndPairUnitsAgreeWithTheNetwork() {
    Path out = SeedRun.output();
    assertEquals(5, duckLong("SELECT count(*) FROM " + table(out, "article_topics")));
    assertEquals(0, duckLong("SELECT count(*) FROM " + table(out, "article_topics") + " WHERE abs(list_sum(weights) - 1) > 1e-6 "
        + "OR weights[main_topic + 1] <> list_max(weights) OR len(weights) <> " + SEED_K));
    String pt = table(out, "pair_topics");
    // Each pair keeps its heaviest topic and the others of at least 0.04, at most 10, ranked 1..n by
    // weight; kept_weight is what they hold together, at most 1.
    assertEquals(0, duckLong("SELECT count(*) FROM (SELECT level, scope, period, actor_a, actor_b, sum(weight) s, count(*) n, "
        + "max(rank) mr, min(kept_weight) k1, max(kept_weight) k2, max(weight) mx, max(CASE WHEN rank = 1 THEN weight END) r1, "
        + "min(CASE WHEN rank > 1 THEN weight END) low FROM " + pt + " GROUP BY ALL) "
        + "WHERE abs(s - k1) > 1e-9 OR k1 <> k2 OR k2 > 1 + 1e-9 OR n > 10 OR mr <> n OR mx <> r1 OR low < 0.04"));
    assertTrue(duckLong("SELECT count(*) FROM " + pt) > 500);
    // The kept rows hold most of each pair's words.
    assertTrue((double) duck("SELECT avg(kept_weight) FROM " + pt + " WHERE rank = 1").get(0).get(0) > 0.6);
    // Each word of a unit goes to one topic (WordShares): a pair named in one article holds whole
    // words of it, so each weight times that article's topic words is a count.
    String oneArticle = " FROM " + pt + " p WHERE p.scope = 'article' AND p.units = 1";
    assertTrue(duckLong("SELECT count(*)" + oneArticle) > 20);
    assertEquals(0, duckLong("SELECT count(*)" + oneArticle + " AND NOT EXISTS (SELECT 1 FROM " + table(out, "article_topics")
        + " a WHERE abs(p.weight * a.topic_words - round(p.weight * a.topic_words)) < 1e-6 AND p.weight * a.topic_words >= 0.5)"));
    // The articles averaged for a pair are the articles naming both (comention_edges, article scope):
    // every seed article has topic words.
    assertEquals(0, duckLong("SELECT count(*) FROM " + pt + " p FULL JOIN " + table(out, "comention_edges")
        + " e USING (level, period, actor_a, actor_b) WHERE e.scope = 'article' AND (p.scope IS NULL OR p.scope = 'article') "
        + "AND p.rank = 1 AND (p.units IS DISTINCT FROM e.articles)"));
    assertEquals(duckLong("SELECT count(*) FROM " + table(out, "comention_edges") + " WHERE scope = 'article'"),
        duckLong("SELECT count(*) FROM " + pt + " WHERE scope = 'article' AND rank = 1"));
    // Paragraph scope: the paragraphs naming both, less those without a word of the vocabulary.
    assertEquals(0, duckLong("SELECT count(*) FROM " + pt + " p JOIN " + table(out, "comention_edges")
        + " e USING (level, scope, period, actor_a, actor_b) WHERE p.scope = 'paragraph' AND p.rank = 1 "
        + "AND p.units > e.paragraphs"));
    // Trends: a period's shares sum to one.
    assertEquals(0, duckLong("SELECT count(*) FROM (SELECT period, sum(share) s FROM " + table(out, "topic_trends")
        + " GROUP BY period) WHERE abs(s - 1) > 1e-6"));
    assertEquals(5, duckLong("SELECT articles FROM " + table(out, "topic_trends") + " WHERE period = 'all' AND topic_id = 0"));
  }

  @Test
  void readmeQueriesOfTheTopicsRunAsWritten() {
    List<String> pairs = readmeQueries("pair_topics", SeedRun.output());
    List<String> trends = readmeQueries("topic_trends", SeedRun.output());
    assertEquals(1, pairs.size());
    assertEquals(1, trends.size());
    // The seeds name China and Russia together in every article: the pair has topics for each period.
    assertTrue(duck(pairs.get(0)).size() >= 3, pairs.get(0));
    assertEquals(2 * SEED_K, duck(trends.get(0)).size(), "two dated months, every topic in each");
  }

  @Test
  void theSavedModelTopicsNewText() {
    PipelineModel model = PipelineModel.load(SeedRun.output().resolve(TopicsStage.MODEL).toString());
    StructType schema = new StructType().add("text", DataTypes.StringType);
    Dataset<Row> fresh = spark.createDataFrame(List.of(
        RowFactory.create("Sanctions over human rights violations in Xinjiang were imposed by Western governments."),
        RowFactory.create("")), schema);
    List<Row> rows = model.transform(fresh).select("topicDistribution").collectAsList();
    Vector a = rows.get(0).getAs(0);
    assertEquals(SEED_K, a.size());
    double sum = 0;
    for (double x : a.toArray()) sum += x;
    assertEquals(1, sum, 1e-6);
    assertEquals(Vectors.zeros(SEED_K), rows.get(1).getAs(0), "no words, no topics");
  }

  @Test
  void theStageAloneAndAReusedModelGiveTheSameRows() throws IOException {
    Path again = tmp.resolve("again");
    assertEquals(0, dyad("topics", "--input", SeedRun.output().toString(), "--output", again.toString()));
    for (String t : TABLES) assertEquals(0, rowsDiffering(SeedRun.output(), again, t), t + ": same input, same rows");
    Path reused = tmp.resolve("reused");
    assertEquals(0, dyad("topics", "--input", SeedRun.output().toString(), "--output", reused.toString(),
        "--model", SeedRun.output().resolve(TopicsStage.MODEL).toString()));
    for (String t : List.of("topics", "article_topics", "pair_topics")) {
      assertEquals(0, rowsDiffering(SeedRun.output(), reused, t), t + ": the saved model gives the same rows");
    }
    assertEquals(2, dyad("topics", "--input", SeedRun.output().toString(), "--output", tmp.resolve("bad").toString(),
        "--model", tmp.toString()));
    assertEquals(2, dyad("topics", "--input", SeedRun.output().toString(), "--output", tmp.resolve("bad").toString(),
        "--k", "1"));
    assertFalse(Files.exists(tmp.resolve("bad")));
  }

  /** `dyad topics` on the seed run with these topics settings (a JSON object) and options; its output. */
  private Path topicsRun(String name, String topics, String... options) throws IOException {
    Path cfg = tmp.resolve(name + ".json");
    Files.writeString(cfg, "{\"topics\": " + topics + "}");
    Path out = tmp.resolve(name);
    List<String> args = new ArrayList<>(List.of("topics", "--input", SeedRun.output().toString(), "--output", out.toString(),
        "-c", cfg.toString()));
    args.addAll(List.of(options));
    assertEquals(0, dyad(args.toArray(new String[0])));
    return out;
  }

  @Test
  void kIsChosenByHeldOutCoherenceAndFittedAsIfGiven() throws IOException {
    String sweep = "{\"kCandidates\": [2, 3, 4, 5], \"sweepIterations\": 10}";
    Path out = topicsRun("sweep", sweep);
    List<List<Object>> q = duck("SELECT k, used, heldout_npmi, heldout_documents, documents, iterations, choice FROM "
        + table(out, "topic_quality") + " ORDER BY k");
    assertEquals(List.of(2, 3, 4, 5), q.stream().map(r -> r.get(0)).toList(), "every candidate under the cap is shown");
    int k = manifest(out).get("topics").get("k").asInt();
    List<Object> chosen = q.stream().filter(r -> (boolean) r.get(1)).findFirst().orElseThrow();
    assertEquals(k, chosen.get(0));
    assertEquals(1, q.stream().filter(r -> (boolean) r.get(1)).count());
    // The most topics within 0.03 (topics.kTolerance) of the most coherent on the held-out paragraphs.
    double best = q.stream().mapToDouble(r -> (double) r.get(2)).max().orElseThrow();
    assertTrue((double) chosen.get(2) >= best - 0.03, chosen.toString());
    for (List<Object> r : q) assertTrue((int) r.get(0) <= k || (double) r.get(2) < best - 0.03, r.toString());
    long held = (long) chosen.get(3);
    assertTrue(held > 10 && held < 50, "about a fifth of 140 paragraphs held out: " + held);
    assertTrue(chosen.get(6).toString().startsWith("chosen: the most topics of k [2, 3, 4, 5] with a held-out NPMI within 0.03 of the best (k="), chosen.toString());
    assertEquals(List.of(140L, 100), List.of(chosen.get(4), chosen.get(5)), "the chosen k fitted on every paragraph");
    for (List<Object> r : q) {
      assertEquals(held, r.get(3));
      if (r == chosen) continue;
      assertEquals(List.of(140L - held, 10), List.of(r.get(4), r.get(5)), "a candidate is fitted on the rest: " + r);
      assertTrue(r.get(6).toString().startsWith("not chosen: held-out NPMI "), r.toString());
    }
    assertEquals(k, duckLong("SELECT count(*) FROM " + table(out, "topics")));
    // The chosen k is fitted as --k would fit it: the same topics and distributions.
    Path given = topicsRun("given", sweep, "--k", String.valueOf(k));
    for (String t : List.of("topics", "article_topics", "pair_topics")) assertEquals(0, rowsDiffering(out, given, t), t);
  }

  /**
   * Twelve short articles about two unrelated matters, weather and football, with no actor in them:
   * each paragraph strings together five words of its matter's pool (different ones in each article,
   * so that none is a near duplicate of another).
   */
  private Path corpusWithoutActors() throws IOException {
    Path in = tmp.resolve("plain");
    Files.createDirectories(in);
    String[] weather = {"rain", "storm", "wind", "flood", "river", "snow", "frost", "cloud", "thunder", "forecast",
        "temperature", "coast"};
    String[] football = {"striker", "goal", "club", "match", "league", "penalty", "keeper", "referee", "fans", "stadium",
        "coach", "season"};
    for (int i = 0; i < 12; i++) {
      String[] w = i % 2 == 0 ? weather : football;
      StringBuilder text = new StringBuilder("date 2022-0" + (1 + i % 3) + "-1" + i % 10 + "\n\nStory number " + i + "\n\n");
      for (int p = 0; p < 3; p++) {
        int o = i * 5 + p * 3;
        text.append("The ").append(w[o % 12]).append(" and the ").append(w[(o + 1) % 12]).append(" came after the ")
            .append(w[(o + 2) % 12]).append(", while the ").append(w[(o + 4) % 12]).append(" followed the ")
            .append(w[(o + 7) % 12]).append(" late on day ").append(i * 3 + p).append(".\n\n");
      }
      Files.writeString(in.resolve("a" + i + ".txt"), text.toString());
    }
    return in;
  }

  @Test
  void aCorpusWithoutActorsHasTopicsAndNoPairs() throws IOException {
    Path out = tmp.resolve("out");
    // Two matters in twelve articles: a word is in many of the documents, above the default maxDF.
    Path cfg = tmp.resolve("topics.json");
    Files.writeString(cfg, "{\"topics\": {\"maxDF\": 0.8}}");
    assertEquals(0, dyad("run", "--input", corpusWithoutActors().toString(), "--output", out.toString(), "--k", "2,3",
        "-c", cfg.toString()));
    assertEquals(0, duckLong("SELECT count(*) FROM " + table(out, "pair_topics")));
    assertEquals(12, duckLong("SELECT count(*) FROM " + table(out, "article_topics") + " WHERE main_topic IS NOT NULL"));
    assertEquals(List.of(List.of(2, true), List.of(3, false)),
        duck("SELECT k, used FROM " + table(out, "topic_quality") + " ORDER BY k"));
    // Two clear matters: the two topics split weather from football.
    List<List<Object>> topics = duck("SELECT terms FROM " + table(out, "topics") + " ORDER BY topic_id");
    Set<String> first = new HashSet<>();
    for (Object w : javaList(topics.get(0).get(0)).subList(0, 5)) first.add(w.toString());
    Set<String> second = new HashSet<>();
    for (Object w : javaList(topics.get(1).get(0)).subList(0, 5)) second.add(w.toString());
    Set<String> w = Set.of("rain", "storm", "wind", "flood", "river", "snow", "frost", "cloud", "thunder", "forecast",
        "temperature", "coast");
    long firstWeather = first.stream().filter(w::contains).count();
    long secondWeather = second.stream().filter(w::contains).count();
    assertTrue(firstWeather == 5 && secondWeather == 0 || firstWeather == 0 && secondWeather == 5, first + " / " + second);
    // Articles of the same matter share their main topic.
    assertEquals(2, duckLong("SELECT count(DISTINCT main_topic) FROM " + table(out, "article_topics")));
  }

  @Test
  void tooLittleTextGivesEmptyTablesAndSaysWhy() throws IOException {
    Path in = tmp.resolve("one");
    Files.createDirectories(in);
    Files.writeString(in.resolve("a.txt"), "Short note\n\nThe storm flooded the roads near the river on Monday night.\n");
    Path out = tmp.resolve("out1");
    assertEquals(0, dyad("run", "--input", in.toString(), "--output", out.toString()));
    for (String t : TABLES) assertEquals(0, duckLong("SELECT count(*) FROM " + table(out, t)), t);
    assertTrue(manifest(out).get("topics").get("skipped").asText().startsWith("too little text"));
    assertFalse(Files.exists(out.resolve(TopicsStage.MODEL)));
  }

  @Test
  void npmiCountedInSparkEqualsTheHandComputation() {
    // Documents as count vectors over a vocabulary of 4 terms: a b | a b | a | c (the toy of TopicTokensTest).
    StructType schema = new StructType().add("features", new org.apache.spark.ml.linalg.VectorUDT());
    Dataset<Row> docs = spark.createDataFrame(List.of(
        RowFactory.create(Vectors.sparse(4, new int[] {0, 1}, new double[] {2, 1})),
        RowFactory.create(Vectors.sparse(4, new int[] {0, 1}, new double[] {1, 3})),
        RowFactory.create(Vectors.sparse(4, new int[] {0}, new double[] {1})),
        RowFactory.create(Vectors.sparse(4, new int[] {2}, new double[] {5}))), schema);
    List<int[]> topics = new ArrayList<>();
    topics.add(new int[] {0, 1, 2});
    topics.add(new int[] {0, 1});
    topics.add(new int[] {3, 2});
    double ab = Math.log(4.0 / 3) / Math.log(2);
    double[] npmi = TopicsStage.npmi(docs, topics);
    assertEquals((ab - 1 - 1) / 3, npmi[0], 1e-12);
    assertEquals(ab, npmi[1], 1e-12);
    assertEquals(-1, npmi[2], 1e-12, "a term in no document pairs with nothing");
  }

  @Test
  void termsCountedFoldedAreShownAsWordsAndASavedModelKeepsItsFolding() throws IOException {
    // topics.folding plurals: terms are counted folded (policies and policy as one) but shown as the
    // corpus writes them, and the saved tokenizer states the rules it was fitted with.
    Path folded = topicsRun("plurals", "{\"folding\": \"plurals\"}");
    StringBuilder all = new StringBuilder();
    try (var files = Files.walk(dyad.TestPaths.repoRoot().resolve("data/corpus"))) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) all.append(Files.readString(f).toLowerCase(java.util.Locale.ROOT)).append('\n');
    }
    Set<String> words = dyad.TestTexts.words(all.toString());
    TopicTokens plurals = TopicTokens.DEFAULT.withFolding(dyad.core.TopicsConfig.Folding.PLURALS);
    int shown = 0;
    boolean foldedWord = false;
    for (List<Object> r : duck("SELECT terms FROM " + table(folded, "topics"))) {
      for (Object w : javaList(r.get(0))) {
        assertTrue(words.contains(w.toString()), w + " is not a word of the seeds");
        foldedWord |= !plurals.fold(w.toString()).equals(w.toString());
        shown++;
      }
    }
    assertEquals(SEED_K * 15, shown);
    assertTrue(foldedWord, "some shown words are plurals or other words that fold into another term");
    // Folded counting gives each article more words of the vocabulary than the default's words as written.
    String sum = "SELECT sum(topic_words) FROM ";
    assertTrue(duckLong(sum + table(folded, "article_topics")) > duckLong(sum + table(SeedRun.output(), "article_topics")));

    // The model reapplied in a run whose config does not fold tokenises as it was fitted: the same rows.
    NewsTokenizer saved = (NewsTokenizer) PipelineModel.load(folded.resolve(TopicsStage.MODEL).toString()).stages()[0];
    assertTrue(saved.isSet(saved.stopWords()) && saved.isSet(saved.folding()), "the rules are stated in the saved model");
    assertEquals(plurals, saved.rules());
    Path reused = tmp.resolve("plurals-reused");
    assertEquals(0, dyad("topics", "--input", SeedRun.output().toString(), "--output", reused.toString(), "--model",
        folded.resolve(TopicsStage.MODEL).toString()));
    for (String t : List.of("topics", "article_topics", "pair_topics")) assertEquals(0, rowsDiffering(folded, reused, t), t);
  }

  @Test
  void theSavedTokenizerKeepsItsRules() throws IOException {
    NewsTokenizer seeds = (NewsTokenizer) PipelineModel.load(SeedRun.output().resolve(TopicsStage.MODEL).toString()).stages()[0];
    assertTrue(seeds.isSet(seeds.stopWords()) && seeds.isSet(seeds.folding()), "the rules are stated in the saved model");
    assertEquals(TopicTokens.DEFAULT, seeds.rules());

    // Other rules survive a save and a load, and tokenise as before the save.
    Set<String> stop = new HashSet<>(TopicTokens.DEFAULT.stopWords());
    stop.add("sanctions");
    TopicTokens other = TopicTokens.of(stop, dyad.core.TopicsConfig.Folding.PLURALS);
    Path path = tmp.resolve("tokenizer");
    new NewsTokenizer("t").setRules(other).write().save(path.toString());
    NewsTokenizer loaded = NewsTokenizer.load(path.toString());
    assertEquals(other, loaded.rules());
    Dataset<Row> text = spark.createDataFrame(List.of(RowFactory.create("Sanctions and new tariffs hit the talks.")),
        new StructType().add("text", DataTypes.StringType));
    assertEquals(List.of("tariff", "hit", "talk"), loaded.transform(text).first().getList(1));
    assertEquals(List.of("sanctions", "tariffs", "hit", "talks"), seeds.transform(text).first().getList(1));
  }

  @Test
  void theTokenizerChecksItsInputUpFront() {
    StructType wrong = new StructType().add("body", DataTypes.StringType);
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new NewsTokenizer().transformSchema(wrong));
    assertTrue(e.getMessage().contains("'text'") && e.getMessage().contains("body"), e.getMessage());
  }
}
