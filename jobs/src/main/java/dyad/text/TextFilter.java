package dyad.text;

/** One single-purpose step of the cleaning chain. */
public interface TextFilter {
  /** Short name, used in counts of what the filter removed. */
  String name();

  void apply(Draft draft);
}
