package dyad.ingest;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists the files under --input (recursively; any Hadoop file system), skipping the hidden and
 * bookkeeping files Spark itself skips ({@code .name}, {@code _SUCCESS}, checksums), in path order so
 * that runs are reproducible.
 */
public final class InputLister {
  private InputLister() {}

  public static List<InputFile> list(Configuration conf, String input, dyad.core.IngestConfig.Format format) {
    Path root = new Path(input);
    try {
      FileSystem fs = root.getFileSystem(conf);
      FileStatus rootStatus;
      try {
        rootStatus = fs.getFileStatus(root);
      } catch (FileNotFoundException e) {
        throw new IllegalArgumentException("input not found: " + input);
      }
      Path base = rootStatus.isDirectory() ? rootStatus.getPath() : rootStatus.getPath().getParent();
      String baseUri = base.toUri().getPath();
      List<InputFile> files = new ArrayList<>();
      if (rootStatus.isFile()) {
        files.add(toInput(rootStatus, baseUri, format));
      } else {
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
        while (it.hasNext()) {
          LocatedFileStatus st = it.next();
          if (st.isFile() && !isHiddenPath(st.getPath(), base)) files.add(toInput(st, baseUri, format));
        }
      }
      files.sort(Comparator.comparing(InputFile::relPath));
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list input " + input + ": " + e.getMessage(), e);
    }
  }

  private static InputFile toInput(FileStatus st, String baseUri, dyad.core.IngestConfig.Format format) {
    String p = st.getPath().toUri().getPath();
    String rel = p.startsWith(baseUri) ? p.substring(baseUri.length()) : p;
    if (rel.startsWith("/")) rel = rel.substring(1);
    InputFile.Format f = format == dyad.core.IngestConfig.Format.AUTO ? InputFile.Format.byExtension(st.getPath().getName())
        : InputFile.Format.of(format.name());
    return new InputFile(st.getPath().toString(), rel, st.getLen(), f);
  }

  /** Any path element below the input root starting with '.' or '_', and checksum files. */
  static boolean isHiddenPath(Path p, Path base) {
    for (Path q = p; q != null && !q.equals(base) && !q.getName().isEmpty(); q = q.getParent()) {
      String n = q.getName();
      if (n.startsWith(".") || n.startsWith("_") || n.endsWith(".crc")) return true;
    }
    return false;
  }
}
