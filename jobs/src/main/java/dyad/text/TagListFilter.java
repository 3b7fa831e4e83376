package dyad.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops the tag lists that content systems print around an article: comma-separated keywords
 * ("Russia, Lavrov, China, Wang, Guilin") and bare runs of names ("Antony Blinken Vladimir Putin
 * Xi Jinping"). A keyword list often heads an image block (keywords, caption, credit line), so the
 * caption and credit right after it go too.
 */
public final class TagListFilter implements TextFilter {
  static final int MIN_ITEMS = 3;
  static final int MAX_ITEM_WORDS = 3;
  static final int MIN_NAME_TOKENS = 4;
  static final int MAX_CAPTION_WORDS = 60;
  static final int MAX_CREDIT_WORDS = 6;
  private static final Pattern TERMINAL = Pattern.compile(".*[.!?:;\"')]$");

  @Override
  public String name() {
    return "tag_list";
  }

  @Override
  public void apply(Draft d) {
    List<String> ps = d.paragraphs();
    int before = ps.size();
    for (int i = 0; i < ps.size(); i++) {
      String p = ps.get(i);
      if (isKeywordList(p)) {
        ps.remove(i);
        // The image block: a one-sentence caption, then a short credit line without punctuation.
        if (i < ps.size() && isCaption(ps.get(i))) {
          ps.remove(i);
          if (i < ps.size() && isCredit(ps.get(i))) ps.remove(i);
        }
        i--;
      } else if (i > 0 && isNameRun(p)) {
        ps.remove(i--);
      }
    }
    d.countRemoved(name(), before - ps.size());
  }

  static boolean isKeywordList(String p) {
    if (TERMINAL.matcher(p).matches()) return false;
    String[] items = p.split(",");
    if (items.length < MIN_ITEMS) return false;
    for (String item : items) {
      int w = Tokens.countWords(item);
      if (w == 0 || w > MAX_ITEM_WORDS) return false;
      for (String word : Tokens.words(item)) {
        if (Tokens.FUNCTION_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT))) return false;
      }
    }
    return true;
  }

  /** Every token a capitalised word, none a function word, no punctuation at all: a list of names. */
  static boolean isNameRun(String p) {
    if (!p.matches("[\\p{L}' -]+")) return false;
    List<String> words = Tokens.words(p);
    if (words.size() < MIN_NAME_TOKENS) return false;
    for (String w : words) {
      if (!Character.isUpperCase(w.charAt(0))) return false;
      if (w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT))) return false; // a shouted heading
      if (Tokens.FUNCTION_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) return false;
    }
    return true;
  }

  static boolean isCaption(String p) {
    int w = Tokens.countWords(p);
    return w > 0 && w <= MAX_CAPTION_WORDS;
  }

  static boolean isCredit(String p) {
    int w = Tokens.countWords(p);
    return w > 0 && w <= MAX_CREDIT_WORDS && !TERMINAL.matcher(p).matches() && Character.isUpperCase(p.charAt(0));
  }
}
