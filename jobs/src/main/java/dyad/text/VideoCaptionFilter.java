package dyad.text;

import java.util.regex.Pattern;

/**
 * Drops embedded-video captions: a short headline ending in a running time, as in "US suffers
 * setback in hypersonic arms race 0:46". Sentences of the article end in punctuation, not a time.
 */
public final class VideoCaptionFilter extends ParagraphDropFilter {
  private static final Pattern CAPTION = Pattern.compile("[^.!?]{3,200}?\\s\\(?\\d{1,2}:\\d{2}(:\\d{2})?\\)?");
  static final int MAX_WORDS = 30;

  @Override
  public String name() {
    return "video_caption";
  }

  @Override
  boolean drop(String p) {
    return mayBeCaption(p) && CAPTION.matcher(p).matches() && Tokens.countWords(p) <= MAX_WORDS;
  }

  /** A caption ends in its running time, a digit or a bracket after one, and the time has a colon. */
  static boolean mayBeCaption(String p) {
    if (p.isEmpty()) return false;
    char last = p.charAt(p.length() - 1);
    return (last == ')' || (last >= '0' && last <= '9')) && p.indexOf(':') >= 0;
  }
}
