package io.github.mtclean.fix.lines;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mtclean.Captions;
import io.github.mtclean.Cleaner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The three caption modes, through the whole chain. */
class CaptionFixerTest {
  private static final String BODY = "The two leaders met in Vladivostok in 2019, officials said.\n";

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "DROP|Kim and Putin in 2019 Photo: Getty|-",
      "STRIP_CREDIT|Kim and Putin in 2019 Photo: Getty|Kim and Putin in 2019",
      "KEEP|Kim and Putin in 2019 Photo: Getty|Kim and Putin in 2019 Photo: Getty",
      "DROP|Kim and Putin in 2019 (Image: Getty Images)|-",
      "STRIP_CREDIT|Kim and Putin in 2019 (Image: Getty Images)|Kim and Putin in 2019",
      "STRIP_CREDIT|Kim and Putin in 2019 \u00A9 AFP / Name / Archive|Kim and Putin in 2019",
      "DROP|Author photo|-",
      "STRIP_CREDIT|Photo: Reuters|-",
  })
  void modes(Captions mode, String caption, String kept) { // kept "-": the line goes
    Cleaner cleaner = Cleaner.builder().captions(mode).build();
    assertEquals((kept.equals("-") ? "" : kept + "\n") + BODY, cleaner.clean(caption + "\n" + BODY).text());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a paragraph with a credit glued on loses only the credit, even when captions are dropped
      "The leaders met in 2019. They met again this week. Photo: AP|The leaders met in 2019. They met again this week.",
      "Kim arrived by train. Pictures by Reuters were shown later, officials said.|Kim arrived by train. Pictures by Reuters were shown later, officials said.",
  })
  void paragraphsAreNotCaptions(String line, String expected) {
    assertEquals(expected + "\n" + BODY, Cleaner.defaults().clean(line + "\n" + BODY).text());
  }
}
