package dyad.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The state a place stood for on a date, and the links between a state's past and present. */
class StateHistoryTest {
  @Test
  void aPlaceStandsForTheStateItWasPartOfThen() {
    assertEquals("SUN", StateHistory.stateAt("RUS", LocalDate.of(1987, 6, 1)));
    assertEquals("RUS", StateHistory.stateAt("RUS", LocalDate.of(1991, 12, 26)), "the day the Soviet Union ended");
    assertEquals("SUN", StateHistory.stateAt("RUS", LocalDate.of(1991, 12, 25)));
    assertEquals("YUG", StateHistory.stateAt("SRB", LocalDate.of(1996, 8, 30)));
    assertEquals("SCG", StateHistory.stateAt("SRB", LocalDate.of(2004, 1, 1)));
    assertEquals("SRB", StateHistory.stateAt("SRB", LocalDate.of(2010, 1, 1)));
    assertEquals("ZAR", StateHistory.stateAt("COD", LocalDate.of(1996, 8, 30)), "Kinshasa's Congo was Zaire");
    assertEquals("CSK", StateHistory.stateAt("SVK", LocalDate.of(1990, 1, 1)));
    assertNull(StateHistory.stateAt("TLS", LocalDate.of(1996, 8, 30)), "East Timor was no state in 1996");
    assertEquals("TLS", StateHistory.stateAt("TLS", LocalDate.of(2005, 1, 1)));
    // Left alone on purpose: the Baltic states, and any state without a history.
    assertEquals("LTU", StateHistory.stateAt("LTU", LocalDate.of(1987, 6, 1)));
    assertEquals("FRA", StateHistory.stateAt("FRA", LocalDate.of(1987, 6, 1)));
    // Undated: no history applies.
    assertEquals("RUS", StateHistory.stateAt("RUS", null));
  }

  @Test
  void formerStatesAreLinkedToThoseBeforeAndAfterThem() {
    assertEquals("RUS", StateHistory.successors("SUN").get(0), "the continuator first");
    assertTrue(StateHistory.successors("SUN").contains("UKR"));
    assertEquals(List.of("SUN"), StateHistory.predecessors("RUS"));
    assertEquals(List.of("SCG", "HRV", "SVN", "BIH", "MKD"), StateHistory.successors("YUG"));
    assertEquals(List.of("YUG"), StateHistory.predecessors("SCG"));
    assertEquals(List.of("CSK"), StateHistory.predecessors("CZE"));
    assertEquals(List.of("ZAR"), StateHistory.predecessors("COD"));
    assertEquals(List.of(), StateHistory.predecessors("FRA"));
    // Every state a history names is a state with a name (the state level needs one).
    for (String id : List.of("SUN", "YUG", "SCG", "CSK", "DDR", "ZAR", "YMD")) assertTrue(StateNames.of(id) != null, id);
  }
}
