package io.github.mtclean.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mtclean.Cleaner;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationTest {
  private static final Cleaner CHAIN = Cleaner.defaults();

  @Test
  void countsCorrectWrongAndNeedlessChanges() {
    Evaluation e = new Evaluation();
    // The gold makes three changes; the cleaner makes the two a rule can justify, not the reword.
    e.add(CHAIN.clean("Exports fell , officials said . Prices rose sharply.\n"),
        "Exports fell, officials said. Prices rose steeply.\n");
    assertEquals(3, e.goldChanges());
    assertEquals(2, e.total().made());
    assertEquals(2, e.total().correct());
    assertEquals(0, e.total().needless());
    assertEquals(1.0, e.precision(e.total()));
    assertEquals(2.0 / 3, e.recall(e.total()), 1e-9);
    assertEquals(1.25 * (2.0 / 3) / (0.25 + 2.0 / 3), e.f05(e.total()), 1e-9);
    assertEquals(1 - 1.0 / 3, e.errorReduction(), 1e-9);
  }

  @Test
  void aChangeAwayFromTheGoldIsNotCorrectAndNeedlessWhenNothingWasNeeded() {
    Evaluation e = new Evaluation();
    String dirty = "He asked : why ?\n";
    e.add(CHAIN.clean(dirty), dirty); // this gold keeps the French spacing: any change is needless
    assertEquals(2, e.total().made());
    assertEquals(0, e.total().correct());
    assertEquals(2, e.total().needless());
    assertEquals(0.0, e.precision(e.total()));
    assertEquals(List.of("TOTAL", "punctuation/space-before-punctuation"), e.rows().stream().map(r -> r.getKey()).toList());
  }

  @Test
  void tokensKeepSpacingAndLineBreaks() {
    assertEquals(List.of("ambitions", " .", "\n", "Next", " line"), Tokens.of("ambitions .\nNext  line").texts());
  }
}
