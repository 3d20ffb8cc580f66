package io.github.mtclean.fix.unicode;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import io.github.mtclean.Fixer;
import io.github.mtclean.Replacement;
import io.github.mtclean.text.Document;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives a full-width form from Chinese or Japanese typography ({@code ，}, {@code ：}, {@code ？},
 * {@code （}, {@code Ａ}) its ordinary form (Unicode NFKC) where it stands in Latin text: MT keeps
 * the source's full-width comma in {@code the county town， and}. Beside Chinese, Japanese or
 * Korean text it is that text's own typography and stays.
 */
public final class FullwidthFixer implements Fixer {
  static final String RULE = "unicode/fullwidth";
  /** The full-width forms of the ASCII characters from {@code !} to {@code ~}. */
  private static final char FIRST = '\uFF01';
  private static final char LAST = '\uFF5E';
  private static final String SPACE_AFTER = ",:;!?)";
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  @Override
  public List<String> ruleIds() {
    return List.of(RULE);
  }

  @Override
  public List<Replacement> fix(Document doc) {
    String text = doc.text();
    List<Replacement> out = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < FIRST || c > LAST) {
        continue;
      }
      Context before = context(text, i, -1);
      Context after = context(text, i, +1);
      if (before != Context.CJK && after != Context.CJK && (before == Context.LATIN || after == Context.LATIN)) {
        out.add(Replacement.of(RULE, i, i + 1, spaced(text, i, NFKC.normalize(String.valueOf(c)))));
      }
    }
    return out;
  }

  /**
   * {@code mark} with the space English sets beside it and the full-width form held within its
   * own width: after a comma, colon, semicolon, closing bracket, {@code !} or {@code ?} before a
   * letter or digit, before an opening bracket after one.
   */
  private static String spaced(String text, int at, String mark) {
    if (SPACE_AFTER.contains(mark) && at + 1 < text.length() && Character.isLetterOrDigit(text.charAt(at + 1))) {
      return mark + " ";
    }
    if (mark.equals("(") && at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
      return " " + mark;
    }
    return mark;
  }

  private enum Context { LATIN, CJK, OTHER }

  /** What the nearest char that is not a space or a full-width form is, on the same line, in {@code direction}. */
  private static Context context(String text, int at, int direction) {
    for (int i = at + direction; i >= 0 && i < text.length(); i += direction) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return Context.OTHER;
      }
      if (c == ' ' || c >= FIRST && c <= LAST) {
        continue;
      }
      int cp = direction > 0 ? text.codePointAt(i) : text.codePointBefore(i + 1);
      return switch (UScript.getScript(cp)) {
        case UScript.LATIN -> Context.LATIN;
        case UScript.HAN, UScript.HIRAGANA, UScript.KATAKANA, UScript.HANGUL, UScript.BOPOMOFO -> Context.CJK;
        default -> Character.isDigit(cp) ? Context.LATIN : cp >= 0x3000 && cp <= 0x303F ? Context.CJK : Context.OTHER;
      };
    }
    return Context.OTHER;
  }
}
