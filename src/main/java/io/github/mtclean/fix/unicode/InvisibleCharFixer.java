package io.github.mtclean.fix.unicode;

import io.github.mtclean.Fixer;
import io.github.mtclean.Replacement;
import io.github.mtclean.text.Document;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes characters that carry nothing in English prose (zero-width spaces, soft hyphens, stray
 * byte-order marks, bidi controls, zero-width joiners with nothing to join, C0/C1 controls), turns
 * typographic spaces into plain ones, and replaces unpaired surrogates, which no encoder can
 * write, with U+FFFD.
 */
public final class InvisibleCharFixer implements Fixer {
  static final String INVISIBLE = "unicode/invisible";
  static final String CONTROL = "unicode/control";
  static final String ODD_SPACE = "unicode/odd-space";
  static final String LONE_SURROGATE = "unicode/lone-surrogate";

  @Override
  public List<String> ruleIds() {
    return List.of(INVISIBLE, CONTROL, ODD_SPACE, LONE_SURROGATE);
  }

  @Override
  public List<Replacement> fix(Document doc) {
    String text = doc.text();
    List<Replacement> out = new ArrayList<>();
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= ' ' && c < 0x7F) {
        continue; // the common case, decided in one comparison
      }
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        out.add(Replacement.of(LONE_SURROGATE, i, i + 1, "\uFFFD"));
      } else if (isInvisible(c) || isJoinerWithNothingToJoin(text, i)) {
        out.add(Replacement.of(INVISIBLE, i, i + 1, ""));
      } else if (isControl(c)) {
        out.add(Replacement.of(CONTROL, i, i + 1, ""));
      } else if (isOddSpace(c)) {
        out.add(Replacement.of(ODD_SPACE, i, i + 1, " "));
      }
    }
    return out;
  }

  private static boolean isInvisible(char c) {
    return c == '\u200B' // zero-width space
        || c == '\u2060' // word joiner
        || c == '\uFEFF' // byte-order mark / zero-width no-break space
        || c == '\u00AD' // soft hyphen
        || c == '\u200E' || c == '\u200F' // left-to-right and right-to-left marks
        || (c >= '\u202A' && c <= '\u202E') // bidi embeddings and overrides
        || (c >= '\u2066' && c <= '\u2069'); // bidi isolates
  }

  /**
   * A zero-width joiner or non-joiner with nothing it could shape on either side: a letter of a
   * script other than Latin, a mark, or half of an emoji ({@code Sviya\u200Dzhsk}, {@code
   * Gurjar\u200C,}, {@code season."\u200C} at a line's end). They shape emoji and Indic or Arabic
   * letters, and join nothing in Latin words or punctuation.
   */
  private static boolean isJoinerWithNothingToJoin(String text, int i) {
    char c = text.charAt(i);
    if (c != '\u200D' && c != '\u200C') {
      return false;
    }
    return (i == 0 || !isJoinable(text.charAt(i - 1))) && (i + 1 == text.length() || !isJoinable(text.charAt(i + 1)));
  }

  /** What a joiner may shape: a letter of a script other than Latin, a mark, or half of an emoji. */
  private static boolean isJoinable(char c) {
    return Character.isLetter(c) && !isLatinLetter(c) || Character.isSurrogate(c)
        || Character.getType(c) == Character.NON_SPACING_MARK || c == '\uFE0F';
  }

  private static boolean isLatinLetter(char c) {
    return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
  }

  /** C0 and C1 controls other than tab and line terminators. */
  private static boolean isControl(char c) {
    return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
  }

  /** Spaces of other widths; the no-break space is left alone, as it is often deliberate. */
  private static boolean isOddSpace(char c) {
    return (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\u1680';
  }
}
