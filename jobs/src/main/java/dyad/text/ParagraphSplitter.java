package dyad.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalised text into paragraphs. Scraped web text puts one paragraph on a line; wire copy
 * (Reuters 1987) is hard-wrapped at about 70 columns with an indent starting each paragraph. A block
 * between blank lines whose lines mostly fill a fixed width is treated as wrapped and re-joined;
 * otherwise every non-blank line is a paragraph of its own.
 */
public final class ParagraphSplitter {
  /** Wrapped text rarely uses lines wider than this; scraped paragraphs are usually much longer. */
  static final int MAX_WRAP_WIDTH = 100;

  private ParagraphSplitter() {}

  public static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) return out;
    List<String> block = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (line.isBlank()) {
        flush(block, out);
      } else {
        block.add(line);
      }
    }
    flush(block, out);
    return out;
  }

  private static void flush(List<String> block, List<String> out) {
    if (block.isEmpty()) return;
    if (isWrapped(block)) {
      StringBuilder para = new StringBuilder();
      for (String line : block) {
        boolean indented = line.startsWith("  ");
        if (indented && para.length() > 0) {
          emit(para.toString(), out);
          para.setLength(0);
        }
        if (para.length() > 0) para.append(' ');
        para.append(line.strip());
      }
      emit(para.toString(), out);
    } else {
      for (String line : block) emit(line, out);
    }
    block.clear();
  }

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile(" {2,}");

  private static void emit(String para, List<String> out) {
    String p = para.strip();
    if (p.contains("  ")) p = SPACES.matcher(p).replaceAll(" "); // re-joined lines can leave runs of spaces
    if (!p.isEmpty()) out.add(p);
  }

  /** At least three lines, none wider than a terminal, and most of them near the widest one. */
  static boolean isWrapped(List<String> block) {
    if (block.size() < 3) return false;
    int width = 0;
    for (String l : block) width = Math.max(width, l.strip().length());
    if (width > MAX_WRAP_WIDTH || width < 40) return false;
    int full = 0;
    for (int i = 0; i < block.size() - 1; i++) {
      if (block.get(i).strip().length() >= width * 0.7) full++;
    }
    return full >= (block.size() - 1) * 0.6;
  }
}
