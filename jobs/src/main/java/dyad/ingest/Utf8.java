package dyad.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding and a binary-content check, for telling text from what is not. */
public final class Utf8 {
  private Utf8() {}

  /** Thrown with the byte offset of the first invalid sequence. */
  public static final class InvalidUtf8Exception extends Exception {
    private final long offset;

    InvalidUtf8Exception(long offset) {
      super("invalid UTF-8 at byte " + offset);
      this.offset = offset;
    }

    public long offset() {
      return offset;
    }
  }

  /** Decodes strictly; a leading byte-order mark is dropped. */
  public static String decode(byte[] bytes, int len) throws InvalidUtf8Exception {
    int start = len >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, len - start);
    CharBuffer out = CharBuffer.allocate(len - start);
    CoderResult r = dec.decode(in, out, true);
    if (r.isError()) throw new InvalidUtf8Exception(in.position());
    r = dec.flush(out);
    if (r.isError()) throw new InvalidUtf8Exception(in.position());
    out.flip();
    return out.toString();
  }

  /**
   * Null when the bytes look like text, else why not. Text never holds NUL bytes, and only a few
   * control characters besides tab, line breaks and form feed.
   */
  public static String whyBinary(byte[] bytes, int len) {
    int sample = Math.min(len, 65536);
    int controls = 0;
    for (int i = 0; i < sample; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) return "NUL byte at offset " + i;
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) controls++;
    }
    if (sample > 0 && controls > sample / 100 + 2) {
      return controls + " control bytes in the first " + sample + " bytes";
    }
    return null;
  }
}
