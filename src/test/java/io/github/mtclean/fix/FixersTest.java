package io.github.mtclean.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.mtclean.Cleaner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Input/output pairs for the foundation fixers, through the whole default chain. */
class FixersTest {
  private static final Cleaner CHAIN = Cleaner.defaults();

  private static String clean(String s) {
    return CHAIN.clean(s).text();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // punctuation debris
      "heading towards Vladivostok. , the eastern Russian port city.|heading towards Vladivostok, the eastern Russian port city.",
      "The army returned to Moscow.. Nobody cheered.|The army returned to Moscow. Nobody cheered.",
      "The talks.; Both sides left.|The talks. Both sides left.",
      "related to Pyongyang's nuclear ambitions .|related to Pyongyang's nuclear ambitions.",
      "Prices rose , the bank said ; it gave no reason .|Prices rose, the bank said; it gave no reason.",
      "Seoul, , Tokyo and Beijing met.|Seoul, Tokyo and Beijing met.",
      // unicode
      "Smith &amp; Wesson|Smith & Wesson",
      "Caf\u0065\u0301 society|Caf\u00e9 society",
      "North\u200b Korea|North Korea",
      // a Japanese site label glued to an English line goes, the English line stays
      "Cheap hotel rooms near Kii-Gobo station - \u3010\u3058\u3083\u3089\u3093\u3011\u516C\u5F0F\u30B5\u30A4\u30C8|Cheap hotel rooms near Kii-Gobo station",
  })
  void repairs(String dirty, String clean) {
    assertEquals(clean + "\n", clean(dirty));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The economy grew 3.5 percent in 2023, up from 2.1 percent.",
      "He paused... then went on. And so on....",
      "U.S. and U.K. officials met Mr. Kim and Dr. Lee at 9:30 a.m. on Jan. 5.",
      "Russian President Vladimir V. Putin met Alexander G. Lukashenko.",
      "Apple Inc., the iPhone maker, and Samsung Electronics Co., its rival, said so.",
      "See https://www.example.com/news/2023/09/12/story.html?id=5 or mail press@example.org.",
      "The vote was 3 : 2 in favour.",
      "Version 2.1.4 shipped; version 2.2 follows.",
      "He said, \"We will see.\" Then he left.",
      "\u201cWe will see,\u201d he said.",
      "It was 10:30 p.m. when the train left; it arrived at 06:15.",
      "Q&A: What the deal means for AT&T",
      "Items: a) food, b) oil, c) currency.",
      "He stopped . . . and then went on.",
  })
  void leavesCleanEnglishAlone(String text) {
    assertEquals(text + "\n", clean(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Title\\n\\n\\n\\nBody.|Title\\n\\nBody.\\n",
      "\\n\\nTitle\\nBody.\\n\\n\\n|Title\\nBody.\\n",
      "Trailing   \\nspaces\\t\\n|Trailing\\nspaces\\n",
      "One.\\r\\n\\r\\n\\r\\nTwo.|One.\\r\\n\\r\\nTwo.\\r\\n",
      "   \\n\\t\\n|''",
  })
  void tidiesLayout(String dirty, String clean) {
    assertEquals(unescape(clean), clean(unescape(dirty)));
  }

  private static String unescape(String s) {
    return s.equals("''") ? "" : s.replace("\\r", "\r").replace("\\n", "\n").replace("\\t", "\t");
  }
}
