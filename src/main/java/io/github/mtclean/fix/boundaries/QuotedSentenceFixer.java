package io.github.mtclean.fix.boundaries;

import io.github.mtclean.Replacement;
import io.github.mtclean.fix.EnglishWords;
import io.github.mtclean.fix.punctuation.QuoteMarks;
import io.github.mtclean.text.Document;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/**
 * Puts back the period MT dropped before a quotation that is a sentence of its own: {@code he
 * had replaced half of his coffee with durian in 2022 "A kilo of durian brings me more," he
 * said} becomes {@code in 2022. "A kilo}. The word before ends a clause (a noun, a number, or a
 * name's last word: {@code the chair of Universities North “What nobody expected}),
 * and the quotation reads as speech, not a title: five words or more, most in lower case, ending
 * in a sentence mark or comma inside its closing quote. A verb that takes speech just before it
 * ({@code told reporters "We will}) introduces it instead, unless it is the attribution of a
 * quotation before ({@code fix it,” the attorney said outside the courthouse “The jury saw that.”}),
 * after which a quotation of two words will do if one is a finite verb in lower case.
 */
final class QuotedSentenceFixer extends ProseRule {
  private static final String CLOSERS = "\"\u201D";
  /** A quotation this long or longer, in words, is speech rather than a title. */
  private static final int MIN_WORDS = 5;
  /** After a quotation's attribution ({@code said outside the courthouse “The jury saw that.”}), two will do if one is a finite verb. */
  private static final int MIN_WORDS_AFTER_ATTRIBUTION = 2;
  /** How far back the attribution's quotation may have closed. */
  private static final int MAX_ATTRIBUTION = 100;
  /** How far back a verb of saying introduces the quotation ({@code said in a statement "We}). */
  private static final int VERB_REACH = 5;
  /** A verb's forms that introduce a quotation ({@code banners reading}, {@code a sign marked}); a plural's {@code VBZ} reading does not count ({@code the autumn rains}). */
  private static final Set<String> QUOTING_FORMS = Set.of("VB", "VBG", "VBD", "VBN", "MD");
  /** The classes of a word before which a noun that is also a verb's base form is the noun ({@code a dangerous signal}). */
  private static final Set<String> NOUN_MODIFIERS = Set.of("DT", "JJ", "PRP$");
  /** The quotation's end is looked for within this many chars. */
  private static final int MAX_QUOTE = 600;

  private final Set<String> clauseVerbs;

  QuotedSentenceFixer(Set<String> clauseVerbs) {
    super(MissingPeriodFixer.RULE, "(?<![\\p{L}\\p{N}'\u2019.\\-/@&])([\\p{L}\\p{N}]{2,})\\h([\"\u201C])(\\p{Lu}\\p{Ll}*)\\h");
    this.clauseVerbs = clauseVerbs.stream().map(v -> v.replace(MissingPeriodFixer.TAKES_OBJECT, "")).collect(Collectors.toUnmodifiableSet());
  }

  /** An opening double quote after a space, right before a capital: read from the quote rules' scan of the marks. */
  @Override
  int[] anchors(Document doc) {
    String text = doc.text();
    return Arrays.stream(QuoteMarks.in(doc)).filter(i -> i > 0 && i + 1 < text.length() && (text.charAt(i) == '"' || text.charAt(i) == '\u201C')
        && text.charAt(i - 1) == ' ' && Character.isUpperCase(text.charAt(i + 1))).toArray();
  }

  @Override
  Replacement repair(Matcher m, Document doc) {
    String text = doc.text();
    String before = m.group(1);
    boolean lower = Character.isLowerCase(before.charAt(0)) || Character.isDigit(before.charAt(0));
    boolean name = Character.isUpperCase(before.charAt(0)) && !startsSentence(tokenBefore(text, m.start(1))); // the chair of Universities North “What
    if (!lower && !name || lower && !(Character.isDigit(before.charAt(0)) || EnglishWords.hasTagStarting(before, "NN") && !EnglishWords.isLinking(before))
        || EnglishWords.tags(before).stream().anyMatch(QUOTING_FORMS::contains) && !isNounAfterModifier(text, m.start(1), before) // banners reading "Without
        || (inAttribution(text, m.start(1)) ? !isSpeech(text, m.start(2) + 1, true)
            : !isSpeech(text, m.start(2) + 1, false) || followsVerbOfSaying(text, m.start(1)))) {
      return null;
    }
    return insert(m.end(1), ".");
  }

  /**
   * Whether {@code word}, a noun that is also a verb's base form, stands after a determiner or an
   * adjective, where it is the noun ({@code a dangerous signal "Every}, {@code the access “My}); its
   * other verb forms introduce a quotation wherever they stand ({@code banners reading "Without}).
   */
  private static boolean isNounAfterModifier(String text, int start, String word) {
    Set<String> tags = EnglishWords.tags(word);
    Token previous = tokenBefore(text, start);
    return tags.contains("NN") && tags.stream().filter(QUOTING_FORMS::contains).allMatch("VB"::equals)
        && previous != null && isLowerWord(previous.text()) && NOUN_MODIFIERS.stream().anyMatch(t -> EnglishWords.hasTag(previous.text(), t));
  }

  /**
   * Whether the words before {@code at} are the attribution of a quotation that closed with a
   * comma or a mark earlier in the sentence ({@code fix it,” the cooperative’s attorney said
   * outside the courthouse}): its verb has its speech, so a quotation after them starts anew.
   */
  private static boolean inAttribution(String text, int at) {
    for (int i = at - 1; i > 0 && at - i <= MAX_ATTRIBUTION; i--) {
      char c = text.charAt(i);
      if (c == '\n' || c == '.' || c == '!' || c == '?') {
        return false;
      }
      if (CLOSERS.indexOf(c) >= 0) {
        return ",!?".indexOf(text.charAt(i - 1)) >= 0;
      }
    }
    return false;
  }

  /**
   * Whether the quotation opening before {@code start} ends in {@code .,!?} inside and has most of
   * its words in lower case: five words or more, or, {@code afterAttribution}, two or more with a
   * finite verb in lower case, which a title in title case lacks ({@code the song “Born in the USA.”}).
   */
  private static boolean isSpeech(String text, int start, boolean afterAttribution) {
    int limit = Math.min(text.length(), start + MAX_QUOTE);
    int close = start;
    while (close < limit && CLOSERS.indexOf(text.charAt(close)) < 0 && text.charAt(close) != '\n') {
      close++;
    }
    if (close == limit || text.charAt(close) == '\n' || ".,!?".indexOf(text.charAt(close - 1)) < 0) {
      return false;
    }
    String[] words = text.substring(start, close).trim().split("\\s+");
    long lowerCase = Arrays.stream(words).filter(w -> !w.isEmpty() && Character.isLowerCase(w.charAt(0))).count();
    boolean enough = afterAttribution ? words.length >= MIN_WORDS_AFTER_ATTRIBUTION
        && Arrays.stream(words).map(w -> w.replaceAll("\\P{L}+$", "")).anyMatch(w -> isLowerWord(w) && PluralSubject.isFinite(w))
        : words.length >= MIN_WORDS;
    return enough && 2 * lowerCase >= words.length;
  }

  /** Whether a verb that takes speech stands among the few words before {@code at} in its sentence ({@code told reporters}). */
  private boolean followsVerbOfSaying(String text, int at) {
    Token t = tokenBefore(text, at);
    for (int k = 0; t != null && k < VERB_REACH && !t.text().matches(".*[.!?:]"); k++, t = tokenBefore(text, t.start())) {
      for (String lemma : EnglishWords.lemmas(t.text().toLowerCase(Locale.ROOT))) {
        if (clauseVerbs.contains(lemma)) {
          return true;
        }
      }
    }
    return false;
  }
}
