package io.github.mtclean.fix.lines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.lang.UScript;
import org.junit.jupiter.api.Test;

class ForeignScriptTest {

  @Test
  void everyLetterBeforeTheFastPathEndIsLatinByIcu() {
    for (int cp = 0; cp < ForeignScript.LATIN_LETTERS_END; cp++) {
      if (Character.isLetter(cp)) {
        int script = UScript.getScript(cp);
        assertTrue(script == UScript.LATIN || script == UScript.COMMON, Integer.toHexString(cp));
      }
    }
  }

  @Test
  void countsForeignLettersAmongAll() {
    String text = "Vladivostok Владивосток 블라디보스토크 Ærø";
    int[] counts = ForeignScript.letterCounts(text);
    assertEquals(18, counts[0]);
    assertEquals(32, counts[1]);
  }
}
