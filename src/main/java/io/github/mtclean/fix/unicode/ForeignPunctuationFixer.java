package io.github.mtclean.fix.unicode;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import io.github.mtclean.Fixer;
import io.github.mtclean.Replacement;
import io.github.mtclean.fix.EnglishWords;
import io.github.mtclean.text.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Gives punctuation of another language's typography its English form where it stands in Latin
 * text, as MT keeps the source's marks: a full-width form from Chinese or Japanese ({@code ，},
 * {@code ：}, {@code Ａ}) becomes its ordinary form (Unicode NFKC), as in {@code the county town，
 * and}; the ideographic comma and full stop ({@code 、 。}), the Arabic comma, semicolon and
 * question mark ({@code ، ؛ ؟}) become {@code , . , ; ?}, and the danda of Hindi and Bengali and
 * Urdu's full stop ({@code । ۔}) a period, Hebrew's gershayim set as a quotation mark ({@code ״})
 * a straight quote and its maqaf ({@code ־}) a hyphen; and Spanish's opening {@code ¿ ¡} before
 * English words goes. Beside text of another script the marks are that text's own and stay, and
 * so do {@code ¿ ¡} before Spanish.
 */
public final class ForeignPunctuationFixer implements Fixer {
  static final String FULLWIDTH = "unicode/fullwidth";
  static final String FOREIGN = "unicode/foreign-punctuation";
  /** The full-width forms of the ASCII characters from {@code !} to {@code ~}. */
  private static final char FIRST = '\uFF01';
  private static final char LAST = '\uFF5E';
  /** Words after {@code ¿} that must all be English: {@code ¿No} may start Spanish ({@code ¿No hay agua?}). */
  private static final int ENGLISH_WORDS = 3;
  private static final String SPACE_AFTER = ",:;!?)";
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  @Override
  public List<String> ruleIds() {
    return List.of(FULLWIDTH, FOREIGN);
  }

  @Override
  public List<Replacement> fix(Document doc) {
    String text = doc.text();
    List<Replacement> out = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0xA1) {
        continue; // ASCII and Latin-1's first marks: most chars of the text
      }
      boolean fullwidth = c >= FIRST && c <= LAST;
      String mark = fullwidth ? NFKC.normalize(String.valueOf(c)) : englishForm(c);
      if (mark != null && inLatinText(text, i)) {
        // the full stops end a sentence, the full-width one may be a domain's dot
        String spaced = mark.equals(".") && !fullwidth ? spacedAfter(text, i, mark) : spaced(text, i, mark);
        out.add(Replacement.of(fullwidth ? FULLWIDTH : FOREIGN, i, i + 1, spaced));
      } else if ((c == '\u00BF' || c == '\u00A1') && beforeEnglish(text, i + 1)) {
        out.add(Replacement.of(FOREIGN, i, i + 1, ""));
      }
    }
    return out;
  }

  /** The English form of a mark of another typography that has no compatibility form, or null. */
  private static String englishForm(char c) {
    return switch (c) {
      case '\u3001', '\u060C' -> ","; // ideographic and Arabic commas
      case '\u3002', '\u0964', '\u06D4' -> "."; // ideographic full stop, Devanagari and Bengali danda, Urdu full stop
      case '\u061B' -> ";";
      case '\u061F' -> "?";
      case '\u05F4' -> "\""; // Hebrew's gershayim, set as a quotation mark
      case '\u05BE' -> "-"; // Hebrew's maqaf, its hyphen: Ben\u05BEHamo
      default -> null;
    };
  }

  /** Whether Latin text stands beside the mark at {@code at}, and text of another script on neither side. */
  private static boolean inLatinText(String text, int at) {
    Context before = context(text, at, -1);
    Context after = context(text, at, +1);
    return before != Context.SCRIPT && after != Context.SCRIPT && (before == Context.LATIN || after == Context.LATIN);
  }

  /**
   * {@code mark} with the space English sets beside it and the full-width form held within its
   * own width: after a comma, colon, semicolon, closing bracket, {@code !} or {@code ?} before a
   * letter or digit, before an opening bracket after one.
   */
  private static String spaced(String text, int at, String mark) {
    if (SPACE_AFTER.contains(mark)) {
      return spacedAfter(text, at, mark);
    }
    if (mark.equals("(") && at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
      return " " + mark;
    }
    return mark;
  }

  /** The mark and the space English sets after it before a word; none inside a number ({@code 9，000} is {@code 9,000}). */
  private static String spacedAfter(String text, int at, String mark) {
    boolean inNumber = at > 0 && Character.isDigit(text.charAt(at - 1)) && at + 1 < text.length() && Character.isDigit(text.charAt(at + 1));
    return at + 1 < text.length() && Character.isLetterOrDigit(text.charAt(at + 1)) && !inNumber ? mark + " " : mark;
  }

  /** Whether the words from {@code from}, up to {@value #ENGLISH_WORDS} of them in the sentence, are English. */
  private static boolean beforeEnglish(String text, int from) {
    int words = 0;
    int i = from;
    while (words < ENGLISH_WORDS && i < text.length() && Character.isLetter(text.charAt(i))) {
      int end = i;
      while (end < text.length() && Character.isLetter(text.charAt(end))) {
        end++;
      }
      if (!EnglishWords.isKnown(text.substring(i, end).toLowerCase(Locale.ROOT))) {
        return false;
      }
      words++;
      i = end < text.length() && text.charAt(end) == ' ' ? end + 1 : text.length();
    }
    return words > 0;
  }

  private enum Context { LATIN, SCRIPT, OTHER }

  /** Marks of Latin text that stand between a foreign mark and the word it belongs to ({@code wait.״}). */
  private static final String LATIN_MARKS = ".,;:!?'\"()\u2018\u2019\u201C\u201D-";

  /** What the nearest char that is not a space, a Latin text's mark or a full-width form is, on the same line, in {@code direction}. */
  private static Context context(String text, int at, int direction) {
    for (int i = at + direction; i >= 0 && i < text.length(); i += direction) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return Context.OTHER;
      }
      if (c == ' ' || c >= FIRST && c <= LAST || LATIN_MARKS.indexOf(c) >= 0) {
        continue;
      }
      int cp = direction > 0 ? text.codePointAt(i) : text.codePointBefore(i + 1);
      int script = UScript.getScript(cp);
      if (script == UScript.LATIN || Character.isDigit(cp) && script == UScript.COMMON) {
        return Context.LATIN;
      }
      int type = Character.getType(cp); // a vowel sign ends many words of Indic scripts (नमस्ते)
      boolean letter = Character.isLetter(cp) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
      boolean otherScript = letter && script != UScript.COMMON && script != UScript.INHERITED;
      return otherScript || cp >= 0x3000 && cp <= 0x303F ? Context.SCRIPT : Context.OTHER;
    }
    return Context.OTHER;
  }
}
