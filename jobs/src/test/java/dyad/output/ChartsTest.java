package dyad.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The notebook charts draw what they are given: read back by pixel, no Spark. */
class ChartsTest {
  private static final int WHITE = Color.WHITE.getRGB();

  private static long pixels(BufferedImage img, Color c) {
    long n = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) if (img.getRGB(x, y) == c.getRGB()) n++;
    }
    return n;
  }

  @Test
  void barsAreAsTallAsTheirValues() {
    BufferedImage one = Charts.bars("t", List.of("a", "b"), List.of(10, 5));
    BufferedImage two = Charts.bars("t", List.of("a", "b"), List.of(10, 10));
    long area1 = pixels(one, Charts.PALETTE[0]), area2 = pixels(two, Charts.PALETTE[0]);
    assertTrue(area1 > 0);
    assertEquals(1.5, (double) area1 / area2 * 2, 0.05, "10 + 5 is three quarters of 10 + 10");
  }

  @Test
  void lineWithBandShadesTheInterval() {
    List<String> x = List.of("2021-01", "2021-02", "2021-03");
    var plain = Charts.lines("t", x, List.of(new Charts.Series("s", Arrays.asList(0.1, -0.2, null))), -1, 1);
    var band = Charts.lines("t", x, List.of(new Charts.Series("s", Arrays.asList(0.1, -0.2, null),
        Arrays.asList(-0.5, -0.6, null), Arrays.asList(0.6, 0.3, null))), -1, 1);
    long tinted = 0;
    for (int y = 0; y < band.getHeight(); y++) {
      for (int xx = 0; xx < band.getWidth(); xx++) {
        if (band.getRGB(xx, y) != plain.getRGB(xx, y)) tinted++;
      }
    }
    assertTrue(tinted > 5_000, "the band covers an area: " + tinted);
    assertTrue(pixels(plain, Charts.PALETTE[0]) > 0, "the line is drawn");
  }

  @Test
  void networkColoursNodesByGroup() {
    var nodes = List.of(new Charts.Node("A", "A", 1, "g1"), new Charts.Node("B", "B", 1, "g2"), new Charts.Node("C", "C", 1, "g1"));
    BufferedImage img = Charts.network("t", nodes, List.of(new Charts.Edge("A", "B", 2)));
    assertTrue(pixels(img, Charts.PALETTE[0]) > pixels(img, Charts.PALETTE[1]), "two nodes in the first group, one in the second");
    assertTrue(pixels(img, Charts.PALETTE[1]) > 100);
    assertNotEquals(WHITE, img.getRGB(img.getWidth() / 2, 400 - 280), "the first node sits at the top of the circle");
  }
}
