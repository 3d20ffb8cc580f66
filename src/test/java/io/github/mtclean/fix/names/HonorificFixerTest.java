package io.github.mtclean.fix.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.mtclean.Edit;
import io.github.mtclean.Replacement;
import io.github.mtclean.rules.RuleFormatException;
import io.github.mtclean.text.Document;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HonorificFixerTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "majority|Mr. Kim met Mr Putin and Mr. Lavrov.|Mr. Kim met Mr. Putin and Mr. Lavrov.",
      "majority|Mr Kim met Mr. Putin and Mr Lavrov.|Mr Kim met Mr Putin and Mr Lavrov.",
      "majority|Mr Kim met Mr. Putin.|Mr Kim met Mr. Putin.",
      "majority|Mr Kim read Mr. Ferluga's Dog. Mr Kim smiled.|Mr Kim read Mr. Ferluga's Dog. Mr Kim smiled.",
      "majority|Mr Kim met Mr. Ferluga's Son. Mr Kim and Ferluga smiled.|Mr Kim met Mr Ferluga's Son. Mr Kim and Ferluga smiled.",
      "dotted|Mr Kim met Mrs May.|Mr. Kim met Mrs. May.",
      "undotted|Mr. Kim met Dr. Lee.|Mr Kim met Dr Lee.",
      "majority|Mr. van Dijk met Mr Putin and Dr. Lee.|Mr. van Dijk met Mr. Putin and Dr. Lee.",
      "majority|Mr. vandal Kim met Mr Putin and Dr. Lee.|Mr. vandal Kim met Mr Putin and Dr. Lee.",
      "dotted|Dr Who lives on Elm Dr in Mrsville.|Dr. Who lives on Elm Dr in Mrsville.",
  })
  void followsItsStyle(String style, String text, String expected) {
    HonorificFixer fixer = HonorificFixer.parse("h.tsv", "style\t" + style + "\nMr\nMrs\nDr\n", Set.of("van"));
    List<Replacement> fixes = fixer.fix(new Document(text));
    String out = Edit.replay(text, fixes.stream().sorted(java.util.Comparator.comparingInt(r -> r.span().start()))
        .map(r -> new Edit(r.rule(), r.span(), text.substring(r.span().start(), r.span().end()), r.text())).toList());
    assertEquals(expected, out);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"style\tsometimes", "Mr."})
  void rejectsBadConfiguration(String line) {
    assertThrows(RuleFormatException.class, () -> HonorificFixer.parse("h.tsv", line, Set.of()));
  }
}
