package io.github.mtclean.fix.lines;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mtclean.Cleaner;
import org.junit.jupiter.api.Test;

/** What the rule file's examples cannot show: there a fix must survive the whole chain, whose layout rules take the blank lines this rule leaves. */
class TeaserListFixerTest {
  private static final Cleaner ALONE = Cleaner.builder().only(TeaserListFixer.RULE).build();

  @Test
  void takesALoneSpacedEntryThatEndsTheText() {
    String text = "The port will reopen on Friday, the harbour master said.\n\nHabari Zaidi\n\nDockers strike over night-shift pay\n";
    assertEquals("The port will reopen on Friday, the harbour master said.\n\n", ALONE.clean(text).text());
  }

  @Test
  void leavesALoneSpacedEntryWithTextUnderIt() {
    String text = "The port will reopen on Friday.\n\nRelated\n\nWhat the dockers want\n\nThey ask for night-shift pay.\n";
    assertEquals("The port will reopen on Friday.\n\n\nWhat the dockers want\n\nThey ask for night-shift pay.\n", ALONE.clean(text).text());
  }
}
