package dyad.cli;

import java.util.List;
import org.apache.spark.ml.PipelineModel;
import picocli.CommandLine.Option;

/** The options of the commands that run the topics stage (run, topics). */
public class TopicOptions {
  @Option(names = "--k", split = ",", paramLabel = "K",
      description = "Numbers of topics to fit, e.g. 10,20,40: each is fitted and scored in topic_quality (NPMI, "
          + "diversity, log-perplexity); the other topic tables use the first. Default: topics.k of the config, 20.")
  List<Integer> ks;

  @Option(names = "--model", paramLabel = "DIR",
      description = "Apply a topic model saved by an earlier run (its OUTPUT/topic_model) instead of fitting one.")
  String model;

  void validate() {
    if (ks != null) {
      for (int k : ks) if (k < 2) throw new IllegalArgumentException("--k: each number of topics must be >= 2, got " + k);
      if (new java.util.HashSet<>(ks).size() != ks.size()) throw new IllegalArgumentException("--k names a number twice: " + ks);
      if (model != null) throw new IllegalArgumentException("--k and --model exclude each other: a saved model has its own k");
    }
    // A local model is checked before any work starts; one on a cluster file system when it is loaded.
    if (model != null && !model.contains("://") && !new java.io.File(model, "metadata").isDirectory()) {
      throw new IllegalArgumentException("--model " + model + " is not a saved model (no metadata directory): give the "
          + dyad.topics.TopicsStage.MODEL + " directory of an earlier run's output");
    }
  }

  static PipelineModel load(String dir) {
    try {
      PipelineModel m = PipelineModel.load(dir);
      if (m.stages().length != 3) throw new IllegalArgumentException("expected 3 stages, got " + m.stages().length);
      return m;
    } catch (Exception e) { // Hadoop's exceptions for a missing path are checked ones, thrown through Scala
      throw new IllegalArgumentException("--model " + dir + " is not a topic model saved by dyad (OUTPUT/"
          + dyad.topics.TopicsStage.MODEL + "): " + e.getMessage(), e);
    }
  }
}
