package io.github.mtclean.fix.boundaries;

import static io.github.mtclean.fix.boundaries.ProseRule.isLowerWord;
import static io.github.mtclean.fix.boundaries.ProseRule.tokenAfter;
import static io.github.mtclean.fix.boundaries.ProseRule.tokenBefore;

import io.github.mtclean.fix.EnglishWords;
import io.github.mtclean.fix.boundaries.ProseRule.Token;
import java.util.Locale;
import java.util.Set;

/**
 * A capitalised common noun, a lower-case plural and a finite verb ({@code Energy experts
 * estimate}, {@code Oil prices rose}) start a sentence whose period MT dropped, when the words
 * before already make a clause: a lower-case noun ends them and their sentence has a verb that is
 * only a verb ({@code are near the end of their working life Energy experts estimate}). Inside a
 * sentence such a noun is written in lower case ({@code county health officials said}), and in a
 * name the plural is capitalised too ({@code Energy Department officials}); before the sentence's
 * first verb the words may be a phrase fronted without a comma ({@code After the election Labour
 * voters stayed home}), so they do not count.
 */
final class ModifiedSubject {
  private ModifiedSubject() {}

  /** {@code Energy}: capitalised, lower case after, a common noun the tagger knows in lower case, and no name. */
  static boolean isCandidate(String word) {
    if (word.length() < 3 || !ProseRule.isCapitalisedWord(word)) {
      return false;
    }
    Set<String> tags = EnglishWords.tags(word.toLowerCase(Locale.ROOT));
    return tags.contains("NN") && !tags.contains("NNP") && !EnglishWords.tags(word).contains("NNP");
  }

  /**
   * Whether {@code noun}, after the lower-case noun {@code before} (which starts at {@code
   * beforeStart}) and followed by the plural {@code plural} (ending at {@code pluralEnd}), starts a
   * sentence.
   */
  static boolean startsSentence(String text, int beforeStart, String before, String noun, String plural, int pluralEnd) {
    Token verb = tokenAfter(text, pluralEnd);
    return isCandidate(noun) && isLowerWord(before) && EnglishWords.hasTagStarting(before, "NN")
        && EnglishWords.hasTag(plural, "NNS") && !isOnlyVerb(plural)
        && verb != null && isLowerWord(verb.text()) && PluralSubject.isFinite(verb.text())
        && sentenceHasVerb(text, beforeStart);
  }

  /**
   * Whether a word before {@code at}, in its sentence, is a finite verb: only a verb ({@code was},
   * {@code said}), a form of be ({@code are} is a unit too), or a verb reading after its subject;
   * not a relative clause's ({@code who loved}).
   */
  static boolean sentenceHasVerb(String text, int at) {
    return ProseRule.inSentenceBefore(text, at, t -> isFiniteVerb(text, t) && !opensRelativeClause(text, t));
  }

  /** Whether {@code t} is a finite verb: only a verb ({@code was}, {@code said}), a form of be, or a verb reading after its subject. */
  static boolean isFiniteVerb(String text, Token t) {
    String bare = t.text().replaceFirst("[,;:]$", "").toLowerCase(Locale.ROOT);
    return PluralSubject.isFinite(bare) && (isOnlyVerb(bare) || EnglishWords.lemmas(bare).contains("be") || followsSubject(text, t));
  }

  /** Whether a relative pronoun comes right before {@code t}: the verb of {@code Fans who loved the band} is not the sentence's. */
  private static boolean opensRelativeClause(String text, Token t) {
    Set<String> tags = ProseRule.tagsBefore(text, t);
    return tags.contains("WP") || tags.contains("WDT");
  }

  /** Whether a noun or pronoun, not a determiner, comes before {@code t}: {@code The storm cut}, where cut is a verb. */
  private static boolean followsSubject(String text, Token t) {
    Set<String> tags = ProseRule.tagsBefore(text, t);
    return (tags.contains("NN") || tags.contains("NNS") || tags.contains("PRP")) && !tags.contains("DT") && !tags.contains("PRP$");
  }

  static boolean isOnlyVerb(String word) {
    Set<String> tags = EnglishWords.tags(word);
    return !tags.isEmpty() && tags.stream().allMatch(t -> t.startsWith("VB") || t.equals("MD"));
  }
}
