package dyad.text;

/** Base of the filters that drop whole paragraphs by a test of the paragraph alone. */
abstract class ParagraphDropFilter implements TextFilter {
  /** True when the paragraph is furniture to drop. */
  abstract boolean drop(String paragraph);

  @Override
  public final void apply(Draft d) {
    int before = d.paragraphs().size();
    d.paragraphs().removeIf(this::drop);
    d.countRemoved(name(), before - d.paragraphs().size());
  }
}
