package io.github.mtclean.fix.boundaries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mtclean.Replacement;
import io.github.mtclean.text.Document;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where the rule moves a dangling word, read from the fixer alone: the chain's stray-period also reads these lines. */
class DanglingWordFixerTest {
  private final DanglingWordFixer fixer = new DanglingWordFixer(Set.of("etc"));

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The union wanted a timeline. faster.|faster timeline.",
      "The union wanted the city's timeline. fastest.|fastest timeline.",
      "It paid former workers. shipyard.|shipyard workers.",
      // a comparative or an ordinal goes before every modifier, nouns up to a determiner
      "The union wanted a hiring timeline. faster.|faster hiring timeline.",
      "The level passed the alarm level. third.|third alarm level.",
      // an adjective among the modifiers: not sure where the ordinal goes, so left
      "The river passed the busy warning mark. second.|",
  })
  void movesTheWordOnlyWhereItsPlaceIsCertain(String text, String moved) {
    List<Replacement> fixes = fixer.fix(new Document(text));
    assertEquals(moved == null ? List.of() : List.of(moved), fixes.stream().map(Replacement::text).toList());
  }
}
