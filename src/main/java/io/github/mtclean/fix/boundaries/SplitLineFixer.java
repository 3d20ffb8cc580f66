package io.github.mtclean.fix.boundaries;

import io.github.mtclean.Fixer;
import io.github.mtclean.Replacement;
import io.github.mtclean.fix.EnglishWords;
import io.github.mtclean.fix.LowerCaseNames;
import io.github.mtclean.text.Document;
import io.github.mtclean.text.Document.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins a sentence broken across lines: a line of running prose that stops mid-clause (no closing
 * punctuation) and the next line, when that one starts in lower case or the first ends in a word
 * that cannot end a clause ({@code of}, {@code the}, {@code would}). A lone capitalised starter
 * left on a line of its own between the halves ({@code and} / {@code The} / {@code opposition}) is
 * lower-cased into the sentence. A text with more than a couple of such breaks is wrapped on
 * purpose (plain-text mail, old wire copy) and is left alone.
 */
final class SplitLineFixer implements Fixer {
  static final String RULE = "boundaries/split-line";
  private static final int MIN_WORDS = 6;
  private static final int MAX_BREAKS = 2;
  /** A stanza or a fact box: this many lines or more between blank lines, each this short. */
  private static final int MIN_BLOCK_LINES = 3;
  private static final int MAX_SHORT_LINE_WORDS = 10;
  /** A date such as {@code Dec. 22, 2019} or {@code 4 March 2024}; month abbreviations from ICU. */
  private static final Pattern DATE = Pattern.compile(
      "\\b(?:" + LocaleNames.MONTH_ABBREVIATIONS + ")[a-z]*\\.? \\d{1,2},? \\d{4}\\b"
      + "|\\b\\d{1,2} (?:" + LocaleNames.MONTH_ABBREVIATIONS + ")[a-z]* \\d{4}\\b");

  /** {@code by Ralph Ellis, Faith Karimi and Natalie Gallon, CNN}: a line of capitalised names after "by". */
  private static final Pattern BYLINE = Pattern.compile(
      "\\h*by\\h+\\p{Lu}[\\p{L}.'\u2019-]*(?:(?:,?\\h+(?:and\\h+)?|\\h*[,|/\u2013\u2014-]\\h*)\\p{Lu}[\\p{L}.'\u2019-]*)*\\h*",
      Pattern.UNICODE_CHARACTER_CLASS);

  /** A line led by a label of one or two words and a colon ({@code Amber: be prepared}, {@code TOWER:}). */
  private static final Pattern LABEL = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}'\u2019-]*(?:\\h[\\p{L}\\p{N}'\u2019-]+)?:\\h.*");

  private static final String OPENING_QUOTES = "\"'\u201C\u2018";

  /** The end of a sentence inside a line: a mark, a space and a capital. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'\u201D\u2019)]*\\h+\\p{Lu}");

  @Override
  public List<String> ruleIds() {
    return List.of(RULE);
  }

  @Override
  public List<Replacement> fix(Document doc) {
    String text = doc.text();
    List<Line> lines = doc.lines();
    List<Replacement> joins = new ArrayList<>();
    for (int i = 0; i + 1 < lines.size(); i++) {
      Line first = lines.get(i);
      if (!stopsMidClause(text, first)) {
        continue;
      }
      Line next = lines.get(i + 1);
      if (isIndented(text, first) || isIndented(text, next) || BYLINE.matcher(next.content(text)).matches()
          || i > 0 && isListItem(text, lines.get(i - 1), first) || i > 1 && isVerse(text, lines.get(i - 1), first)
          || inShortLineBlock(text, lines, i) || inQuotationAfterColon(text, lines, i) || inVerseAfterColon(text, lines, i)
          || inListAfterColon(text, lines, i)) {
        continue; // list items, verse, quoted or code blocks, and a byline under a headline are laid out on purpose
      }
      if (LowerCaseNames.startsLines(doc, firstWord(text, next))) {
        continue; // zoomly to hire 300 / zoomly, the grocery app: a name spelled in lower case
      }
      String lone = next.content(text).strip();
      if (EnglishWords.isSentenceStarter(lone) && i + 2 < lines.size() && startsLowerCase(text, lines.get(i + 2))) {
        joins.add(join(text, first, lines.get(i + 2), " " + lone.toLowerCase(Locale.ROOT) + " "));
      } else if (startsLowerCase(text, next)
          || endsInLinkingWord(text, first) && startsWithWord(text, next) && !startsNewUnit(text, next)
              && !startsWithFunctionWord(text, next)
          || breaksQuotation(text, first, next)) {
        joins.add(join(text, first, next, " "));
      }
    }
    return joins.size() > MAX_BREAKS ? List.of() : joins;
  }

  /**
   * A lower-case line under a short line that also stops without punctuation is an item of a list
   * ({@code brown eyes} / {@code black, long hair with a ponytail} / {@code wearing a dark coat}):
   * had it been the rest of a sentence, the line above would have been long enough to join. So is
   * one under a line ending in a comma, semicolon or colon that was not joined: a line of verse
   * ({@code and the gulls keep count of the rest;} / {@code and the lights on the front ...}).
   */
  private static boolean isListItem(String text, Line above, Line line) {
    int end = contentEnd(text, above);
    return startsLowerCase(text, line) && end > above.start() && !stopsMidClause(text, above)
        && (Character.isLetterOrDigit(text.charAt(end - 1)) || ",;:".indexOf(text.charAt(end - 1)) >= 0);
  }

  /**
   * A capitalised line under a line that stops without punctuation and does not run on into it
   * ({@code Wake up, Balogun, the sun is on the stall} / {@code Pepper for the morning and salt for
   * us all}): lines of verse or a list, each ending where its layout does. The text's first line
   * is a headline, and does not count; a line longer than a verse's under a subheading is prose
   * ({@code From the lab to the forest} / {@code Other researchers said the results ... confirmed}).
   */
  private static boolean isVerse(String text, Line above, Line line) {
    int end = contentEnd(text, above);
    return end > above.start() && Character.isLetterOrDigit(text.charAt(end - 1)) && line.wordCount(text) <= MAX_SHORT_LINE_WORDS
        && !startsLowerCase(text, line) && !endsInLinkingWord(text, above);
  }

  /**
   * Whether line {@code i} is in a block of three or more short lines, of two words or more,
   * between blank lines, half of them or more starting in lower case: a stanza laid out so on
   * purpose, where a sentence broken by accident is one long line cut in two.
   */
  private static boolean inShortLineBlock(String text, List<Line> lines, int i) {
    int first = i;
    while (first > 0 && !lines.get(first - 1).isBlank(text)) {
      first--;
    }
    int last = i;
    while (last + 1 < lines.size() && !lines.get(last + 1).isBlank(text)) {
      last++;
    }
    if (last - first + 1 < MIN_BLOCK_LINES) {
      return false;
    }
    int lowerCase = 0;
    for (int k = first; k <= last; k++) {
      int words = lines.get(k).wordCount(text);
      if (words > MAX_SHORT_LINE_WORDS || words < 2) {
        return false; // a line of one word is a starter MT broke off (and / The / road was reopened)
      }
      lowerCase += startsLowerCase(text, lines.get(k)) ? 1 : 0;
    }
    return 2 * lowerCase >= last - first + 1; // prose starts its sentences with capitals
  }

  /**
   * Whether line {@code i} is one of the short lines right under a line ending in a colon, the
   * first of them in lower case: verse quoted line by line (The title poem opens with lines
   * readers can recite: / the river is not in a hurry. / it has been here before the bridge / and
   * it will be here after.).
   */
  private static boolean inVerseAfterColon(String text, List<Line> lines, int i) {
    int first = i;
    while (first > 0 && !lines.get(first - 1).isBlank(text) && lines.get(first - 1).wordCount(text) <= MAX_SHORT_LINE_WORDS
        && text.charAt(contentEnd(text, lines.get(first - 1)) - 1) != ':') {
      first--;
    }
    return first > 0 && lines.get(i).wordCount(text) <= MAX_SHORT_LINE_WORDS && startsLowerCase(text, lines.get(first))
        && !lines.get(first - 1).isBlank(text) && text.charAt(contentEnd(text, lines.get(first - 1)) - 1) == ':';
  }

  /**
   * Whether line {@code i} is an item of a list under a line ending in a colon, however long: it
   * and the lines between start in lower case and end in no sentence mark or linking word ({@code
   * Key changes include:} / {@code spill data to be published within one hour} / {@code penalties
   * of up to £250,000 per day for late or missing reports} / {@code an annual independent audit}).
   * A line ending in {@code and} or {@code of} is a sentence broken across lines.
   */
  private static boolean inListAfterColon(String text, List<Line> lines, int i) {
    for (int k = i; k >= 0 && !lines.get(k).isBlank(text); k--) {
      char last = text.charAt(contentEnd(text, lines.get(k)) - 1);
      if (k < i && last == ':') {
        return true;
      }
      if (!startsLowerCase(text, lines.get(k)) || ".!?".indexOf(last) >= 0 || endsInLinkingWord(text, lines.get(k))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether line {@code i} is in a quotation the line before its first introduces with a colon
   * ({@code it is worth quoting whole:} / {@code “and the tide goes out like a debt repaid,} /
   * {@code and the gulls keep count}), not closed before line {@code i} ends: verse or a letter
   * quoted line by line.
   */
  private static boolean inQuotationAfterColon(String text, List<Line> lines, int i) {
    int closes = 0; // closing marks from line i up: one stands after the quotation's end
    for (int k = i; k >= 0 && !lines.get(k).isBlank(text); k--) {
      Line line = lines.get(k);
      int straight = 0;
      for (int c = line.start(); c < line.end(); c++) {
        closes += text.charAt(c) == '\u201D' ? 1 : 0;
        straight += text.charAt(c) == '"' ? 1 : 0;
      }
      boolean opens = OPENING_QUOTES.indexOf(text.charAt(firstNonSpace(text, line))) >= 0;
      if (opens) {
        int above = k - 1;
        while (above >= 0 && lines.get(above).isBlank(text)) {
          above--;
        }
        boolean open = text.charAt(firstNonSpace(text, line)) == '"' ? straight % 2 == 1 : closes == 0;
        return open && above >= 0 && text.charAt(contentEnd(text, lines.get(above)) - 1) == ':';
      }
      if (straight > 0 || closes > 0) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether {@code first} ends in a comma inside a quotation it opened, which {@code next} closes
   * before it opens another ({@code “We had bidders from Cumbria,} / {@code Northern Ireland and
   * even Brittany,” he said.}): one quoted sentence broken across lines.
   */
  private static boolean breaksQuotation(String text, Line first, Line next) {
    int end = contentEnd(text, first);
    if (text.charAt(end - 1) != ',' || !startsWithWord(text, next)) {
      return false;
    }
    int curly = 0;
    int straight = 0;
    for (int i = first.start(); i < end; i++) {
      char c = text.charAt(i);
      curly += c == '\u201C' ? 1 : c == '\u201D' ? -1 : 0;
      straight += c == '"' ? 1 : 0;
    }
    if (curly != 1 && !(curly == 0 && straight % 2 == 1)) {
      return false;
    }
    for (int i = next.start(); i < next.end(); i++) {
      char c = text.charAt(i);
      if (c == '\u201C' || c == '\u201D' || c == '"') {
        return c != '\u201C'; // a straight mark after an open one closes it
      }
    }
    return false;
  }

  /** Replaces the end of {@code first} (trailing spaces, line break) up to the first word of {@code last}. */
  private static Replacement join(String text, Line first, Line last, String with) {
    return Replacement.of(RULE, contentEnd(text, first), firstNonSpace(text, last), with);
  }

  private static boolean stopsMidClause(String text, Line line) {
    int end = contentEnd(text, line);
    if (end == line.start()) {
      return false;
    }
    char last = text.charAt(end - 1);
    int first = firstNonSpace(text, line);
    while (first < end - 1 && OPENING_QUOTES.indexOf(text.charAt(first)) >= 0) {
      first++; // a quotation broken across lines: "My parents married here, ... and my daughter / was baptised
    }
    boolean quoted = first > firstNonSpace(text, line); // a quoted line ending in a comma is verse
    return Character.isLetter(text.charAt(first)) // not a list item or a table row
        && (Character.isLetterOrDigit(last) || last == ',' && !quoted)
        && line.wordCount(text) >= MIN_WORDS
        && !ProseRule.isTitleCase(text, line.start(), end);
  }

  /**
   * A next line that is a unit of its own, not the rest of a sentence: a whole
   * sentence of its own, a line whose first sentence (of six words or more) ends on it, a line of
   * one word, a line led by a label ({@code Amber: be prepared}: the next entry of a key), or a
   * line holding a date ({@code Social Affairs Dec. 22, 2019}: a listing's metadata under a
   * cut-off teaser). A headline repeated above the story is gone by now
   * ({@code lines/repeated-line}). A line that starts with a number under one ending in a linking
   * word is that sentence's rest, however it ends ({@code stored for more than} / {@code 1,500
   * years, suggesting ...}).
   */
  private static boolean startsNewUnit(String text, Line next) {
    String line = next.content(text).strip();
    if (DATE.matcher(line).find() || LABEL.matcher(line).matches()) {
      return true;
    }
    char last = line.charAt(line.length() - 1);
    int words = next.wordCount(text);
    if (Character.isDigit(line.charAt(0))) {
      return words == 1;
    }
    if (words == 1 || words >= MIN_WORDS && (last == '.' || last == '!' || last == '?')) {
      return true; // one word is a menu entry or a heading; six or more ending a sentence, a sentence
    }
    Matcher end = SENTENCE_END.matcher(line); // or its first sentence is whole: the line above was cut off
    return end.find() && line.substring(0, end.start()).split("\\s+").length >= MIN_WORDS;
  }

  /** Starts with a capitalised function word ({@code In the final}, {@code The}): a sentence of its own, cut off above. */
  private static boolean startsWithFunctionWord(String text, Line line) {
    int at = firstNonSpace(text, line);
    int end = at;
    while (end < line.end() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    String word = text.substring(at, end);
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0))
        && (EnglishWords.isSentenceStarter(word) || EnglishWords.isLinking(word));
  }

  private static boolean isIndented(String text, Line line) {
    return line.end() > line.start() && Document.isHorizontalSpace(text.charAt(line.start()));
  }

  private static boolean endsInLinkingWord(String text, Line line) {
    int end = contentEnd(text, line);
    int start = end;
    while (start > line.start() && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return start < end && EnglishWords.isLinking(text.substring(start, end));
  }

  /** Starts with a lower-case word, not a list marker like {@code a)} or {@code ii.}. */
  private static boolean startsLowerCase(String text, Line line) {
    int at = firstNonSpace(text, line);
    int end = at;
    while (end < line.end() && Character.isLowerCase(text.charAt(end))) {
      end++;
    }
    return end > at && (end == line.end() || text.charAt(end) != ')' && text.charAt(end) != '.');
  }

  /** The letters and digits a line starts with, after its indent. */
  private static String firstWord(String text, Line line) {
    int at = firstNonSpace(text, line);
    int end = at;
    while (end < line.end() && Character.isLetterOrDigit(text.charAt(end))) {
      end++;
    }
    return text.substring(at, end);
  }

  private static boolean startsWithWord(String text, Line line) {
    int at = firstNonSpace(text, line);
    return at < line.end() && Character.isLetterOrDigit(text.charAt(at));
  }

  private static int contentEnd(String text, Line line) {
    int end = line.end();
    while (end > line.start() && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private static int firstNonSpace(String text, Line line) {
    int at = line.start();
    while (at < line.end() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    return at;
  }
}
