package dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * A part of an input file that one task reads: a whole file, or a byte range of a large JSON Lines
 * file. Without ranges one task would read (and then shuffle) a whole multi-gigabyte file while the
 * other cores wait. A range owns the lines that start inside it; {@code linesBefore} (the newlines
 * before it, counted in a first parallel pass) keeps every record's line number, and so its
 * article_id, the same however the file is split.
 */
public record InputSplit(InputFile file, long start, long end, long linesBefore) implements Serializable {
  private static final long serialVersionUID = 1L;

  public static InputSplit whole(InputFile f) {
    return new InputSplit(f, 0, Long.MAX_VALUE, 0);
  }

  public boolean isWhole() {
    return start == 0 && end == Long.MAX_VALUE;
  }

  /**
   * The splits of the given files: ranges for uncompressed JSON Lines files (not a JSON array) larger
   * than the range size, whole files otherwise. Ranges are {@code maxSplitBytes} at most, and
   * smaller where the largest file would give fewer than two per core (but not under 1 MiB).
   */
  public static List<InputSplit> plan(JavaSparkContext jsc, List<InputFile> files, Map<String, String> hadoopConf,
      long maxSplitBytes) {
    long largest = files.stream().mapToLong(InputFile::size).max().orElse(0);
    long splitBytes = Math.max(Math.min(1L << 20, maxSplitBytes),
        Math.min(maxSplitBytes, largest / (2L * jsc.defaultParallelism()) + 1));
    List<InputSplit> out = new ArrayList<>();
    List<InputSplit> toCount = new ArrayList<>();
    for (InputFile f : files) {
      if (!splittable(f, hadoopConf, splitBytes)) {
        out.add(whole(f));
        continue;
      }
      for (long s = 0; s < f.size(); s += splitBytes) toCount.add(new InputSplit(f, s, Math.min(f.size(), s + splitBytes), 0));
    }
    if (toCount.isEmpty()) return out;
    List<Long> newlines = jsc.parallelize(toCount, toCount.size()).map(s -> s.countNewlines(hadoopConf)).collect();
    long before = 0;
    for (int i = 0; i < toCount.size(); i++) {
      InputSplit s = toCount.get(i);
      if (s.start == 0) before = 0;
      out.add(new InputSplit(s.file, s.start, s.end, before));
      before += newlines.get(i);
    }
    return out;
  }

  static boolean splittable(InputFile f, Map<String, String> hadoopConf, long splitBytes) {
    if (f.format() != InputFile.Format.JSONL || f.size() <= splitBytes) return false;
    try {
      if (new CompressionCodecFactory(RecordReaders.hadoopConf(hadoopConf)).getCodec(new Path(f.uri())) != null) return false;
      try (InputStream in = whole(f).openAt(0, hadoopConf)) {
        return RecordReaders.firstSignificantByte(in) != '['; // a JSON array is one value: read whole
      }
    } catch (IOException | RuntimeException e) {
      return false; // reading it whole turns the failure into a reject
    }
  }

  /** Opens the file at the byte before the range, so that a reader can tell whether a line starts at its first byte. */
  FSDataInputStream open(Map<String, String> hadoopConf) throws IOException {
    return openAt(Math.max(0, start - 1), hadoopConf);
  }

  private FSDataInputStream openAt(long offset, Map<String, String> hadoopConf) throws IOException {
    Path p = new Path(file.uri());
    FSDataInputStream in = p.getFileSystem(RecordReaders.hadoopConf(hadoopConf)).open(p);
    if (offset > 0) in.seek(offset);
    return in;
  }

  long countNewlines(Map<String, String> hadoopConf) throws IOException {
    try (FSDataInputStream in = openAt(start, hadoopConf)) {
      byte[] buf = new byte[1 << 20];
      long left = end - start;
      long n = 0;
      while (left > 0) {
        int r = in.read(buf, 0, (int) Math.min(buf.length, left));
        if (r < 0) break;
        for (int i = 0; i < r; i++) if (buf[i] == '\n') n++;
        left -= r;
      }
      return n;
    }
  }
}
