package dyad.ingest;

/** Why an input record is not an article; the {@code reason} column of the rejects table. */
public enum RejectReason {
  UNREADABLE("the file could not be opened or decompressed"),
  TOO_LARGE("larger than ingest.maxRecordBytes"),
  BINARY("binary content, not text"),
  INVALID_UTF8("bytes that are not valid UTF-8"),
  MALFORMED_JSON("a JSON Lines record that does not parse as a JSON object"),
  MALFORMED_CSV("a CSV row that does not fit the header"),
  MISSING_TEXT("no text field in the record"),
  EMPTY("no text left after cleaning"),
  TOO_SHORT("fewer words than ingest.minWords after cleaning"),
  TABULAR("mostly numbers: a table (earnings, results), not prose"),
  NOT_ENGLISH("text that is not English"),
  OUTSIDE_DATE_RANGE("dated outside --from/--to"),
  DUPLICATE_ID("a record id already used earlier in the same file, or by a batch the output holds already (--append)");

  private final String meaning;

  RejectReason(String meaning) {
    this.meaning = meaning;
  }

  /** The value written to the table: lower snake case. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public String meaning() {
    return meaning;
  }
}
