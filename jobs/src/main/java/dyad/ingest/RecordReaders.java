package dyad.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import dyad.core.IngestConfig;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

/**
 * Reads the records of one text, JSON Lines or CSV file, streaming, on an executor. Whatever goes
 * wrong becomes a reject record with a locator, never an exception: a bad file must not fail the run.
 */
public final class RecordReaders {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RecordReaders() {}

  public static Iterator<RawRecord> read(InputFile f, Map<String, String> hadoopConf, IngestConfig cfg) {
    InputStream in;
    try {
      in = open(f, hadoopConf);
    } catch (IOException | RuntimeException e) {
      return List.of(RawRecord.rejected(f.relPath(), "file", 0, RejectReason.UNREADABLE, describe(e))).iterator();
    }
    FieldMapping mapping = new FieldMapping(cfg.columns());
    return switch (f.format()) {
      case TEXT -> List.of(readTextFile(f, in, cfg.maxRecordBytes())).iterator();
      case JSONL -> new JsonRecords(f, in, cfg.maxRecordBytes(), mapping);
      case CSV -> new CsvRecords(f, in, cfg.maxRecordBytes(), mapping);
      case PARQUET -> throw new IllegalArgumentException("Parquet files are read by Spark, not record by record: " + f.relPath());
    };
  }

  /** The records of one split: a whole file as {@link #read(InputFile, Map, IngestConfig)}, or the lines of a range. */
  public static Iterator<RawRecord> read(InputSplit s, Map<String, String> hadoopConf, IngestConfig cfg) {
    if (s.isWhole()) return read(s.file(), hadoopConf, cfg);
    InputStream in;
    long pos = s.start();
    long lineNo = s.linesBefore();
    try {
      in = new BufferedInputStream(s.open(hadoopConf), 1 << 16);
      if (s.start() > 0) { // the line under way at the range's start belongs to the range before
        pos = s.start() - 1;
        int b;
        while ((b = in.read()) != -1) {
          pos++;
          if (b == '\n') break;
        }
        if (pos - 1 >= s.start()) lineNo++; // that newline lies in this range, after linesBefore
        if (b == -1) pos = Long.MAX_VALUE;
      }
    } catch (IOException | RuntimeException e) {
      return List.of(RawRecord.rejected(s.file().relPath(), "line", lineNo + 1, RejectReason.UNREADABLE, describe(e))).iterator();
    }
    return new JsonRecords(s.file(), in, cfg.maxRecordBytes(), new FieldMapping(cfg.columns()), lineNo, pos, s.end());
  }

  /** The executors' Hadoop configuration, rebuilt from the broadcast map. */
  static Configuration hadoopConf(Map<String, String> hadoopConf) {
    Configuration conf = new Configuration(false);
    hadoopConf.forEach(conf::set);
    return conf;
  }

  /** The first byte that is not whitespace or a UTF-8 byte-order mark (-1 at the end). */
  static int firstSignificantByte(InputStream in) throws IOException {
    int b;
    do {
      b = in.read();
    } while (b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == 0xEF || b == 0xBB || b == 0xBF);
    return b;
  }

  static InputStream open(InputFile f, Map<String, String> hadoopConf) throws IOException {
    Configuration conf = hadoopConf(hadoopConf);
    Path p = new Path(f.uri());
    FileSystem fs = p.getFileSystem(conf);
    InputStream raw = fs.open(p);
    CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(p);
    return new BufferedInputStream(codec == null ? raw : codec.createInputStream(raw), 1 << 16);
  }

  /** A whole file is one article. */
  static RawRecord readTextFile(InputFile f, InputStream in, long maxBytes) {
    try {
      byte[] buf = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
      if (buf.length > maxBytes) {
        return RawRecord.rejected(f.relPath(), "file", 0, RejectReason.TOO_LARGE,
            "more than " + maxBytes + " bytes (file is " + f.size() + " bytes on disk)");
      }
      String binary = Utf8.whyBinary(buf, buf.length);
      if (binary != null) return RawRecord.rejected(f.relPath(), "file", 0, RejectReason.BINARY, binary);
      RawRecord r = RawRecord.of(f.relPath(), "file", 0);
      r.setText(Utf8.decode(buf, buf.length));
      return r;
    } catch (Utf8.InvalidUtf8Exception e) {
      return RawRecord.rejected(f.relPath(), "file", 0, RejectReason.INVALID_UTF8, e.getMessage());
    } catch (IOException | RuntimeException e) {
      return RawRecord.rejected(f.relPath(), "file", 0, RejectReason.UNREADABLE, describe(e));
    } finally {
      closeQuietly(in);
    }
  }

  /**
   * An iterator that computes each record on demand; {@link #advance} returns the next record or
   * calls {@link #finish} at the end (or when reading must stop), so a file is streamed, never held.
   */
  abstract static class Records implements Iterator<RawRecord> {
    private boolean done;
    private RawRecord next;

    @Override
    public final boolean hasNext() {
      if (next == null && !done) next = advance();
      return next != null;
    }

    @Override
    public final RawRecord next() {
      if (!hasNext()) throw new NoSuchElementException();
      RawRecord r = next;
      next = null;
      return r;
    }

    abstract RawRecord advance();

    /** Ends the iteration after {@code last} (null for none), releasing what the reader holds. */
    RawRecord finish(RawRecord last) {
      done = true;
      close();
      return last;
    }

    abstract void close();
  }

  /**
   * JSON Lines, one object a line (blank lines are not records). A {@code .json} file holding one
   * array of objects is read element by element instead.
   */
  static final class JsonRecords extends Records {
    private final InputFile f;
    private final InputStream in;
    private final long maxBytes;
    private final FieldMapping mapping;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    /** Bytes read ahead from {@code in} for JSON Lines (an array file is parsed from {@code in} itself). */
    private final byte[] buf = new byte[1 << 16];
    private int bufPos;
    private int bufLen;
    private long lineNo;
    private JsonParser array; // set when the file is a JSON array
    private long item;
    /** For a range of a file: the byte offset of the next byte read, and where the range ends. */
    private final boolean ranged;
    private long pos;
    private final long end;

    JsonRecords(InputFile f, InputStream in, long maxBytes, FieldMapping mapping) {
      this(f, in, maxBytes, mapping, 0, 0, Long.MAX_VALUE, false);
    }

    /** The lines that start at or after {@code pos} and before {@code end}, numbered after {@code linesBefore}. */
    JsonRecords(InputFile f, InputStream in, long maxBytes, FieldMapping mapping, long linesBefore, long pos, long end) {
      this(f, in, maxBytes, mapping, linesBefore, pos, end, true);
    }

    private JsonRecords(InputFile f, InputStream in, long maxBytes, FieldMapping mapping, long linesBefore, long pos,
        long end, boolean ranged) {
      this.f = f;
      this.in = in;
      this.maxBytes = maxBytes;
      this.mapping = mapping;
      this.lineNo = linesBefore;
      this.pos = pos;
      this.end = end;
      this.ranged = ranged;
    }

    @Override
    RawRecord advance() {
      try {
        if (!ranged && lineNo == 0 && array == null && startsWithArray()) {
          array = new JsonFactory(JSON).createParser(in);
          array.nextToken();
        }
        return array != null ? nextItem() : nextLine();
      } catch (IOException | RuntimeException e) {
        return finish(RawRecord.rejected(f.relPath(), unit(), array != null ? item : lineNo, RejectReason.UNREADABLE,
            "reading stopped here, the rest of the file is unread: " + describe(e)));
      }
    }

    private boolean startsWithArray() throws IOException {
      in.mark(4096);
      int b = firstSignificantByte(in);
      in.reset();
      return b == '[';
    }

    private RawRecord nextItem() throws IOException {
      try {
        JsonToken t = array.nextToken();
        if (t == null || t == JsonToken.END_ARRAY) return finish(null);
        item++;
        JsonNode node = array.readValueAsTree();
        return fromNode(node, "item", item);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        return finish(RawRecord.rejected(f.relPath(), "item", item, RejectReason.MALFORMED_JSON,
            "the array does not parse from here on: " + e.getOriginalMessage()));
      }
    }

    private RawRecord nextLine() throws IOException {
      while (true) {
        if (pos >= end) return finish(null); // the next line starts in the next range
        line.reset();
        boolean tooLong = false;
        int b = -1;
        // Scan a chunk at a time for the newline: a read() per byte costs a lock per byte.
        while (true) {
          if (bufPos == bufLen) {
            int got = in.read(buf, 0, buf.length);
            bufPos = 0;
            bufLen = Math.max(got, 0);
            if (got <= 0) break;
          }
          int i = bufPos;
          while (i < bufLen && buf[i] != '\n') i++;
          int n = i - bufPos;
          // A line keeps at most maxBytes + 1 bytes; one byte more makes it too long.
          long room = Math.max(0, maxBytes + 1 - line.size());
          line.write(buf, bufPos, (int) Math.min(n, room));
          if (n > room) tooLong = true;
          pos += n;
          bufPos = i;
          if (i < bufLen) {
            bufPos++;
            pos++;
            b = '\n';
            break;
          }
        }
        if (b == -1 && line.size() == 0 && !tooLong) return finish(null);
        lineNo++;
        if (tooLong) {
          return RawRecord.rejected(f.relPath(), "line", lineNo, RejectReason.TOO_LARGE, "line longer than " + maxBytes + " bytes");
        }
        byte[] bytes = line.toByteArray();
        String text;
        try {
          text = Utf8.decode(bytes, bytes.length);
        } catch (Utf8.InvalidUtf8Exception e) {
          return RawRecord.rejected(f.relPath(), "line", lineNo, RejectReason.INVALID_UTF8, e.getMessage() + " of the line");
        }
        if (text.isBlank()) {
          if (b == -1) return finish(null);
          continue;
        }
        JsonNode node;
        try {
          node = JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          return RawRecord.rejected(f.relPath(), "line", lineNo, RejectReason.MALFORMED_JSON, e.getOriginalMessage());
        }
        return fromNode(node, "line", lineNo);
      }
    }

    private RawRecord fromNode(JsonNode node, String unit, long position) {
      if (node == null || !node.isObject()) {
        return RawRecord.rejected(f.relPath(), unit, position, RejectReason.MALFORMED_JSON,
            "expected a JSON object, got " + (node == null ? "nothing" : node.getNodeType().name().toLowerCase()));
      }
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      RawRecord r = RawRecord.of(f.relPath(), unit, position);
      mapping.resolve(names).fill(r, name -> asText(node.get(name)));
      return r;
    }

    /** Strings as they are, numbers as written, arrays of strings as paragraphs. */
    private static String asText(JsonNode v) {
      if (v == null || v.isNull()) return null;
      if (v.isArray()) {
        List<String> parts = new ArrayList<>();
        v.forEach(x -> parts.add(x.isValueNode() ? x.asText() : x.toString()));
        return String.join("\n\n", parts);
      }
      return v.isValueNode() ? v.asText() : v.toString();
    }

    private String unit() {
      return array != null ? "item" : "line";
    }

    @Override
    void close() {
      closeQuietly(array);
      closeQuietly(in);
    }
  }

  /** CSV with a header row; quoted fields may span lines. */
  static final class CsvRecords extends Records {
    private final InputFile f;
    private final InputStream in;
    private final FieldMapping mapping;
    private CsvParser parser;
    private String[] header;
    private FieldMapping.Resolved fields;
    private long row;
    private final int maxChars;

    CsvRecords(InputFile f, InputStream in, long maxBytes, FieldMapping mapping) {
      this.f = f;
      this.in = in;
      this.mapping = mapping;
      this.maxChars = (int) Math.min(Integer.MAX_VALUE - 16, maxBytes);
    }

    @Override
    RawRecord advance() {
      try {
        if (parser == null) {
          CsvParserSettings s = new CsvParserSettings();
          s.setHeaderExtractionEnabled(false);
          s.setLineSeparatorDetectionEnabled(true);
          s.setMaxCharsPerColumn(maxChars);
          s.setMaxColumns(1024);
          s.setSkipEmptyLines(true);
          s.setIgnoreLeadingWhitespaces(false);
          s.setIgnoreTrailingWhitespaces(false);
          parser = new CsvParser(s);
          Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
          parser.beginParsing(reader);
          header = parser.parseNext();
          if (header == null) return finish(null);
          for (int i = 0; i < header.length; i++) header[i] = header[i] == null ? "" : header[i].strip();
          fields = mapping.resolve(Arrays.asList(header));
          if (fields.text() == null) {
            return finish(RawRecord.rejected(f.relPath(), "line", 1, RejectReason.MISSING_TEXT,
                "no text column among " + Arrays.toString(header) + "; set ingest.columns.text"));
          }
        }
        String[] values = parser.parseNext();
        if (values == null) return finish(null);
        row++;
        if (values.length != header.length) {
          return RawRecord.rejected(f.relPath(), "row", row, RejectReason.MALFORMED_CSV,
              "expected " + header.length + " columns, got " + values.length);
        }
        RawRecord r = RawRecord.of(f.relPath(), "row", row);
        fields.fill(r, name -> {
          for (int i = 0; i < header.length; i++) {
            if (header[i].equals(name)) return values[i];
          }
          return null;
        });
        return r;
      } catch (RuntimeException e) {
        if (hasCause(e, CharacterCodingException.class)) {
          return finish(RawRecord.rejected(f.relPath(), "row", row + 1, RejectReason.INVALID_UTF8,
              "invalid UTF-8; reading stopped here, the rest of the file is unread"));
        }
        return finish(RawRecord.rejected(f.relPath(), "row", row + 1, RejectReason.MALFORMED_CSV,
            "reading stopped here, the rest of the file is unread: " + firstLine(describe(e))));
      }
    }

    @Override
    void close() {
      if (parser != null) parser.stopParsing();
      closeQuietly(in);
    }
  }

  static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) return true;
    }
    return false;
  }

  static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    String msg = root.getMessage();
    return root.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static void closeQuietly(AutoCloseable c) {
    if (c == null) return;
    try {
      c.close();
    } catch (Exception ignored) {
      // nothing more to read from it either way
    }
  }
}
