package io.github.mtclean.fix;

import io.github.mtclean.text.Document;
import io.github.mtclean.text.Document.Line;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    Map<String, Set<String>> afterPeriod = new HashMap<>(); // each phrase after a period, by its first word
    List<String[]> starts = new ArrayList<>();
    for (Matcher m = AFTER_PERIOD.matcher(text); m.find(); ) {
      if (isSingularNoun(m.group(1))) {
        String phrase = m.group(1) + " " + m.group(2);
        afterPeriod.computeIfAbsent(m.group(1), k -> new HashSet<>()).add(phrase);
        starts.add(new String[] {m.group(1), phrase});
      }
    }
    if (!starts.isEmpty()) {
      Set<String> afterVerb = phrasesAfterVerb(text, afterPeriod);
      for (String[] start : starts) {
        if (afterVerb.contains(start[1])) {
          words.merge(start[0], 1, Integer::sum);
        }
      }
    }
    return Map.copyOf(words);
  }

  private static boolean isSingularNoun(String word) {
    return !EnglishWords.hasTag(word, "NNS") && EnglishWords.hasTagStarting(word, "NN") && !EnglishWords.isLinking(word);
  }

  /**
   * Those of the phrases (by their first word) the text also writes right after a lower-case verb
   * ({@code comes glasshouse weather}): one reading of the text's words, as a search of the whole
   * text for each phrase after a period took time growing with the square of its length.
   */
  private static Set<String> phrasesAfterVerb(String text, Map<String, Set<String>> byFirstWord) {
    Set<String> found = new HashSet<>();
    for (int space = text.indexOf(' ', 1); space >= 0 && space + 1 < text.length(); space = text.indexOf(' ', space + 1)) {
      int start = space + 1;
      if (!Character.isLowerCase(text.charAt(start))) {
        continue;
      }
      int end = start;
      while (end < text.length() && Character.isLowerCase(text.charAt(end))) {
        end++;
      }
      Set<String> phrases = byFirstWord.get(text.substring(start, end));
      if (phrases == null) {
        continue;
      }
      String previous = text.substring(text.lastIndexOf(' ', space - 1) + 1, space);
      boolean afterVerb = !previous.isEmpty() && previous.chars().allMatch(Character::isLowerCase)
          && EnglishWords.hasTagStarting(previous, "VB") && !EnglishWords.isLinking(previous);
      for (String phrase : phrases) {
        int after = start + phrase.length();
        if (afterVerb && text.startsWith(phrase, start) && (after == text.length() || !Character.isLetter(text.charAt(after)))) {
          found.add(phrase);
        }
      }
    }
    return found;
  }
}
