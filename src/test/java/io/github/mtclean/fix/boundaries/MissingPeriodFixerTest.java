package io.github.mtclean.fix.boundaries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mtclean.Cleaner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What missing-period leaves to stray-article, which the rule file's examples cannot show: there the
 * whole chain must leave an example's output alone, and stray-article deletes these The.
 */
class MissingPeriodFixerTest {
  private static final Cleaner ALONE = Cleaner.builder().only(MissingPeriodFixer.RULE).build();

  @ParameterizedTest
  @ValueSource(strings = {
      "The bill went to the federal The government, which must sign it.", // an adjective that makes an adverb in -ly
      "Aid went to the private The sector and to the towns.",
      "Tourists came for the cultural The tourism in the old town.",
  })
  void leavesAStrayTheAfterAnAdjective(String text) {
    assertEquals(text + "\n", ALONE.clean(text + "\n").text());
  }
}
