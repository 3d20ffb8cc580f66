package io.github.mtclean.fix.boundaries;

import io.github.mtclean.Replacement;
import io.github.mtclean.fix.EnglishWords;
import io.github.mtclean.text.Document;
import java.util.regex.Matcher;

/**
 * Puts back the period MT dropped before a year that opens a sentence as its subject: {@code the
 * programme was completed later than planned 2023 ended with a loss} becomes {@code planned. 2023
 * ended}. The word before is a past participle or past tense that ends a clause with a verb before
 * it, and the year's verb, right after it, is a finite verb and no noun ({@code ended}, {@code was}); a
 * word that may be a noun there ({@code the plan approved 2023 targets}) or a year inside a noun
 * phrase ({@code results for fiscal 2023 showed}, no verb before) leaves the text alone.
 */
final class YearSentenceFixer extends ProseRule {
  YearSentenceFixer() {
    super(MissingPeriodFixer.RULE, "(?<![\\p{L}\\p{N}'\u2019.\\-/@&])(\\p{Ll}{3,})\\h((?:19|20)\\d\\d)\\h(\\p{Ll}+)\\b");
  }

  /** Where a year may start after a lower-case letter and a space: most texts have few; the candidate pattern reads the year. */
  @Override
  int[] anchors(Document doc) {
    String text = doc.text();
    return positionsWhere(text, 2, i -> (text.charAt(i) == '1' && text.charAt(i + 1) == '9' || text.charAt(i) == '2' && text.charAt(i + 1) == '0')
        && text.charAt(i - 1) == ' ' && Character.isLowerCase(text.charAt(i - 2)));
  }

  @Override
  Replacement repair(Matcher m, Document doc) {
    String text = doc.text();
    String before = m.group(1);
    String verb = m.group(3);
    boolean closes = (EnglishWords.hasTag(before, "VBN") || EnglishWords.hasTag(before, "VBD")) && !EnglishWords.isLinking(before)
        && hasFiniteReadingBefore(text, m.start(1));
    boolean opens = PluralSubject.isFinite(verb) && !EnglishWords.hasTagStarting(verb, "NN");
    return closes && opens ? insert(m.end(1), ".") : null;
  }
}
