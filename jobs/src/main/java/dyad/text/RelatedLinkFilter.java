package dyad.text;

import java.util.regex.Pattern;

/**
 * Drops bulleted links to other stories ("• Pentagon tracks what is believed to be a Chinese spy
 * balloon"): a bullet followed by a headline, which has no closing full stop.
 */
public final class RelatedLinkFilter extends ParagraphDropFilter {
  private static final Pattern BULLET_HEADLINE = Pattern.compile("[\u2022\u25AA\u25BA\u25B6\u2023\u00B7>»\\-*]\\s*\\S.{0,250}?[^.!?:;\"']");
  static final int MAX_WORDS = 30;

  @Override
  public String name() {
    return "related_link";
  }

  @Override
  boolean drop(String p) {
    return BULLET_HEADLINE.matcher(p).matches() && Tokens.countWords(p) <= MAX_WORDS;
  }
}
