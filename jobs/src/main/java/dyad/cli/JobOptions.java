package dyad.cli;

import dyad.core.IngestConfig;
import java.io.File;
import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The options every job command takes. */
public class JobOptions {
  @Option(names = {"-i", "--input"}, required = true, paramLabel = "PATH",
      description = "Input: a corpus directory or file (txt, .gz, JSON Lines, CSV, Parquet) for run/ingest.")
  String input;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
      description = "Output directory for the Parquet tables and _manifest.json.")
  String output;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master. Default: the one spark-submit gives, else local[*].")
  String master;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Input format: auto (by extension), text, jsonl, csv, parquet. Default: ingest.format of the config, auto.")
  String format;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Keep articles dated on or after this day (undated ones are kept).")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Keep articles dated on or before this day (undated ones are kept).")
  String to;

  @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "JSON config file; see `dyad config` for every key and default.")
  File config;

  @Option(names = "--overwrite", description = "Replace an existing output directory (atomically, at the end of the run).")
  boolean overwrite;

  @Option(names = "--table-format", paramLabel = "FORMAT",
      description = "How the tables are stored: parquet (default) or delta (Delta Lake: transactional appends, time travel). "
          + "Default: output.tableFormat of the config.")
  String tableFormat;

  /** Whether the run appends a batch to --output (dyad run --append). */
  boolean append;

  @Option(names = {"-v", "--verbose"}, description = "Spark's log (warnings and INFO) and full stack traces.")
  boolean verbose;

  /** --format as the config's value, or null when not given. */
  IngestConfig.Format format() {
    if (format == null) return null;
    for (IngestConfig.Format f : IngestConfig.Format.values()) {
      if (f.toString().equals(format.strip().toLowerCase(Locale.ROOT))) return f;
    }
    throw new IllegalArgumentException("--format must be one of " + Arrays.toString(IngestConfig.Format.values()) + ", got '" + format + "'");
  }
}
