package io.github.mtclean.fix.boundaries;

import io.github.mtclean.text.Document;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The capitalised words right after whitespace in a text, with their starts: the anchors most
 * boundary rules search around, found by one scan of the text that those rules share.
 */
final class CapitalisedWords {
  /** Mid-sentence uses that make a capitalised word the document's own term, if it is never lower case. */
  private static final int TERM_USES = 2;

  private final String text;
  private final int[] starts;
  private final String[] words;
  private final int count;
  /** Words asked about so far, and whether each is the document's own term. */
  private final Map<String, Boolean> terms = new HashMap<>();
  /** How often each word follows a lower-case word, counted in one pass when a word is first asked about. */
  private Map<String, Integer> midSentenceUses;

  private CapitalisedWords(String text, int[] starts, String[] words, int count) {
    this.text = text;
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
      char c = text.charAt(i);
      if ((c <= 'Z' ? c >= 'A' : c >= 0x80 && Character.isUpperCase(c)) && Character.isWhitespace(text.charAt(i - 1))) { // ASCII asked plainly
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
    return new CapitalisedWords(text, starts, words, count);
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

  /**
   * Whether the document writes {@code word} capitalised on purpose: at least twice right after a
   * lower-case word, and more than twice as often so as in lower case. Licences and contracts
   * capitalise defined terms ({@code in accepting such obligations, You may}); MT's stray capitals
   * come with the ordinary lower-case uses of the same word elsewhere in the text.
   */
  boolean isTerm(String word) {
    return terms.computeIfAbsent(word, this::findIsTerm);
  }

  private boolean findIsTerm(String word) {
    if (midSentenceUses == null) {
      midSentenceUses = new HashMap<>();
      for (int k = 0; k < count; k++) {
        if (followsLowerCase(starts[k])) {
          midSentenceUses.merge(words[k], 1, Integer::sum);
        }
      }
    }
    int uses = midSentenceUses.getOrDefault(word, 0);
    return uses >= TERM_USES && !occursAtLeast(word.toLowerCase(Locale.ROOT), (uses + 1) / 2);
  }

  /** Whether the last non-space char before {@code start} is a lower-case letter: mid-sentence, no mark between. */
  private boolean followsLowerCase(int start) {
    int before = start - 1;
    while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
      before--;
    }
    return before >= 0 && Character.isLowerCase(text.charAt(before));
  }

  /** Whether {@code word} occurs in the text as a whole word, as written, {@code times} times or more. */
  private boolean occursAtLeast(String word, int times) {
    int n = 0;
    for (int i = text.indexOf(word); i >= 0 && n < times; i = text.indexOf(word, i + 1)) {
      int end = i + word.length();
      if ((i == 0 || !Character.isLetter(text.charAt(i - 1))) && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
        n++;
      }
    }
    return n >= times;
  }
}
