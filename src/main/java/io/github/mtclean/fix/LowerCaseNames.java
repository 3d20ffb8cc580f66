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
 * pronouns do not count, as verse and broken lines start with them. So is a singular noun that
 * opens a sentence in lower case when the text writes it with the same next word elsewhere right
 * after a verb, with no determiner ({@code Then comes glasshouse weather}, then {@code they will.
 * glasshouse weather worked}): the title of a work written so.
 */
public final class LowerCaseNames {
  private static final Pattern LINE_START = Pattern.compile("\\h*(?:[^:\\n]{1,30}:\\h+)?(\\p{Ll}[\\p{L}\\p{N}]*)(?![\\p{L}\\p{N}.)])");
  /** A lower-case word and the next after a period: a sentence start in lower case. */
  private static final Pattern AFTER_PERIOD = Pattern.compile("\\.\\h(\\p{Ll}+)\\h(\\p{Ll}+)\\b");

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
    String text = doc.text();
    for (Matcher m = AFTER_PERIOD.matcher(text); m.find(); ) {
      if (isBareAfterVerbElsewhere(text, m.group(1), m.group(2), m.start(1))) {
        words.merge(m.group(1), 1, Integer::sum);
      }
    }
    return Map.copyOf(words);
  }

  /** Whether the text writes the singular noun {@code first} and {@code second} elsewhere than {@code at}, right after a verb. */
  private static boolean isBareAfterVerbElsewhere(String text, String first, String second, int at) {
    if (EnglishWords.hasTag(first, "NNS") || !EnglishWords.hasTagStarting(first, "NN") || EnglishWords.isLinking(first)) {
      return false;
    }
    String phrase = first + " " + second;
    for (int i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
      int end = i + phrase.length();
      if (i == at || i < 2 || text.charAt(i - 1) != ' ' || end < text.length() && Character.isLetter(text.charAt(end))) {
        continue;
      }
      String previous = text.substring(text.lastIndexOf(' ', i - 2) + 1, i - 1);
      if (!previous.isEmpty() && previous.chars().allMatch(Character::isLowerCase)
          && EnglishWords.hasTagStarting(previous, "VB") && !EnglishWords.isLinking(previous)) {
        return true;
      }
    }
    return false;
  }
}
