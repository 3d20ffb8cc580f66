package io.github.mtclean.fix.punctuation;

import io.github.mtclean.text.Document;
import java.util.Arrays;

/**
 * Where a text writes quotation marks and apostrophes, straight, curly or foreign: found by one
 * scan of each version of the text and read by every quote rule, as the marks are rare.
 */
public final class QuoteMarks {
  /** Every mark the quote rules read. */
  static final String MARKS = "\"“”«»„‟'‘’‹›‚「」『』《》〈〉";

  private QuoteMarks() {}

  /** The positions of {@link #MARKS} in {@code doc}, in order. */
  public static int[] in(Document doc) {
    return doc.view(QuoteMarks.class, d -> scan(d.text()));
  }

  /** One of {@link #MARKS}: all but the two straight ones are outside ASCII, so most chars need two compares. */
  static boolean isMark(char c) {
    return c == '"' || c == '\'' || c >= 0x80 && MARKS.indexOf(c) >= 0;
  }

  private static int[] scan(String text) {
    int[] found = new int[16];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (isMark(text.charAt(i))) {
        if (n == found.length) {
          found = Arrays.copyOf(found, 2 * n);
        }
        found[n++] = i;
      }
    }
    return Arrays.copyOf(found, n);
  }
}
