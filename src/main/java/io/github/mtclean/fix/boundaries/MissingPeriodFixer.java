package io.github.mtclean.fix.boundaries;

import io.github.mtclean.Replacement;
import io.github.mtclean.fix.EnglishWords;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Puts back a sentence period MT dropped: {@code Vladimir Putin This month} becomes {@code Vladimir
 * Putin. This month}. The sign is a capitalised determiner or pronoun ({@code The}, {@code This},
 * {@code It}, {@code Their}) followed by a lower-case word, right after a word that can end a
 * clause: a noun, a name or a number, not a preposition, article, conjunction, modal or verb
 * ({@code told The}, {@code of The} are not sentence ends).
 */
final class MissingPeriodFixer extends ProseRule {
  static final String RULE = "boundaries/missing-period";

  MissingPeriodFixer() {
    super(RULE, "(?<![\\p{L}\\p{N}'\u2019.\\-/@&])([\\p{L}\\p{N}]{2,})\\h(\\p{Lu}\\p{Ll}+)\\h(\\p{Ll}+)\\b");
  }

  @Override
  Replacement repair(Matcher m, String text) {
    String before = m.group(1);
    String starter = m.group(2);
    if (!EnglishWords.isSentenceStarter(starter) || !EnglishWords.isKnown(m.group(3)) || !canEndClause(before, starter)) {
      return null;
    }
    return insert(m.end(1), ".");
  }

  /**
   * A name, a number, or a lower-case noun. A word that may also be a verb takes an object: a
   * pronoun after it ({@code see It}) is that object; a determiner ({@code the coast The storm}) is
   * not, since its noun phrase would not be capitalised.
   */
  private static boolean canEndClause(String word, String starter) {
    if (EnglishWords.isLinking(word) || EnglishWords.hasTag(word.toLowerCase(Locale.ROOT), "PRP")) {
      return false;
    }
    if (!Character.isLowerCase(word.charAt(0))) {
      return true;
    }
    if (!EnglishWords.isKnown(word) || !EnglishWords.hasTagStarting(word, "VB")) {
      return EnglishWords.isKnown(word);
    }
    String lower = starter.toLowerCase(Locale.ROOT);
    return EnglishWords.hasTagStarting(word, "NN") && !EnglishWords.hasTag(lower, "PRP")
        && (EnglishWords.hasTag(lower, "DT") || EnglishWords.hasTag(lower, "PRP$"));
  }
}
