package dyad.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SurfaceFormsTest {
  @Test
  void theCommonestWordTiesToTheFirstWhateverTheOrder() {
    SurfaceForms a = new SurfaceForms();
    a.add("sery", "series", 3);
    a.add("talk", "talks", 2);
    a.add("talk", "talk", 2);
    a.add("sery", "sery", 1);
    SurfaceForms b = new SurfaceForms();
    b.add("talk", "talk", 1);
    b.add("sery", "sery", 1);
    b.add("talk", "talks", 2);
    b.add("sery", "series", 3);
    b.add("talk", "talk", 1);
    Map<String, String> expected = Map.of("sery", "series", "talk", "talk");
    assertEquals(expected, a.forms());
    assertEquals(expected, b.forms());
  }
}
