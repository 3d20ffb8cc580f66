package io.github.mtclean.fix.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameRunsTest {

  /** Runs as words joined by spaces, runs separated by {@code |}. */
  private static String runs(String text) {
    List<List<Token>> runs = NameRuns.of(text);
    return runs.stream().map(r -> r.stream().map(Token::text).collect(Collectors.joining(" "))).collect(Collectors.joining("|"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "South Korean President Yoon Seok-yeol said;South Korean President Yoon Seok-yeol",
      "President Yong's call;President Yong",
      "President Yong\u2019s Call;President Yong|Call",
      "Russian President Vladimir V. Putin met;Russian President Vladimir V Putin",
      "Plan B. Then U.S. Army;Plan B Then U|S Army",
      "met Kim, then Kim Jong-un;Kim|Kim Jong-un",
      "Fyodor Tertitskiy\u00A0Said O'Neill;Fyodor Tertitskiy Said O'Neill",
      "the US-led bloc and McDonald;US-led|McDonald",
      "\u24B6 and \u24B7 are no words;",
      "Zelens'kyi and Kim's;Zelens'kyi|Kim",
  })
  void splitsCapitalisedRuns(String text, String expected) {
    assertEquals(expected == null ? "" : expected, runs(text));
  }
}
