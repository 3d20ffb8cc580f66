package io.github.mtclean.fix.names;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into runs of capitalised words joined by single spaces ({@code South Korean President
 * Yoon Seok-yeol}): the only places a name can be. One pass over the characters; a possessive or
 * other punctuation ends a run, but a middle initial does not: {@code Vladimir V. Putin} is one run.
 */
final class NameRuns {
  private NameRuns() {}

  static List<List<Token>> of(String text) {
    List<List<Token>> runs = new ArrayList<>();
    List<Token> run = new ArrayList<>();
    int joinable = -1; // where the next word must start to continue the current run
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c < 'A' || c > 'Z' && c < '\u00C0') { // no capital letter among these: most chars of English text
        i++;
        continue;
      }
      if (!Character.isUpperCase(c) || !Character.isLetter(c) || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)))) {
        i++;
        continue;
      }
      int end = wordEnd(text, i);
      int nameEnd = withoutPossessive(text, i, end);
      if (i != joinable && !run.isEmpty()) {
        runs.add(run);
        run = new ArrayList<>();
      }
      run.add(Token.of(text, i, nameEnd));
      joinable = nameEnd == end && end < text.length() && isSpace(text.charAt(end)) ? end + 1
          : end - i == 1 && end + 1 < text.length() && text.charAt(end) == '.' && isSpace(text.charAt(end + 1)) ? end + 2
          : -1;
      i = end;
    }
    if (!run.isEmpty()) {
      runs.add(run);
    }
    return runs;
  }

  /** Letters, with inner hyphens and apostrophes ({@code Seok-yeol}, {@code O'Neill}). */
  private static int wordEnd(String text, int i) {
    int end = i;
    while (end < text.length()) {
      char c = text.charAt(end);
      if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        end++;
      } else if ((c == '-' || c == '\'' || c == '\u2019') && end + 1 < text.length() && Character.isLetter(text.charAt(end + 1))) {
        end += 2;
      } else {
        break;
      }
    }
    return end;
  }

  private static int withoutPossessive(String text, int start, int end) {
    boolean possessive = end - start > 2 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
        && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '\u2019');
    return possessive ? end - 2 : end;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0';
  }
}
