package io.github.mtclean.fix.boundaries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mtclean.Cleaner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What lost-capital leaves to stray-period, which the rule file's examples cannot show: there the
 * whole chain must leave an unchanged example alone, and stray-period deletes these periods.
 */
class LostCapitalFixerTest {
  private static final Cleaner ALONE = Cleaner.builder().only(LostCapitalFixer.RULE).build();

  @ParameterizedTest
  @ValueSource(strings = {
      "The newspaper reported. the arrests on Monday.", // a determiner and no verb: a noun phrase cut off
      "The film broke box. office records.", // a noun that is also a verb at the end closes a compound
      "Shipowners say the risk is high, and the cost of insurance. premiums for ships that go there has doubled.",
      "But there is tension over the invasion of Ukraine. make the likelihood of talks less realistic.",
      "It wants ammunition and certain products. types of missiles.",
      "The ferry was hit by a strong. wave near the harbour wall.", // an adjective after a or its needs its noun
      "The crews are now running. the final checks on the new cables.", // tests after an adjective: the noun, no verb
      "The mill pays considerable. local rates and employs forty people.",
      "The company said its scooters. are used by many commuters.", // be opens no statement; are is also a measure of land
  })
  void leavesWhatReadsAsTheSentenceBefore(String text) {
    assertEquals(text + "\n", ALONE.clean(text + "\n").text());
  }
}
