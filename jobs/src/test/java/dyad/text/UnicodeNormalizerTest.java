package dyad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnicodeNormalizerTest {
  @Test
  void foldsQuotesDashesSpacesAndInvisibles() {
    String in = "\u201CChina\u2019s\u201D\u00A0position \u2013 and\u200B the\u2014West\u2026\r\nnext\u2028line\tend";
    assertEquals("\"China's\" position - and the-West...\nnext\nline end", UnicodeNormalizer.normalize(in));
  }

  @Test
  void nfkcFoldsCompatibilityForms() {
    assertEquals("fi ABC 2", UnicodeNormalizer.normalize("\uFB01 \uFF21\uFF22\uFF23 \u2082"));
  }

  @Test
  void keepsAccentsAndOtherScripts() {
    assertEquals("Clément Beaune, Élysée, 习近平", UnicodeNormalizer.normalize("Clément Beaune, Élysée, 习近平"));
  }
}
