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
 * ({@code told The}, {@code of The} are not sentence ends). Or it is a capitalised common plural
 * and a finite verb after a time or measure phrase ({@code on Monday Analysts blamed}; see
 * {@link PluralSubject}).
 */
final class MissingPeriodFixer extends ProseRule {
  static final String RULE = "boundaries/missing-period";

  MissingPeriodFixer() {
    super(RULE, "(?<![\\p{L}\\p{N}'\u2019.\\-/@&])([\\p{L}\\p{N}]{2,})\\h(\\p{Lu}\\p{Ll}+)\\h(\\p{Ll}+)\\b");
  }

  @Override
  boolean isAnchorWord(String word) {
    return EnglishWords.isSentenceStarter(word) || PluralSubject.isCandidate(word);
  }

  @Override
  Replacement repair(Matcher m, String text) {
    String before = m.group(1);
    String starter = m.group(2);
    boolean starts = EnglishWords.isSentenceStarter(starter)
        ? EnglishWords.isKnown(m.group(3)) && canEndClause(before, starter, tokenBefore(text, m.start(1)))
        : PluralSubject.startsSentence(text, m.start(1), before, starter, m.group(3), m.end(3));
    return starts ? insert(m.end(1), ".") : null;
  }

  /**
   * A name, a number, or a lower-case noun. A word that may also be a verb takes an object: a
   * pronoun after it ({@code see It}) is that object; a determiner or {@code There} ({@code the
   * coast The storm}, {@code in a row There is}) is not, since it would not be capitalised; and
   * after a preposition or determiner it is a noun ({@code at dawn It carried}). A determiner that
   * is also a noun ({@code the second half He}) ends a clause before a personal pronoun, which no
   * determiner precedes.
   */
  private static boolean canEndClause(String word, String starter, Token previous) {
    String lower = starter.toLowerCase(Locale.ROOT);
    boolean personalPronoun = EnglishWords.hasTag(lower, "PRP");
    if (EnglishWords.isLinking(word) && !(personalPronoun && EnglishWords.isDeterminerNoun(word))
        || EnglishWords.hasTag(word.toLowerCase(Locale.ROOT), "PRP")) {
      return false;
    }
    if (!Character.isLowerCase(word.charAt(0))) {
      return true;
    }
    if (!EnglishWords.isKnown(word) || !EnglishWords.hasTagStarting(word, "VB")) {
      return EnglishWords.isKnown(word);
    }
    return EnglishWords.hasTagStarting(word, "NN")
        && (isNounPosition(previous) || !personalPronoun
            && (EnglishWords.hasTag(lower, "DT") || EnglishWords.hasTag(lower, "PRP$") || EnglishWords.hasTag(lower, "EX")));
  }

  /** After a lower-case preposition, determiner or possessive pronoun, where a verb cannot stand. */
  private static boolean isNounPosition(Token previous) {
    if (previous == null || !isLowerWord(previous.text())) {
      return false;
    }
    var tags = EnglishWords.tags(previous.text());
    return tags.contains("IN") && !tags.contains("TO") || tags.contains("DT") || tags.contains("PRP$");
  }
}
