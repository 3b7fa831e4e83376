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
  private static final Pattern NAME_CHARACTERS = Pattern.compile("[\\p{L}' -]+");

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
    if (terminal(p)) return false;
    String[] items = p.split(",");
    if (items.length < MIN_ITEMS) return false;
    for (String item : items) {
      int[] words = TokenStream.of(item).wordSpans();
      int w = words.length / 2;
      if (w == 0 || w > MAX_ITEM_WORDS) return false;
      for (int k = 0; k < words.length; k += 2) {
        if (Tokens.FUNCTION.contains(item, words[k], words[k + 1])) return false;
      }
    }
    return true;
  }

  /** Every token a capitalised word, none a function word, no punctuation at all: a list of names. */
  static boolean isNameRun(String p) {
    if (!NAME_CHARACTERS.matcher(p).matches()) return false;
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
    return w > 0 && w <= MAX_CREDIT_WORDS && !terminal(p) && Character.isUpperCase(p.charAt(0));
  }

  /**
   * Whether the paragraph ends as a sentence does: {@code .*[.!?:;"')]$}, read without the
   * expression (a scan of every paragraph from its start): its last character, and no line break
   * before it, which the expression's dot would not cross.
   */
  static boolean terminal(String p) {
    if (p.isEmpty() || ".!?:;\"')".indexOf(p.charAt(p.length() - 1)) < 0) return false;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') return false;
    }
    return true;
  }
}
