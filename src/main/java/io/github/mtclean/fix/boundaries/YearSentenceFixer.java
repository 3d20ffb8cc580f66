package io.github.mtclean.fix.boundaries;

import io.github.mtclean.Replacement;
import io.github.mtclean.fix.EnglishWords;
import io.github.mtclean.text.Document;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back the period MT dropped before a year that opens a sentence as its subject: {@code the
 * programme was completed later than planned 2023 ended with a loss} becomes {@code planned. 2023
 * ended}. The word before is a past participle or past tense that ends a clause with a verb before
 * it, and the year's verb, right after it, is a finite verb and no noun ({@code ended}, {@code was}); a
 * word that may be a noun there ({@code the plan approved 2023 targets}) or a year inside a noun
 * phrase ({@code results for fiscal 2023 showed}, no verb before) leaves the text alone.
 */
final class YearSentenceFixer extends ProseRule {
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d(?![\\p{L}\\p{N}])");

  YearSentenceFixer() {
    super(MissingPeriodFixer.RULE, "(?<![\\p{L}\\p{N}'\u2019.\\-/@&])(\\p{Ll}{3,})\\h((?:19|20)\\d\\d)\\h(\\p{Ll}+)\\b");
  }

  /** The years after a lower-case letter and a space: most texts have few, found from the spaces. */
  @Override
  int[] anchors(Document doc) {
    String text = doc.text();
    int[] anchors = new int[0];
    for (int space = text.indexOf(' '); space >= 0; space = text.indexOf(' ', space + 1)) {
      int at = space + 1;
      if (space > 0 && Character.isLowerCase(text.charAt(space - 1)) && at + 4 <= text.length()
          && (text.startsWith("19", at) || text.startsWith("20", at)) && YEAR.matcher(text).region(at, text.length()).lookingAt()) {
        anchors = Arrays.copyOf(anchors, anchors.length + 1);
        anchors[anchors.length - 1] = at;
      }
    }
    return anchors;
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
