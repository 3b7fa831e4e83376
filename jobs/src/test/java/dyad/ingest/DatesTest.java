package dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dyad.TestPaths;
import dyad.text.ParagraphSplitter;
import dyad.text.UnicodeNormalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2021-04-19|2021-04-19",
      "2023-03-24T15:47:22.845Z|2023-03-24",
      "2021-04-19 08:15:00+02:00|2021-04-19",
      "April 19, 2021|2021-04-19",
      "Apr. 19, 2021|2021-04-19",
      "19 April 2021|2021-04-19",
      "Monday, 19 April 2021|2021-04-19",
      "Mon, 19 Apr 2021 10:00:00 GMT|2021-04-19",
      "26-FEB-1987 15:01:01.79|1987-02-26",
      "2021/04/19|2021-04-19",
      "20210419|2021-04-19",
      "1618790400|2021-04-19",
      "1618790400000|2021-04-19"})
  void parsesTheFormsNewsUses(String in, String expected) {
    assertEquals(LocalDate.parse(expected), DateParser.parseField(in));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"04/05/2021", "yesterday", "2021-02-30", "March 22", "1066-10-14", "''"})
  void refusesToGuess(String in) {
    assertNull(DateParser.parseField(in));
  }

  private static DateFinder.Found inSeed(String prefix) {
    List<String> ps = new ArrayList<>(ParagraphSplitter.split(UnicodeNormalizer.normalize(TestPaths.seed(prefix))));
    return DateFinder.inText(ps);
  }

  @Test
  void seedDatesComeFromWhatThePageSaysAboutItself() {
    assertEquals(new DateFinder.Found(LocalDate.of(2021, 4, 19), DateFinder.TEXT_PREFIX), inSeed("000"));
    // Not the photo caption's February 4, 2022 nor the related story's 2023-03-24 timestamp.
    assertEquals(new DateFinder.Found(LocalDate.of(2023, 2, 3), DateFinder.TEXT_FOOTER), inSeed("001"));
    assertNull(inSeed("002"));
    assertNull(inSeed("003"), "'March 19 or 22, 2021' inside a quote is not the article's date");
    assertNull(inSeed("004"));
  }

  @Test
  void prefixIsCutFromTheText() {
    List<String> ps = new ArrayList<>(List.of("date 2021-04-19 American and Chinese flags are seen", "Body."));
    DateFinder.inText(ps);
    assertEquals("American and Chinese flags are seen", ps.get(0));
  }

  @Test
  void datelinesAndLabels() {
    assertEquals(LocalDate.of(2021, 4, 19), DateFinder.inText(new ArrayList<>(List.of(
        "WASHINGTON, April 19, 2021 (Reuters) - The United States said ..."))).date());
    assertEquals(DateFinder.TEXT_LABEL, DateFinder.inText(new ArrayList<>(List.of(
        "Headline", "Published: 19 April 2021", "Body text."))).source());
    assertNull(DateFinder.inText(new ArrayList<>(List.of(
        "Leaders met in Beijing, China, on February 4, 2022. (Li Tao/AP)", "Body text."))));
  }

  @Test
  void pathsCarryDates() {
    assertEquals(LocalDate.of(2021, 4, 19), DateFinder.inPath("2021/04/19/story.txt").date());
    assertEquals(LocalDate.of(2021, 4, 19), DateFinder.inPath("news-20210419-beijing.txt").date());
    assertNull(DateFinder.inPath("seeds/000_b3f028fb606ec4d9.txt"));
    assertNull(DateFinder.inPath("story-20211399.txt"));
  }
}
