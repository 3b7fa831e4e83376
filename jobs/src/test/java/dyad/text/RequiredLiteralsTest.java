package dyad.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dyad.TestTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The literals read off a rule skip a text only where the rule cannot match. */
class RequiredLiteralsTest {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static List<String> rules() {
    List<String> out = new ArrayList<>();
    for (String r : Tokens.readResourceLines(BoilerplateFilter.DEFAULT_RULES)) out.add(r.substring(r.indexOf('\t') + 1).strip());
    return out;
  }

  /** Texts each of which some rule matches: real furniture, in several cases. */
  private static final List<String> FURNITURE = List.of("Read more", "SEE ALSO: the full report", "Click here to subscribe",
      "Share this article on Facebook, Twitter:", "Sign up for our daily newsletter now", "Subscribe today!",
      "ADVERTISEMENT", "Sponsored content", "Watch the video:", "Source: DN", "Sources", "(c) 2023 The Paper",
      "© Reuters 2023", "Copyright 2021 AP", "Photo credit: AFP", "File photo: a rally", "Published on: 12 March",
      "News/Politics 2023-03-24T15:47:22.845Z", "Privacy policy", "Terms of use", "All rights reserved.",
      "The information on this site is for reference", "The inclusion of any link does not imply endorsement",
      "Now you can see non-English news...", "Skip to main content", "Menu", "All news articles on 2023-02-03",
      "You may also like", "Trends 24h", "Trending now", "Most read today", "Related articles:", "More news from Asia",
      "Comments (12)", "Leave a reply", "the talks went well. Read more >>", "in Beijing. REUTERS/Yuri Gripas",
      "at the summit (Li Tao/AP).", "Soldiers march (Photo: Ministry of Defence)");

  @Test
  void aTextIsSkippedOnlyWhereNoRuleMatches() {
    List<String> texts = new ArrayList<>(FURNITURE);
    for (String t : TestTexts.sample()) texts.addAll(ParagraphSplitter.split(UnicodeNormalizer.normalize(t)));
    int checked = 0;
    int skipped = 0;
    int matched = 0;
    for (String rule : rules()) {
      Pattern p = Pattern.compile(rule, FLAGS);
      RequiredLiterals needs = RequiredLiterals.of(rule);
      for (String t : texts) {
        int tail = Math.max(0, t.length() - BoilerplateFilter.TAIL_CHARS);
        boolean anywhere = p.matcher(t).find();
        Matcher m = p.matcher(t).region(tail, t.length());
        boolean inTail = m.find();
        if (anywhere) {
          matched++;
          assertTrue(needs.mayMatch(t, 0, t.length()), rule + " matches " + t);
        }
        if (p.matcher(t).matches()) assertTrue(needs.mayMatchWhole(t), rule + " matches the whole of " + t);
        if (inTail) assertTrue(needs.mayMatch(t, tail, t.length()), rule + " matches the end of " + t);
        if (!needs.mayMatchWhole(t)) skipped++;
        checked++;
      }
    }
    assertTrue(matched >= FURNITURE.size(), "the furniture is matched: " + matched);
    assertTrue(skipped > checked / 2, "most texts are skipped: " + skipped + " of " + checked);
  }

  @Test
  void whatIsReadAndWhatIsNot() {
    RequiredLiterals caption = RequiredLiterals.of("\\b(reuters|afp)\\s*/\\s*[\\p{L}.'-]+");
    assertTrue(caption.mayMatch("x REUTERS/Yuri", 0, 14));
    assertFalse(caption.mayMatch("Reuters reported", 0, 16), "no slash");
    assertFalse(caption.mayMatch("a/b", 0, 3), "no agency");
    // Outside ASCII the text is always searched: case folding there is Unicode's.
    assertTrue(caption.mayMatch("\u212Aeuters a/b", 0, 13));
    // Optional parts require nothing; what cannot be read requires nothing.
    assertTrue(RequiredLiterals.of("(read)?x*").isEmpty());
    assertTrue(RequiredLiterals.of("(?i)[a-z]+\\d").isEmpty());
    assertTrue(RequiredLiterals.of("unbalanced(").isEmpty());
    RequiredLiterals alternatives = RequiredLiterals.of("menu|(main )?search");
    assertTrue(alternatives.mayMatch("Search", 0, 6));
    assertFalse(alternatives.mayMatch("main", 0, 4));
    // A whole text must begin with what begins every match: sources said ... is no attribution line.
    RequiredLiterals source = RequiredLiterals.of("sources?(\\s*:\\s*\\S+(\\s+\\S+){0,5})?\\.?");
    assertTrue(source.mayMatch("Officials and sources said", 0, 26));
    assertFalse(source.mayMatchWhole("Officials and sources said"));
    assertTrue(source.mayMatchWhole("Source: DN"));
    assertTrue(RequiredLiterals.of("\\s*read").mayMatchWhole("  nothing to read"), "what may come first is no prefix");
  }
}
