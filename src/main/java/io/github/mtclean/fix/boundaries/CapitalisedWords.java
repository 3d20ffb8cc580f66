package io.github.mtclean.fix.boundaries;

import io.github.mtclean.text.Document;
import java.util.Arrays;

/**
 * The capitalised words right after whitespace in a text, with their starts: the anchors most
 * boundary rules search around, found by one scan of the text that those rules share.
 */
final class CapitalisedWords {
  private final int[] starts;
  private final String[] words;
  private final int count;

  private CapitalisedWords(int[] starts, String[] words, int count) {
    this.starts = starts;
    this.words = words;
    this.count = count;
  }

  static CapitalisedWords of(Document doc) {
    return doc.view(CapitalisedWords.class, d -> scan(d.text()));
  }

  private static CapitalisedWords scan(String text) {
    int[] starts = new int[16];
    String[] words = new String[16];
    int count = 0;
    for (int i = 1; i < text.length(); i++) {
      if (Character.isUpperCase(text.charAt(i)) && Character.isWhitespace(text.charAt(i - 1))) {
        int end = i + 1;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
          end++;
        }
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, 2 * count);
          words = Arrays.copyOf(words, 2 * count);
        }
        starts[count] = i;
        words[count++] = text.substring(i, end);
        i = end;
      }
    }
    return new CapitalisedWords(starts, words, count);
  }

  /** The index of the first word starting at or after {@code offset} (the word count if none does). */
  int firstFrom(int offset) {
    int k = Arrays.binarySearch(starts, 0, count, offset);
    return k >= 0 ? k : -k - 1;
  }

  int count() {
    return count;
  }

  int start(int k) {
    return starts[k];
  }

  String word(int k) {
    return words[k];
  }
}
