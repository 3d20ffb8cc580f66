package io.github.mtclean.fix.lines;

import com.ibm.icu.lang.UScript;
import io.github.mtclean.text.Document;
import io.github.mtclean.text.Document.Line;

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
   * The letters of a line of {@code doc}, {@code [foreign, all]}: counted once per line text for the
   * foreign-line and foreign-fragment fixers and the text's later versions.
   */
  static int[] letterCounts(Document doc, Line line) {
    return doc.remember(ForeignScript.class, line, ForeignScript::letterCounts);
  }

  /** Letters of {@code s}: {@code [foreign, all]}. */
  static int[] letterCounts(String s) {
    int foreign = 0;
    int all = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
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
