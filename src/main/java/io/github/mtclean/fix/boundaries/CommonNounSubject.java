package io.github.mtclean.fix.boundaries;

import static io.github.mtclean.fix.boundaries.ProseRule.isLowerWord;
import static io.github.mtclean.fix.boundaries.ProseRule.tokenAfter;

import io.github.mtclean.fix.EnglishWords;
import io.github.mtclean.fix.boundaries.ProseRule.Token;
import java.util.Locale;
import java.util.Set;

/**
 * A capitalised singular common noun, or a participle before a noun, that starts a sentence whose
 * period MT dropped ({@code demand has collapsed Construction has slowed}, {@code according to
 * district figures Rainfall last winter was}, {@code new flat glass Recovered silicon will be}):
 * the sentence before has its finite verb, the noun is no name (the tagger
 * knows no proper noun of that spelling, no institution is called so, and the text does not
 * capitalise it elsewhere mid-sentence: the chain's anchors skip such terms), and its predicate
 * follows within a few lower-case words. After a verb the noun might be its object ({@code has sued
 * Subway over claims it misled}), so there the predicate must come right after it.
 */
final class CommonNounSubject {
  /** Lower-case words the subject may run on for before its verb ({@code State fire marshal investigators were}). */
  private static final int MAX_SUBJECT_WORDS = 4;

  private final Set<String> institutions;

  CommonNounSubject(Set<String> institutions) {
    this.institutions = institutions;
  }

  /**
   * Whether {@code word} is a capitalised past participle that modifies the lower-case noun after
   * it ({@code Recovered silicon will be sold}, {@code Injured workers were}): a subject as a noun is.
   */
  private static boolean isParticipleBeforeNoun(String text, String word, int end) {
    Token next = tokenAfter(text, end);
    return isParticipleCandidate(word) && next != null && isLowerWord(next.text()) && EnglishWords.hasTagStarting(next.text(), "NN")
        && !EnglishWords.hasTag(next.text(), "VBD") && !EnglishWords.hasTag(next.text(), "VBN");
  }

  /** A capitalised word that may be a past participle and no name: {@code Recovered}, {@code Injured}. */
  static boolean isParticipleCandidate(String word) {
    return word.length() > 3 && ProseRule.isCapitalisedWord(word)
        && EnglishWords.hasTag(word.toLowerCase(Locale.ROOT), "VBN") && EnglishWords.tags(word).stream().noneMatch("NNP"::equals);
  }

  /** Whether {@code word}, in lower case, is the head noun of a public body or office ({@code ministry}). */
  boolean isInstitution(String word) {
    return institutions.contains(word);
  }

  /** Whether {@code noun}, ending at {@code nounEnd}, starts a sentence after {@code before}, which starts at {@code beforeStart}. */
  boolean startsSentence(String text, int beforeStart, String before, String noun, int nounEnd) {
    boolean participle = !ModifiedSubject.isCandidate(noun) && isParticipleBeforeNoun(text, noun, nounEnd);
    if (!ModifiedSubject.isCandidate(noun) && !participle || EnglishWords.hasTag(noun.toLowerCase(Locale.ROOT), "NNS")
        || institutions.contains(noun.toLowerCase(Locale.ROOT))
        || !isLowerWord(before) || !EnglishWords.isKnown(before) || EnglishWords.isLinking(before)
        || EnglishWords.hasTag(before, "PRP") || !ModifiedSubject.sentenceHasVerb(text, beforeStart)) {
      return false;
    }
    int words = ModifiedSubject.isOnlyVerb(before) ? 1 : MAX_SUBJECT_WORDS + 1;
    Token t = tokenAfter(text, nounEnd);
    for (int k = 0; k < words && t != null && isLowerWord(t.text()); k++, t = tokenAfter(text, t.end())) {
      if (PluralSubject.isFinite(t.text()) && (participle || k > 0 || !EnglishWords.hasTag(t.text(), "NNS"))) { // fine Merino types: a plural after the noun is its head
        return true;
      }
    }
    return false;
  }
}
