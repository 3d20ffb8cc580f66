package io.github.mtclean.fix.unicode;

import com.ibm.icu.text.Normalizer2;
import io.github.mtclean.Fixer;
import io.github.mtclean.Replacement;
import io.github.mtclean.text.Document;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;

/** Puts text in Unicode Normalization Form C, touching only the segments that are not already. */
public final class NfcFixer implements Fixer {
  static final String RULE = "unicode/nfc";
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  @Override
  public List<String> ruleIds() {
    return List.of(RULE);
  }

  @Override
  public List<Replacement> fix(Document doc) {
    String text = doc.text();
    List<Replacement> out = new ArrayList<>();
    int n = text.length();
    int pos = 0;
    while (pos < n) {
      int yes = pos + NFC.spanQuickCheckYes(CharBuffer.wrap(text, pos, n));
      if (yes >= n) {
        break;
      }
      // Widen [yes, yes+1) to normalization boundaries on both sides.
      int start = yes;
      while (start > pos && !NFC.hasBoundaryBefore(text.codePointAt(start))) {
        start -= Character.charCount(text.codePointBefore(start));
      }
      int end = yes + Character.charCount(text.codePointAt(yes));
      while (end < n && !NFC.hasBoundaryBefore(text.codePointAt(end))) {
        end += Character.charCount(text.codePointAt(end));
      }
      String segment = text.substring(start, end);
      String normalized = NFC.normalize(segment);
      if (!normalized.equals(segment)) {
        out.add(Replacement.of(RULE, start, end, normalized));
      }
      pos = end;
    }
    return out;
  }
}
