package io.github.mtclean.fix.boundaries;

import static io.github.mtclean.fix.boundaries.ProseRule.isLowerWord;
import static io.github.mtclean.fix.boundaries.ProseRule.tokenAfter;
import static io.github.mtclean.fix.boundaries.ProseRule.tokenBefore;

import io.github.mtclean.fix.EnglishWords;
import io.github.mtclean.text.Document;
import io.github.mtclean.fix.boundaries.ProseRule.Token;
import java.util.Locale;
import java.util.Set;

/**
 * A capitalised common plural and a finite verb ({@code Analysts blamed}, {@code Investors now
 * expect}) start a sentence whose period MT dropped, when the words before them close a time or
 * measure phrase: {@code on Monday}, {@code late on Friday night}, {@code climbed 3 percent},
 * {@code after six hours}, {@code with burns}, {@code years ago}; or when they close a clause that
 * has its verb ({@code the plant closed last month Workers said}) and do not report speech. Anywhere
 * else such a word is more likely part of a name ({@code Senate Democrats said}, {@code the
 * opposition Democrats}); and names of peoples and
 * parties the tagger knows ({@code Republicans}, {@code Palestinians}) never count. A plural name
 * reading on a word that is also a verb ({@code Doctors}) is some name's, not a people's.
 */
final class PluralSubject {
  /** The forms of {@code be} that make a passive of the participle after them. */
  static final Set<String> BE_FORMS = Set.of("be", "been", "being", "is", "are", "was", "were");
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

  private PluralSubject() {}

  /** Plurals without an s ({@code the maintenance Staff work instead}). */
  private static final Set<String> IRREGULAR_PLURALS = Set.of("Staff", "Police", "People", "Children", "Women", "Men", "Personnel");

  /** {@code Analysts}: capitalised, lower case after, a plural common noun and not a people's or party's name. */
  static boolean isCandidate(String word) {
    int n = word.length();
    boolean plural = n >= 4 && word.charAt(n - 1) == 's' || IRREGULAR_PLURALS.contains(word);
    if (!plural || !ProseRule.isCapitalisedWord(word)) {
      return false;
    }
    Set<String> tags = EnglishWords.tags(word);
    boolean peoplesName = tags.contains("NNPS") && !tags.contains("VBZ");
    return tags.contains("NNS") && !peoplesName && !tags.contains("NNP");
  }

  /** Whether {@code plural}, after {@code before} (which starts at {@code beforeStart}) and followed by {@code next}, starts a sentence. */
  static boolean startsSentence(String text, int beforeStart, String before, String plural, String next, int nextEnd) {
    return isCandidate(plural) && isFiniteVerbAt(text, next, nextEnd) && closesTimeOrMeasure(text, beforeStart, before);
  }

  /**
   * Whether {@code plural} starts a sentence after {@code before}, a lower-case noun ending a
   * sentence that already has its finite verb ({@code the mill closed last month Workers said});
   * not a people's or party's name, nor after a number, which may make the words one phrase
   * ({@code after 30 opposition Democrats voted}).
   */
  static boolean startsAfterClause(String text, int beforeStart, String before, String plural, String next, int nextEnd) {
    Token previous = tokenBefore(text, beforeStart);
    return isCandidate(plural) && !EnglishWords.hasTag(plural, "NNPS") && isFiniteVerbAt(text, next, nextEnd)
        && isLowerWord(before) && EnglishWords.hasTagStarting(before, "NN")
        && (previous == null || !isQuantity(previous.text())) // after 30 opposition Democrats voted: one phrase
        && ModifiedSubject.sentenceHasVerb(text, beforeStart);
  }

  /** Lower-case words a preposition's phrase between a plural and its verb may have ({@code Sales through online platforms accounted}). */
  private static final int MAX_PHRASE_WORDS = 6;

  /**
   * {@code blamed}, {@code say}, {@code will}, or an adverb and then one of those ({@code now
   * expect}), {@code who} and one of those ({@code who planted}), or a preposition's phrase of
   * lower-case words, maybe with commas, and then one of those that is no plural noun ({@code in
   * the central streets have risen}, {@code in the eastern villages, however, say}).
   */
  private static boolean isFiniteVerbAt(String text, String word, int end) {
    if (isFinite(word)) {
      return true;
    }
    if (word.equals("who")) { // Farmers who planted early: a relative clause says the plural is a subject
      Token after = tokenAfter(text, end);
      return after != null && isLowerWord(after.text()) && isFinite(after.text());
    }
    if (EnglishWords.hasTag(word, "IN") && !EnglishWords.hasTag(word, "CC") && !EnglishWords.hasTag(word, "WDT")) {
      Token t = tokenAfter(text, end);
      for (int words = 0; t != null && words < MAX_PHRASE_WORDS; words++, t = tokenAfter(text, t.end())) {
        String w = t.text().endsWith(",") ? t.text().substring(0, t.text().length() - 1) : t.text();
        if (!isLowerWord(w.replace("-", "")) || EnglishWords.hasTag(w, "WP") || EnglishWords.hasTag(w, "WDT")) {
          return false; // a name, or a relative clause's verb (Residents of the village, who say)
        }
        if (words > 0 && isFinite(w) && !EnglishWords.hasTag(w, "NNS")) {
          return true;
        }
      }
      return false;
    }
    Set<String> tags = EnglishWords.tags(word);
    Token after = tokenAfter(text, end);
    return tags.contains("RB") && tags.stream().noneMatch(t -> t.startsWith("VB"))
        && after != null && isLowerWord(after.text()) && isFinite(after.text());
  }

  /**
   * Whether a participle after {@code previous} is a passive's: a form of {@code be} before it,
   * maybe across other participles joined by {@code and} or {@code or} ({@code to be replaced or
   * strengthened}), or an adverb in -ly ({@code are totally destroyed}).
   */
  static boolean isPassive(String text, Token previous) {
    for (Token t = previous; t != null; t = tokenBefore(text, t.start())) {
      String word = t.text().toLowerCase(Locale.ROOT);
      if (BE_FORMS.contains(word)) {
        return true;
      }
      boolean joins = word.equals("and") || word.equals("or") || word.endsWith("ly") && EnglishWords.hasTag(word, "RB");
      if (!joins && !(isLowerWord(word) && EnglishWords.hasTag(word, "VBN"))) {
        return false;
      }
    }
    return false;
  }

  /** A finite verb's reading: past, present, or a modal. */
  static boolean isFinite(String word) {
    return EnglishWords.tags(word).stream().anyMatch(FINITE::contains);
  }

  /** Words that close a time phrase after its noun: {@code fifteen years ago}, {@code a decade earlier}, {@code two days later}. */
  static final Set<String> POSTPOSITIONS = Set.of("ago", "earlier", "later");
  /** Words that make a unit of time a time phrase of its own ({@code last season}, {@code this week}, {@code the same day}). */
  private static final Set<String> DEICTIC = Set.of("last", "this", "next", "same", "previous", "following");
  /** Verbs of saying that a name's sentence opens with ({@code Dawson said}). */
  private static final Set<String> REPORTING = Set.of("said", "says", "added", "told", "noted", "warned");

  /**
   * Whether {@code name}, a capitalised word the tagger knows at most as a proper noun, and a verb of
   * saying after it start a sentence after a time phrase that {@code before} closes ({@code
   * captained the side twice last season Dawson said}): no name's title or apposition follows a
   * time phrase, so the name is the next sentence's subject.
   */
  static boolean startsNamedSentence(String text, int beforeStart, String before, String name, String next) {
    return isReporting(next) && isNameCandidate(name) && closesTimeOrMeasure(text, beforeStart, before);
  }

  /** A verb of saying in the past or present ({@code said}, {@code says}, {@code told}). */
  static boolean isReporting(String word) {
    return REPORTING.contains(word);
  }

  /**
   * Whether a space and a verb of saying, a word of its own, follow {@code end}, read in place: asked of every
   * capitalised word, so it cuts no token out of the text.
   */
  static boolean isReportingAt(String text, int end) {
    if (end >= text.length() || !Document.isHorizontalSpace(text.charAt(end))) {
      return false;
    }
    for (String verb : REPORTING) {
      int after = end + 1 + verb.length();
      if (text.startsWith(verb, end + 1) && (after == text.length() || Character.isWhitespace(text.charAt(after)))) {
        return true;
      }
    }
    return false;
  }

  /** A capitalised word, lower case after, that the tagger knows as no common word ({@code Dawson}; not {@code Officials}, {@code May}). */
  static boolean isNameCandidate(String word) {
    return word.length() >= 3 && ProseRule.isCapitalisedWord(word)
        && !LocaleNames.isWeekdayOrMonth(word) && EnglishWords.tags(word).stream().allMatch("NNP"::equals)
        && EnglishWords.tags(word.toLowerCase(Locale.ROOT)).isEmpty();
  }

  /** Units of time, in the singular, that {@link #POSTPOSITIONS} may follow ({@code a decade earlier}). */
  private static final Set<String> TIME_UNITS = Set.of("minute", "hour", "day", "week", "month", "season", "year", "decade", "century");

  /** Whether a postposition closes a time phrase after {@code previous}: a plural or a unit of time ({@code years ago}, {@code a decade earlier}). */
  static boolean closesPostposition(Token previous) {
    return previous != null && isLowerWord(previous.text())
        && (EnglishWords.hasTag(previous.text(), "NNS") || TIME_UNITS.contains(previous.text()));
  }

  private static boolean closesTimeOrMeasure(String text, int start, String word) {
    Token previous = tokenBefore(text, start);
    if (LocaleNames.isWeekdayOrMonth(word) || isYear(word)) { // on Monday, in 2021
      return closesPrepositionalPhrase(text, previous, false);
    }
    if (POSTPOSITIONS.contains(word)) {
      return closesPostposition(previous);
    }
    if (!isLowerWord(word) || !EnglishWords.hasTagStarting(word, "NN") || previous == null) {
      return false;
    }
    boolean plural = EnglishWords.hasTag(word, "NNS");
    if (DEICTIC.contains(previous.text()) && (TIME_UNITS.contains(word) || plural && TIME_UNITS.contains(word.substring(0, word.length() - 1)))) {
      return true; // last season, this week, next year
    }
    if (LocaleNames.isWeekdayOrMonth(previous.text())) { // Friday night
      return closesPrepositionalPhrase(text, tokenBefore(text, previous.start()), false);
    }
    if (isQuantity(previous.text())) { // climbed 3 percent, after six hours
      Token governor = tokenBefore(text, previous.start());
      return governor != null && isLowerWord(governor.text())
          && (EnglishWords.hasTagStarting(governor.text(), "VB") || closesPrepositionalPhrase(text, governor, plural));
    }
    return plural && closesPrepositionalPhrase(text, previous, true); // with burns
  }

  /**
   * {@code preposition} is a lower-case preposition, not right after a verb that is only a verb:
   * in {@code said on Tuesday Democrats had}, the words after the time phrase are what was said.
   * A preposition that may also be a conjunction may start a clause instead ({@code after Friday
   * Prayers ended}, {@code after 30 opposition Democrats voted}), so it counts only before a plural
   * head, which modifies nothing after it ({@code after six hours}). A passive's participle is no
   * such verb ({@code will be paid in May Farmers can}); a clause verb's passive ({@code it was
   * announced on Monday Democrats had}) is the missing-period rule's to judge.
   */
  private static boolean closesPrepositionalPhrase(String text, Token preposition, boolean pluralHead) {
    if (preposition == null || !isLowerWord(preposition.text())) {
      return false;
    }
    Set<String> own = EnglishWords.tags(preposition.text());
    if (!own.contains("IN") || own.contains("CC") && !pluralHead) {
      return false;
    }
    Token before = tokenBefore(text, preposition.start());
    if (before == null) {
      return true;
    }
    Set<String> tags = EnglishWords.tags(before.text().toLowerCase(Locale.ROOT));
    if (tags.contains("CC") && isLowerWord(before.text())) {
      return false; // the seat, and in May Police arrested: a time phrase fronted in the next clause
    }
    boolean finiteVerb = tags.contains("VBD") || tags.contains("VBZ");
    boolean passive = tags.contains("VBN") && isPassive(text, tokenBefore(text, before.start()));
    return !finiteVerb || passive || tags.contains("NN") || tags.contains("NNS"); // will be paid in May Farmers can: a passive takes no clause
  }

  /** A year in figures ({@code 2021}). */
  private static boolean isYear(String token) {
    return token.length() == 4 && token.chars().allMatch(Character::isDigit);
  }

  /** A number in figures ({@code 3}, {@code 4.5}, {@code 200,000}) other than a year, or in words ({@code six}). */
  private static boolean isQuantity(String token) {
    if (Character.isDigit(token.charAt(0))) {
      return !isYear(token) && token.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',');
    }
    return isLowerWord(token) && EnglishWords.hasTag(token, "CD");
  }
}
