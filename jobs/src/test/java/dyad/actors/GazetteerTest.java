package dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Integrity of the reference data: the facts the matcher will rely on. */
class GazetteerTest {
  private final Gazetteer g = Gazetteer.load();

  private Gazetteer.State state(String id) {
    return g.states().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
  }

  @Test
  void everyUnMemberAndObserverAndTheCommonlyReportedTerritories() {
    Map<String, Long> byStatus = g.states().stream().collect(Collectors.groupingBy(Gazetteer.State::unStatus, Collectors.counting()));
    assertEquals(193, byStatus.get("member"));
    assertEquals(Set.of("PSE", "VAT"), g.states().stream().filter(s -> s.unStatus().equals("observer"))
        .map(Gazetteer.State::id).collect(Collectors.toSet()));
    assertTrue(byStatus.get("none") >= 2);
    state("TWN");
    state("XKX");
    for (Gazetteer.State s : g.states()) assertTrue(s.id().matches("[A-Z]{3}"), s.id());
  }

  @Test
  void idsAreUniqueAcrossStatesAndOrganisations() {
    List<String> ids = new ArrayList<>();
    g.states().forEach(s -> ids.add(s.id()));
    g.igos().forEach(i -> ids.add(i.id()));
    assertEquals(ids.size(), new HashSet<>(ids).size());
  }

  @Test
  void newsFormsOfTheMajorPowersArePresent() {
    assertTrue(state("USA").aliases().containsAll(List.of("U.S.", "US", "USA", "America", "United States")));
    assertTrue(state("USA").metonyms().containsAll(List.of("Washington", "the White House", "the Pentagon", "the State Department")));
    assertTrue(state("GBR").aliases().containsAll(List.of("UK", "Britain")));
    assertTrue(state("GBR").demonyms().contains("British"));
    assertTrue(state("CHN").aliases().contains("PRC"));
    assertTrue(state("CHN").metonyms().containsAll(List.of("Beijing", "Zhongnanhai")));
    assertTrue(state("RUS").metonyms().containsAll(List.of("Moscow", "the Kremlin")));
    assertTrue(state("PRK").aliases().contains("DPRK"));
    assertTrue(state("KOR").aliases().contains("ROK"));
    assertTrue(state("FRA").metonyms().contains("the Élysée"));
    Gazetteer.Igo eu = g.igos().stream().filter(i -> i.id().equals("EU")).findFirst().orElseThrow();
    assertTrue(eu.metonyms().contains("Brussels"));
    assertTrue(state("BEL").metonyms().isEmpty(), "Brussels stands for the EU, not Belgium");
  }

  @Test
  void aFormSharedByTwoActorsIsDeclaredAmbiguousByEach() {
    Map<String, Set<String>> owners = new HashMap<>();
    Map<String, Set<String>> declared = new HashMap<>();
    for (Gazetteer.State s : g.states()) {
      List<String> forms = new ArrayList<>(List.of(s.name()));
      forms.addAll(s.aliases());
      forms.addAll(s.demonyms());
      forms.addAll(s.metonyms());
      forms.forEach(f -> owners.computeIfAbsent(f, k -> new HashSet<>()).add(s.id()));
      s.ambiguous().forEach(a -> declared.computeIfAbsent(a, k -> new HashSet<>()).add(s.id()));
    }
    for (Gazetteer.Igo i : g.igos()) {
      List<String> forms = new ArrayList<>(List.of(i.name()));
      forms.addAll(i.aliases());
      forms.addAll(i.metonyms());
      forms.forEach(f -> owners.computeIfAbsent(f, k -> new HashSet<>()).add(i.id()));
    }
    owners.forEach((form, ids) -> {
      if (ids.size() > 1) assertEquals(ids, declared.getOrDefault(form, Set.of()), "'" + form + "' is claimed by " + ids);
    });
  }

  @Test
  void placesNamedAfterStatesAreListedAsNotActors() {
    assertTrue(g.notActors().keySet().containsAll(List.of("South China Sea", "New Mexico", "Washington Post")));
    for (String phrase : g.notActors().keySet()) assertTrue(!phrase.isBlank() && !g.notActors().get(phrase).isBlank(), phrase);
  }
}
