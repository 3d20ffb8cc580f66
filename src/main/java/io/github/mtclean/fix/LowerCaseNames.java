package io.github.mtclean.fix;

import io.github.mtclean.text.Document;
import io.github.mtclean.text.Document.Line;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words a text writes in lower case where a capital is due, at a line's start, maybe after a
 * label ({@code Review: nimbi N7 Pro is the best phone}): a brand or a name spelled so, whose
 * lower case after a period elsewhere is no lost capital and no stray period. Function words and
 * pronouns do not count, as verse and broken lines start with them.
 */
public final class LowerCaseNames {
  private static final Pattern LINE_START = Pattern.compile("\\h*(?:[^:\\n]{1,30}:\\h+)?(\\p{Ll}[\\p{L}\\p{N}]*)(?![\\p{L}\\p{N}.)])");

  private LowerCaseNames() {}

  /** Whether {@code doc} writes {@code word} at a line's start in lower case. */
  public static boolean contains(Document doc, String word) {
    return lineStarts(doc, word) > 0;
  }

  /**
   * Whether {@code doc} starts two lines or more with {@code word} in lower case ({@code zoomly to
   * hire 300}, then {@code zoomly, the grocery app}): a name spelled so, as a sentence broken
   * across lines rarely goes on with the same word twice.
   */
  public static boolean startsLines(Document doc, String word) {
    return lineStarts(doc, word) >= 2;
  }

  private static int lineStarts(Document doc, String word) {
    return doc.view(LowerCaseNames.class, LowerCaseNames::find).getOrDefault(word, 0);
  }

  /** How many lines each word starts in lower case. */
  private static Map<String, Integer> find(Document doc) {
    Map<String, Integer> words = new HashMap<>();
    for (Line line : doc.lines()) {
      Matcher start = LINE_START.matcher(doc.text()).region(line.start(), line.end());
      if (start.lookingAt() && !EnglishWords.isLinking(start.group(1)) && !EnglishWords.hasTag(start.group(1), "PRP")) {
        words.merge(start.group(1), 1, Integer::sum);
      }
    }
    return Map.copyOf(words);
  }
}
