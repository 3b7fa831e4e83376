package dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dyad.article.ArticleText;
import dyad.schema.ActorType;
import dyad.schema.Rows.MentionRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pass's mention rows: each mention's country is the state it stood for at the article's date. */
class MentionStepTest {
  private static List<String> states(String text, LocalDate date) {
    List<String> out = new ArrayList<>();
    for (MentionRow m : MentionStep.mentions(MentionStep.matcher(), "a", ArticleText.of(List.of(text)), date)) {
      out.add(m.getActorId() + ">" + ActorType.stateOf(m.getType(), m.getActorId(), m.getCountry()));
    }
    return out;
  }

  @Test
  void mentionsRollUpToTheStateOfTheirDate() {
    String text = "Moscow said Mikhail Gorbachev would meet Ukrainian leaders, and Belgrade agreed.";
    assertEquals(List.of("RUS>SUN", "mikhail-gorbachev>SUN", "UKR>SUN", "SRB>YUG"), states(text, LocalDate.of(1987, 6, 1)));
    assertEquals(List.of("RUS>RUS", "mikhail-gorbachev>RUS", "UKR>UKR", "SRB>SRB"), states(text, LocalDate.of(2010, 6, 1)));
    // A place that was no state then has no state at state level.
    assertEquals(List.of("TLS>null", "IDN>IDN"), states("East Timor rejected Indonesia's offer.", LocalDate.of(1996, 8, 30)));
    // The Soviet Union named after its end is still the Soviet Union.
    assertEquals(List.of("SUN>SUN", "RUS>RUS"), states("The Soviet Union collapsed, and Russia took its seat.", LocalDate.of(2021, 1, 1)));
  }
}
