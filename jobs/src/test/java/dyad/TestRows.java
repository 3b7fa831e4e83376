package dyad;

import dyad.schema.Rows.MentionRow;

/** Typed rows for tests of the plain-Java parts that read them. */
public final class TestRows {
  private TestRows() {}

  /** A mention of {@code id} in paragraph {@code p}, sentence {@code s}; {@code country} its state, if any. */
  public static MentionRow mention(int p, int s, String id, String type, String country) {
    MentionRow m = new MentionRow();
    m.setParagraph(p);
    m.setSentence(s);
    m.setActorId(id);
    m.setType(type);
    m.setCountry(country);
    return m;
  }
}
