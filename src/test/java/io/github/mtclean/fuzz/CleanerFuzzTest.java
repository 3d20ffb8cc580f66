package io.github.mtclean.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.mtclean.Cleaned;
import io.github.mtclean.Cleaner;
import io.github.mtclean.Edit;
import io.github.mtclean.rules.RuleFileParser;
import io.github.mtclean.rules.RuleFormatException;

/**
 * Coverage-guided fuzzing with Jazzer. {@code mvn test} replays the inputs under
 * src/test/resources/io/github/mtclean/fuzz/CleanerFuzzTestInputs (regression mode); to fuzz,
 * run {@code JAZZER_FUZZ=1 mvn test -Dtest=CleanerFuzzTest#clean} (or #ruleFile) and let it go on.
 */
class CleanerFuzzTest {
  private static final Cleaner CHAIN = Cleaner.defaults();

  @FuzzTest(maxDuration = "60s")
  void clean(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Cleaned once = CHAIN.clean(text);
    assertEquals(once.text(), Edit.replay(text, once.edits()));
    assertEquals(once.text(), CHAIN.clean(once.text()).text());
  }

  @FuzzTest(maxDuration = "60s")
  void ruleFile(FuzzedDataProvider data) {
    try {
      RuleFileParser.parse("fuzz", "fuzz.rules", data.consumeRemainingAsString());
    } catch (RuleFormatException expected) {
      // The one way a rule file may fail: with file:line and what is wrong.
    }
  }
}
