package io.github.mtclean.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mtclean.Cleaner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleFileParserTest {

  @Test
  void parsesARegexRuleWithExamples() {
    List<RuleSpec> specs = RuleFileParser.parse("demo", "demo.rules", """
        # a comment
        rule       no-double-space
        match      (?<=\\S)  +(?=\\S)
        replace    \\u0020
        note       one space
        example    a  b  =>  a b
        unchanged  a b
        """);
    RuleSpec r = specs.get(0);
    assertEquals("demo/no-double-space", r.id());
    assertEquals("demo.rules:2", r.where());
    assertEquals(List.of(new RuleSpec.Example("a  b", "a b", 6)), r.examples());
    assertEquals("a b", r.unchanged().get(0).input());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "rule x\\nmatch a(\\nreplace b\\nexample a  =>  b | bad.rules:2: bad regex",
      "rule x\\nmatch a\\nexample a  =>  b | bad.rules:1: rule 'x' has 'match' but no 'replace'",
      "rule x\\nmatch a\\nreplace b | bad.rules:1: rule 'x' has no 'example'",
      "rule x\\nfrobnicate yes | bad.rules:2: unknown key 'frobnicate'",
      "match a | bad.rules:1: a block must start with 'rule NAME'",
      "rule x\\nmatch a\\nreplace b\\nexample a -> b | bad.rules:4: an example is 'BAD  =>  FIXED'",
      "rule Bad_Name | bad.rules:1: rule name 'Bad_Name' must match",
      "rule x\\nmatch a\\nreplace $2\\nexample a  =>  b | bad.rules:1: rule 'x' replaces with $2 but its pattern has only 0 groups",
      "rule x\\nimpl java\\nmatch a\\nreplace b\\nexample a  =>  b | bad.rules:1: rule 'x' needs either",
      "rule x\\nimpl java\\nexample a  =>  b\\n\\nrule x\\nimpl java\\nexample a  =>  b | bad.rules:5: rule 'x' is defined twice",
      "rule x\\nmatch a\\nreplace b\\ntrigger a\\nmax-share 150%\\nexample a  =>  b | bad.rules:5: 'max-share' takes a percentage",
      "rule x\\nmatch a\\nreplace b\\nmax-share 50%\\nexample a  =>  b | bad.rules:1: rule 'x' has 'max-share' but no 'trigger'",
      "rule x\\nmatch (a)\\nreplace b\\nknown-word one\\nexample a  =>  b | bad.rules:4: 'known-word' takes the number of a group",
      "rule x\\nmatch a\\nreplace b\\nknown-word 1\\nexample a  =>  b | bad.rules:1: rule 'x' has 'known-word 1' but its pattern has only 0 groups",
      "rule x\\nimpl java\\nknown-word 1\\nexample a  =>  b | bad.rules:1: rule 'x' is 'impl java' and cannot have 'known-word'",
  })
  void malformedFilesFailWithFileLineAndProblem(String content, String expectedStart) {
    RuleFormatException e = assertThrows(RuleFormatException.class,
        () -> RuleFileParser.parse("bad", "bad.rules", content.replace("\\n", "\n")));
    assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
  }

  @Test
  void knownWordLeavesAMatchAloneWhenItsGroupIsNoEnglishWord(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("house.rules"), """
        rule       drop-x
        match      x(?=\\h(\\p{L}+))
        replace
        known-word 1
        example    x house  =>   house
        unchanged  x qwzrt
        """);
    Cleaner cleaner = Cleaner.builder().rulesDir(dir).only("house").build();
    assertEquals(" house and x qwzrt", cleaner.clean("x house and x qwzrt").text());
  }

  @Test
  void userDirectoryOverridesAShippedRuleAndAddsAFamily(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("punctuation.rules"), """
        rule       doubled-comma
        match      ,,
        replace    ,
        example    a,, b  =>  a, b
        """);
    Files.writeString(dir.resolve("house.rules"), """
        rule       us-spelling
        match      \\bcolour\\b
        replace    color
        example    the colour  =>  the color
        """);
    Cleaner cleaner = Cleaner.builder().rulesDir(dir).build();
    List<String> ids = cleaner.rules().stream().map(RuleSpec::id).toList();
    assertTrue(ids.contains("house/us-spelling"));
    assertTrue(ids.indexOf("house/us-spelling") < ids.indexOf("layout/final-newline"), "new families run before layout");
    RuleSpec overridden = cleaner.rules().stream().filter(s -> s.id().equals("punctuation/doubled-comma")).findFirst().orElseThrow();
    assertTrue(overridden.where().startsWith(dir.toString()), overridden.where());
    assertEquals("a, b, the color\n", cleaner.clean("a,, b, the colour").text());
  }

  @Test
  void malformedUserFileFailsTheBuildWithItsPath(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("house.rules"), "rule x\nmatch [\nreplace y\nexample a  =>  b\n");
    RuleFormatException e = assertThrows(RuleFormatException.class, () -> Cleaner.builder().rulesDir(dir).build());
    assertTrue(e.getMessage().startsWith(dir.resolve("house.rules") + ":2: bad regex"), e.getMessage());
  }

  @Test
  void unknownRuleIdIsRejectedListingTheKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Cleaner.builder().disable("punctuation/nonsense").build());
    assertTrue(e.getMessage().contains("unknown rule id 'punctuation/nonsense'")
        && e.getMessage().contains("punctuation/space-before-punctuation"), e.getMessage());
  }
}
