package io.github.mtclean.fix;

import io.github.mtclean.fix.lines.ForeignScript;
import java.util.Locale;

/**
 * Whether a text is English at all: mtclean's rules know English, and a text mostly in another
 * language (a Russian article, a French one with a Korean name in it) is left alone rather than
 * "repaired" by them. Two cheap signs decide: the share of letters in other scripts (ICU's script
 * data), and the share of the first lower-case words that LanguageTool's English dictionary knows.
 */
public final class EnglishText {
  /** Lower-case words looked up: enough to tell, few enough to be cheap on a long text. */
  private static final int SAMPLE_WORDS = 200;
  /** Fewer words than this say too little; the rules' own tests decide then. */
  private static final int MIN_WORDS = 8;
  /** Letters counted for the script share: the start of a long text tells its language. */
  private static final int SAMPLE_LETTERS = 50_000;

  private EnglishText() {}

  /**
   * False when most letters are in other scripts, or most sampled lower-case words are not English.
   * Reads the first {@value #SAMPLE_LETTERS} letters and {@value #SAMPLE_WORDS} words at most.
   */
  public static boolean isMostlyEnglish(String text) {
    int letters = 0;
    int foreignLetters = 0;
    int words = 0;
    int known = 0;
    int i = 0;
    while (i < text.length() && (letters < SAMPLE_LETTERS || words < SAMPLE_WORDS)) {
      char c = text.charAt(i);
      if (c < 0x80 ? !isAsciiLetter(c) : !Character.isLetter(text.codePointAt(i))) {
        i += c < 0x80 ? 1 : Character.charCount(text.codePointAt(i));
        continue;
      }
      int start = i;
      boolean lowerCase = true;
      while (i < text.length()) {
        c = text.charAt(i);
        if (c < 0x80) { // most letters: no code point, script or case lookup
          if (!isAsciiLetter(c)) {
            break;
          }
          lowerCase &= c >= 'a';
          i++;
        } else {
          int cp = text.codePointAt(i);
          if (!Character.isLetter(cp)) {
            break;
          }
          foreignLetters += ForeignScript.isForeignLetter(cp) ? 1 : 0;
          lowerCase &= Character.isLowerCase(cp);
          i += Character.charCount(cp);
        }
        letters++;
      }
      boolean wholeWord = i == text.length() || !isWordJoiner(text.charAt(i)) && !Character.isDigit(text.charAt(i));
      if (words < SAMPLE_WORDS && lowerCase && wholeWord && i - start >= 2
          && (start == 0 || !isWordJoiner(text.charAt(start - 1)))) {
        words++;
        // Once half the sample is known the verdict is English, whatever the rest: skip their lookups.
        known += 2 * known < SAMPLE_WORDS && EnglishWords.isKnown(text.substring(start, i).toLowerCase(Locale.ROOT)) ? 1 : 0;
      }
    }
    return 2 * foreignLetters <= letters && (words < MIN_WORDS || 2 * known >= words);
  }

  private static boolean isAsciiLetter(char c) {
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  }

  /** Chars that join letters into one token ({@code don't}, {@code x_1}, {@code www.a.com}): such parts are not words. */
  private static boolean isWordJoiner(char c) {
    return c == '\'' || c == '\u2019' || c == '-' || c == '_' || c == '.' || c == '@' || c == '/';
  }
}
