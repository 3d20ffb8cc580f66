package io.github.mtclean.fix.lines;

import com.ibm.icu.lang.UScript;
import io.github.mtclean.text.Document;

/** Letters outside the Latin script (Cyrillic, Hangul, Han, Arabic, ...), by ICU's script data. */
public final class ForeignScript {
  private ForeignScript() {}

  /** Below this every letter is Latin (Basic Latin to Latin Extended-B): no script lookup needed. */
  static final int LATIN_LETTERS_END = 0x250;

  public static boolean isForeignLetter(int cp) {
    if (cp < LATIN_LETTERS_END || !Character.isLetter(cp)) {
      return false;
    }
    int script = UScript.getScript(cp);
    return script != UScript.LATIN && script != UScript.COMMON && script != UScript.INHERITED
        && script != UScript.UNKNOWN;
  }

  /** What an English line is written in; a sign shared by scripts (Japanese {@code ー}) is not. */
  static boolean isLatinLetterOrDigit(int cp) {
    return Character.isDigit(cp) || Character.isLetter(cp) && UScript.getScript(cp) == UScript.LATIN;
  }

  /** {@link Character#isLetter}, without a table lookup for ASCII, which is most of the text. */
  static boolean isLetter(int cp) {
    return cp < 0x80 ? (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' : Character.isLetter(cp);
  }

  /**
   * The letter counts of each line of {@code doc}, {@code [foreign, all]} by line index: found once
   * for the foreign-line and foreign-fragment fixers, which read the same text.
   */
  static int[][] letterCountsByLine(Document doc) {
    return doc.view(ForeignScript.class, d -> d.lines().stream()
        .map(line -> letterCounts(d.text(), line.start(), line.end()))
        .toArray(int[][]::new));
  }

  /** Letters of {@code s[start, end)}: {@code [foreign, all]}. */
  static int[] letterCounts(CharSequence s, int start, int end) {
    int foreign = 0;
    int all = 0;
    for (int i = start; i < end; ) {
      int cp = Character.codePointAt(s, i);
      if (isLetter(cp)) {
        all++;
        if (isForeignLetter(cp)) {
          foreign++;
        }
      }
      i += Character.charCount(cp);
    }
    return new int[] {foreign, all};
  }
}
