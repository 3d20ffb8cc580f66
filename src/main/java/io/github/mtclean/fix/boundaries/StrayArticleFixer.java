package io.github.mtclean.fix.boundaries;

import io.github.mtclean.Replacement;
import io.github.mtclean.fix.EnglishWords;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Removes a capitalised {@code The} MT put between a modifier and its noun: {@code former The
 * British Ambassador} becomes {@code former British Ambassador}, {@code the club's The manager}
 * becomes {@code the club's manager}. The modifier is an adjective that is not also a past tense
 * ({@code called The Crown} introduces a name) or a preposition ({@code by The Beatles}), a determiner or possessive pronoun, or a common
 * noun's possessive. A name's possessive stays: {@code Tolkien's The Hobbit} is a title.
 */
final class StrayArticleFixer extends ProseRule {
  static final String RULE = "boundaries/stray-article";
  /** Classes that make a determiner-like word something else too: {@code that}, {@code her}, {@code both}. */
  private static final Set<String> NOT_ONLY_DETERMINER = Set.of("WDT", "WP", "PRP", "CC");

  StrayArticleFixer() {
    super(RULE, "(?<![\\p{L}\\p{N}'\u2019.\\-/@&])(\\p{L}+(?:['\u2019]s|s['\u2019])?)\\h+(The\\h+)(?=(\\p{L}))");
  }

  @Override
  Replacement repair(Matcher m, String text) {
    boolean capitalAfter = Character.isUpperCase(m.group(3).charAt(0));
    return isModifier(m.group(1), capitalAfter) ? replace(m, 2, "") : null;
  }

  /**
   * An adjective counts only before a capitalised word ({@code former The British Ambassador}):
   * before a lower-case one, {@code 26 million The country} is a sentence end that lost its period.
   */
  private static boolean isModifier(String word, boolean capitalAfter) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.equals("the")) {
      return false;
    }
    if (lower.endsWith("'s") || lower.endsWith("\u2019s") || lower.endsWith("s'") || lower.endsWith("s\u2019")) {
      return Character.isLowerCase(word.charAt(0));
    }
    var tags = EnglishWords.tags(lower);
    if (tags.contains("DT") || tags.contains("PRP$")) {
      return tags.stream().noneMatch(NOT_ONLY_DETERMINER::contains);
    }
    return capitalAfter && Character.isLowerCase(word.charAt(0)) && tags.contains("JJ")
        && !tags.contains("VBD") && !tags.contains("IN") && !tags.contains("RP");
  }
}
