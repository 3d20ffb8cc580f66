package io.github.mtclean.fix.boundaries;

import io.github.mtclean.Replacement;
import io.github.mtclean.fix.EnglishWords;
import io.github.mtclean.text.Document;
import java.util.regex.Matcher;

/**
 * Removes a period MT moved between a verb and the figure that is its object or measure: {@code
 * the tariff rose. 14 percent in the first year, according to the committee} becomes {@code rose
 * 14 percent}. The word before the period is a past tense or participle in lower case, and the
 * words from the figure to the sentence's end hold no word that may be a finite verb: they are no
 * sentence of their own ({@code Prices rose. 14 people lost their jobs} is two).
 */
final class PeriodBeforeFigureFixer extends ProseRule {
  static final String RULE = "boundaries/period-before-figure";

  PeriodBeforeFigureFixer() {
    super(RULE, "(\\p{Ll}{2,})(\\.)\\h\\p{N}[\\p{N},.]*%?\\h\\p{Ll}");
  }

  /** The periods after a lower-case letter and before a space and a digit. */
  @Override
  int[] anchors(Document doc) {
    String text = doc.text();
    return positionsWhere(text, 1, i -> text.charAt(i) == '.' && text.charAt(i + 1) == ' ' && i + 2 < text.length()
        && Character.isDigit(text.charAt(i + 2)) && Character.isLowerCase(text.charAt(i - 1)));
  }

  /** The candidate starts at the word before the period. */
  @Override
  int candidateStart(String text, int anchor, int from) {
    int i = anchor;
    while (i > from && Character.isLowerCase(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  @Override
  Replacement repair(Matcher m, Document doc) {
    String verb = m.group(1);
    boolean afterVerb = (EnglishWords.hasTag(verb, "VBD") || EnglishWords.hasTag(verb, "VBN")) && !EnglishWords.isLinking(verb);
    return afterVerb && !hasFiniteReadingAfter(doc.text(), m.end(2)) ? replace(m, 2, "") : null;
  }

  /** Whether a lower-case word that may be a finite verb follows {@code at} before its sentence ends. */
  private static boolean hasFiniteReadingAfter(String text, int at) {
    for (Token t = tokenAfter(text, at); t != null; t = tokenAfter(text, t.end())) {
      String bare = t.text().replaceAll("[,;:.!?\"'\u201D\u2019)]+$", "");
      if (isLowerWord(bare) && PluralSubject.isFinite(bare)) {
        return true;
      }
      if (endsSentence(t.text()) && !bare.matches("\\p{N}[\\p{N},.]*") || t.text().contains("\n")) {
        return false;
      }
    }
    return false;
  }
}
