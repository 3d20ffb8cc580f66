package io.github.mtclean.fix.lines;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mtclean.rules.RuleSource;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinePatternsTest {

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", textBlock = """
      .*\\b(?:theme|plugin)\\b.*\\blicen[cs]e\\b.* => licen
      .{0,80}\\b(?:we|site) (?:use|uses) cookies\\b.* => ' cookies'
      (?:back|go) to top(?: button)?\\W* => ' to top'
      share this\\W*|copy link => ''
      colou?r photos => 'r photos'
      comments?\\s*\\(\\d+\\) => comment
      u\\.s\\. news => u.s. news
      \\u00A9 getty => © getty
      \\x41 getty => ''
      -?\\d{1,2} ?°[CF]? => °
      \\QA|B\\E => ''
      (?x) read more => ''
      \\p{L}+ via getty images => ' via getty images'
      sign-?ups? => sign
      [(\\[]photo[)\\]] by reuters => ' by reuters'
      """)
  void requiredLiteralIsTextEveryMatchContains(String regex, String literal) {
    assertEquals(literal, LinePatterns.requiredLiteral(regex));
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", textBlock = """
      a|b(?:c|d)|[|] => a ; b(?:c|d) ; [|]
      (?:a|b(?:c|d))e => ae ; b(?:c|d)e
      (?:a|b)?c|(?:d)*e => (?:a|b)?c ; (?:d)*e
      (?:a|b){2,}c => a(?:a|b){1,}c ; b(?:a|b){1,}c
      (?:a|b){1,3}c => a(?:a|b){0,2}c ; b(?:a|b){0,2}c
      (?:a)+c => a(?:a)*c
      (?:a){2,}?c => (?:a){2,}?c
      a\\|b => a\\|b
      (?i)a|b => (?i)a|b
      (a)|\\1 => (a)|\\1
      """)
  void alternativesAreCutAtTopLevelOnly(String regex, String expected) {
    assertEquals(List.of(expected.split(" ; ")), LinePatterns.alternatives(regex));
  }

  /** The gates only skip work: on real lines the answers are those of trying every pattern. */
  @Test
  void gatesNeverChangeAnAnswer() {
    List<String> lines = Stream.of("lines.tsv", "lines-dev.tsv")
        .flatMap(n -> LineCorpus.read(n).stream())
        .map(r -> r.b().strip())
        .filter(l -> !l.isEmpty())
        .toList();
    for (String table : List.of("boilerplate.txt", "captions.txt", "page-lines.txt")) {
      List<Pattern> patterns = new ArrayList<>();
      for (LineTables.Entry e : LineTables.entries(RuleSource.shipped(), table)) {
        String[] parts = e.text().split("\\s+", 2);
        if (!parts[0].equals("marker")) {
          patterns.add(LineTables.compile(table, e, parts[1]));
        }
      }
      LinePatterns gated = new LinePatterns(patterns);
      int matched = 0;
      for (String line : lines) {
        boolean expected = patterns.stream().anyMatch(p -> p.matcher(line).matches());
        assertEquals(expected, gated.matchesAny(line), table + ": " + line);
        matched += expected ? 1 : 0;
      }
      assertEquals(true, matched >= 10, table + " patterns matched only " + matched + " corpus lines");
    }
  }
}
