package io.github.mtclean.eval;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * A text as tokens for scoring: ICU word-break segments (words, numbers, each punctuation mark);
 * a token that follows a space carries one leading space, so spacing errors ({@code ambitions .})
 * count while the width of the space does not; every line break is a token of its own, so removed
 * lines and moved paragraph breaks count.
 */
record Tokens(List<String> texts, int[] starts, int[] ends) {

  static Tokens of(String text) {
    BreakIterator words = BreakIterator.getWordInstance(ULocale.ENGLISH);
    words.setText(text);
    List<String> texts = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    boolean spaceBefore = false;
    for (int start = words.first(), end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
      for (int i = start; i < end; ) {
        int cp = text.codePointAt(i);
        int next = i + Character.charCount(cp);
        if (cp == '\n') {
          texts.add("\n");
          spans.add(new int[] {i, next});
          spaceBefore = false;
        } else if (Character.isWhitespace(cp)) {
          spaceBefore = true;
        } else {
          int j = next;
          while (j < end && !Character.isWhitespace(text.codePointAt(j))) {
            j += Character.charCount(text.codePointAt(j));
          }
          texts.add((spaceBefore ? " " : "") + text.substring(i, j));
          spans.add(new int[] {i, j});
          spaceBefore = false;
          next = j;
        }
        i = next;
      }
    }
    int[] starts = spans.stream().mapToInt(s -> s[0]).toArray();
    int[] ends = spans.stream().mapToInt(s -> s[1]).toArray();
    return new Tokens(List.copyOf(texts), starts, ends);
  }

  int size() {
    return texts.size();
  }

  /** Where token {@code i} starts; past the last token, where the last one ends. */
  int charStart(int i) {
    return i < starts.length ? starts[i] : (ends.length == 0 ? 0 : ends[ends.length - 1]);
  }
}
