package dyad.cli;

import dyad.core.SparkSessions;
import dyad.output.Report;
import dyad.output.ReportData;
import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `dyad report`: the static HTML dashboard of a run's output. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Write a self-contained HTML dashboard (DIR/index.html; opens from disk, no network) of the output "
        + "of `dyad run`: the co-mention network, a pair picker with mentions and directed sentiment over time and "
        + "example sentences, the topics and their trends, and the rows of each table.")
final class ReportCommand implements Callable<Integer> {
  @Option(names = {"-i", "--input"}, required = true, paramLabel = "RUN_OUTPUT", description = "Output directory of `dyad run`.")
  String input;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
      description = "Directory for index.html (created when missing; an index.html there is replaced).")
  File output;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master. Default: local[*].")
  String master;

  @Override
  public Integer call() {
    if (!new File(input).isDirectory() && !input.contains("://")) {
      throw new IllegalArgumentException("--input " + input + " is not a directory: give the output directory of `dyad run`");
    }
    SparkSession spark = SparkSessions.start(master);
    System.err.println("[dyad] report: reading the tables of " + input);
    Map<String, Object> data = ReportData.collect(spark, input);
    Path file = Report.write(data, output.toPath());
    System.out.println("wrote " + file.toAbsolutePath() + " (open it in a browser)");
    return 0;
  }
}
