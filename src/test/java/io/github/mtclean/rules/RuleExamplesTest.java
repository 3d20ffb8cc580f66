package io.github.mtclean.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.mtclean.Cleaner;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The one generic test of every rule file: each rule, run alone, turns each bad example into
 * exactly its fix, leaves the fix alone, and leaves its unchanged examples alone; and the whole
 * default chain leaves every rule's unchanged examples and fixes alone.
 */
class RuleExamplesTest {

  @TestFactory
  Stream<DynamicContainer> everyRuleFixesItsExamplesAndNothingElse() {
    return Cleaner.defaults().rules().stream().map(spec -> {
      Cleaner alone = Cleaner.builder().only(spec.id()).build();
      List<DynamicTest> tests = new ArrayList<>();
      for (RuleSpec.Example ex : spec.examples()) {
        tests.add(DynamicTest.dynamicTest("line " + ex.line() + ": " + ex.input(), () -> {
          assertNotEquals(ex.input(), ex.expected(), spec.where() + ": an example must change something");
          assertEquals(ex.expected(), alone.clean(ex.input()).text(), spec.id() + " at line " + ex.line());
          assertEquals(ex.expected(), alone.clean(ex.expected()).text(), spec.id() + " changes its own fix (line " + ex.line() + ")");
        }));
      }
      for (RuleSpec.Example ex : spec.unchanged()) {
        tests.add(DynamicTest.dynamicTest("line " + ex.line() + " unchanged: " + ex.input(), () ->
            assertEquals(ex.input(), alone.clean(ex.input()).text(), spec.id() + " at line " + ex.line())));
      }
      return DynamicContainer.dynamicContainer(spec.id(), tests);
    });
  }

  @TestFactory
  Stream<DynamicTest> wholeChainLeavesCleanExamplesAlone() {
    Cleaner chain = Cleaner.defaults();
    return chain.rules().stream().flatMap(spec -> Stream.concat(
            spec.unchanged().stream(),
            spec.examples().stream().map(e -> new RuleSpec.Example(e.expected(), e.expected(), e.line())))
        .map(ex -> DynamicTest.dynamicTest(spec.id() + " line " + ex.line(), () -> {
          String text = ex.input().endsWith("\n") || ex.input().endsWith("\r") ? ex.input() : ex.input() + "\n";
          assertEquals(text, chain.clean(text).text(), spec.where() + " example at line " + ex.line());
        })));
  }

  @TestFactory
  Stream<DynamicTest> everyFamilyHasRules() {
    return Stream.of("unicode", "lines", "punctuation", "layout").map(family -> DynamicTest.dynamicTest(family, () ->
        assertFalse(Cleaner.defaults().rules().stream().noneMatch(s -> s.family().equals(family)))));
  }
}
