package io.github.mtclean.fix.boundaries;

import io.github.mtclean.Fixer;
import io.github.mtclean.Replacement;
import io.github.mtclean.fix.EnglishWords;
import io.github.mtclean.text.Document;
import io.github.mtclean.text.Document.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Moves a single lowercase word MT left after a sentence's period back in front of the noun it
 * modifies: {@code to fund its programs. weapons.} becomes {@code to fund its weapons programs.},
 * at a paragraph's end or before the next sentence ({@code as a cook. line. She}). The damage
 * sits at a line's end or a sentence's, so only those are read backwards: a few chars each,
 * where a pattern search would read every char of the text.
 */
final class DanglingWordFixer implements Fixer {
  static final String RULE = "boundaries/dangling-word";
  /** Most nouns that modify the head noun ({@code hiring} in {@code a hiring timeline}). */
  private static final int MAX_MODIFIERS = 2;

  private final Set<String> abbreviations;

  DanglingWordFixer(Set<String> abbreviations) {
    this.abbreviations = Set.copyOf(abbreviations);
  }

  @Override
  public List<String> ruleIds() {
    return List.of(RULE);
  }

  @Override
  public List<Replacement> fix(Document doc) {
    String text = doc.text();
    List<Replacement> out = new ArrayList<>();
    for (Line line : doc.lines()) {
      // ... noun. word.   (then only spaces to the line's end)
      int end = skipSpacesBack(text, line.start(), line.end());
      if (end > line.start() && text.charAt(end - 1) == '.') {
        repair(text, line.start(), end, false, out);
      }
      // ... noun. word. Next sentence: the period of each sentence the line goes on after
      for (int dot = text.indexOf(". ", line.start()); dot >= 0 && dot + 2 < end; dot = text.indexOf(". ", dot + 1)) {
        int next = dot + 1;
        while (next < end && Document.isHorizontalSpace(text.charAt(next))) {
          next++;
        }
        if (next < end && Character.isUpperCase(text.charAt(next))) {
          repair(text, line.start(), dot + 1, true, out);
        }
      }
    }
    return out;
  }

  /**
   * Moves the word before the period at {@code end - 1} in front of the word before the period
   * before it, if that is the damage. A word that is only an adverb is no modifier ({@code follow
   * the movement. blindly.}: a period moved before it, stray-period's); before another sentence,
   * neither is one that may be an adverb ({@code the owners understand. well. He}).
   */
  private void repair(String text, int lineStart, int end, boolean sentenceFollows, List<Replacement> out) {
    int dangling = lowercaseWordBack(text, lineStart, end - 1);
    while (dangling - 1 > lineStart && text.charAt(dangling - 1) == '-' && dangling < end - 1) {
      int part = lowercaseWordBack(text, lineStart, dangling - 1);
      if (part == dangling - 1) {
        break;
      }
      dangling = part; // a compound: the few remaining private kilns. wood-fired.
    }
    int gap = skipSpacesBack(text, lineStart, dangling);
    if (dangling == end - 1 || gap == dangling || gap <= lineStart || text.charAt(gap - 1) != '.') {
      return;
    }
    int noun = lowercaseWordBack(text, lineStart, gap - 1);
    if (end - 1 - dangling < 2 || gap - 1 - noun < 2 || noun == 0 || !Character.isWhitespace(text.charAt(noun - 1))) {
      return;
    }
    String word = text.substring(dangling, end - 1);
    String head = text.substring(noun, gap - 1);
    if (abbreviations.contains(head) || (sentenceFollows ? EnglishWords.hasTag(word, "RB") : isOnlyAdverb(word))) {
      return;
    }
    int phrase = goesFirst(word) ? phraseStart(text, lineStart, noun) : noun;
    if (phrase >= 0) {
      out.add(Replacement.of(RULE, phrase, end, word + " " + text.substring(phrase, gap - 1) + "."));
    }
  }

  /**
   * A comparative, a superlative or an ordinal goes before every modifier of its noun ({@code a
   * hiring timeline. faster.}: {@code a faster hiring timeline}; {@code the alarm level. third.}:
   * {@code the third alarm level}), a noun right before the noun ({@code former workers.
   * shipyard.}: {@code former shipyard workers}).
   */
  private static boolean goesFirst(String word) {
    return EnglishWords.hasTag(word, "JJR") || EnglishWords.hasTag(word, "JJS") || EnglishWords.isOrdinal(word);
  }

  /**
   * The start of the noun phrase whose head starts at {@code noun}: the head and up to {@link
   * #MAX_MODIFIERS} lower-case nouns before it, after a determiner, a preposition or a possessive
   * ({@code a hiring timeline}, {@code the city's network}); -1 when no such word opens it.
   */
  private static int phraseStart(String text, int lineStart, int noun) {
    int start = noun;
    for (int modifiers = 0; ; modifiers++) {
      if (followsDeterminer(text, lineStart, start)) {
        return start;
      }
      int end = skipSpacesBack(text, lineStart, start);
      int before = lowercaseWordBack(text, lineStart, end);
      if (modifiers == MAX_MODIFIERS || end == start || before == end || before == lineStart
          || !Character.isWhitespace(text.charAt(before - 1)) || !EnglishWords.hasTagStarting(text.substring(before, end), "NN")) {
        return -1;
      }
      start = before;
    }
  }

  /** Whether the noun at {@code noun} follows a determiner, a preposition or a possessive ({@code a timeline}, {@code the city's network}). */
  private static boolean followsDeterminer(String text, int lineStart, int noun) {
    int end = skipSpacesBack(text, lineStart, noun);
    int start = end;
    while (start > lineStart && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    String word = text.substring(start, end);
    return MissingPeriodFixer.POSSESSIVE_NOUN.matcher(word).matches()
        || !word.isEmpty() && word.chars().allMatch(Character::isLetter) && EnglishWords.isLinking(word);
  }

  private static boolean isOnlyAdverb(String word) {
    Set<String> tags = EnglishWords.tags(word);
    return !tags.isEmpty() && tags.stream().allMatch(t -> t.startsWith("RB"));
  }

  /** The start of the run of spaces and tabs ending at {@code end}, not before {@code floor}. */
  private static int skipSpacesBack(String text, int floor, int end) {
    int i = end;
    while (i > floor && Document.isHorizontalSpace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** The start of the run of lowercase letters ending at {@code end}, not before {@code floor}. */
  private static int lowercaseWordBack(String text, int floor, int end) {
    int i = end;
    while (i > floor && Character.getType(text.charAt(i - 1)) == Character.LOWERCASE_LETTER) {
      i--;
    }
    return i;
  }
}
