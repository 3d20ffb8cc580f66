package io.github.mtclean.fix.punctuation;

import io.github.mtclean.Fixer;
import io.github.mtclean.Replacement;
import io.github.mtclean.text.Document;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Repairs quotation marks, pairing them within each paragraph (a run of non-blank lines):
 * foreign marks ({@code «» „“ ‹› »«}, and the CJK brackets {@code 「」 『』 《》 〈〉} around English words)
 * become English quotes in the document's own style (curly when it writes curly quotes or
 * apostrophes, else straight); a pair closed by the wrong mark ({@code “... »}) gets the right
 * closer; an opening mark left alone in the middle of a paragraph ({@code in February. ‘last
 * year}), or a straight one alone in its paragraph before a lower-case word, goes. Pairs that are
 * already English are never touched, nor are apostrophes ({@code Kim's}, {@code analysts’},
 * {@code ’90s}).
 */
public final class QuoteFixer implements Fixer {
  static final String FOREIGN = "punctuation/foreign-quotes";
  static final String WRONG_CLOSE = "punctuation/unpaired-close-quote";
  static final String STRAY_OPEN = "punctuation/unpaired-open-quote";

  private static final String FOREIGN_MARKS = "«»„‟‹›‚「」『』《》〈〉";
  /** Double quotes; the rest of {@link QuoteMarks#MARKS} are single ({@code 『』} quote within {@code 「」}, {@code 〈〉} within {@code 《》}). */
  private static final String DOUBLE_MARKS = "\"“”«»„‟「」《》";

  @Override
  public List<String> ruleIds() {
    return List.of(FOREIGN, WRONG_CLOSE, STRAY_OPEN);
  }

  @Override
  public List<Replacement> fix(Document doc) {
    String text = doc.text();
    int[] at = QuoteMarks.in(doc); // marks are rare: each question below reads only them
    if (!hasSuspectMark(text, at)) {
      return List.of(); // only foreign marks and odd pairings need work
    }
    int[] marks = styleMarks(text, at);
    boolean curly = marks[0] > marks[1];
    boolean styled = marks[0] != marks[1]; // the text shows its style: a mixed pair takes it
    boolean singleFirst = quotesWithSingleMarks(text, at);
    List<Replacement> out = new ArrayList<>();
    List<Document.Line> lines = doc.lines();
    for (int i = 0; i < lines.size(); ) {
      if (lines.get(i).isBlank(text)) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < lines.size() && !lines.get(j + 1).isBlank(text)) {
        j++;
      }
      fixParagraph(text, at, lines.get(i).start(), lines.get(j).end(), new Style(curly, styled, singleFirst),
          nextStartsWithQuote(text, lines, j + 1), out);
      i = j + 1;
    }
    return out;
  }

  /**
   * Foreign marks, curly openers (a closer set before a word counts), or an odd number of
   * straight double quotes: a text whose straight quotes pair has nothing this fixer mends.
   */
  private static boolean hasSuspectMark(String text, int[] marks) {
    int straight = 0;
    for (int i : marks) {
      char c = text.charAt(i);
      if (c == '"') {
        straight++;
      } else if (c >= 0x80 && "«»„‟‹›‚“‘「『《〈".indexOf(c) >= 0
          || c == '”' && (i == 0 || Character.isWhitespace(text.charAt(i - 1))) && i + 1 < text.length()
              && Character.isLetter(text.charAt(i + 1))) { // a closer's shape opening: Swedish ”It is
        return true;
      }
    }
    return straight % 2 == 1;
  }

  /** Whether the first non-blank line from {@code k} on starts with a quotation mark. */
  private static boolean nextStartsWithQuote(String text, List<Document.Line> lines, int k) {
    while (k < lines.size() && lines.get(k).isBlank(text)) {
      k++;
    }
    if (k == lines.size()) {
      return false;
    }
    String line = lines.get(k).content(text).strip();
    return !line.isEmpty() && QuoteMarks.isMark(line.charAt(0));
  }

  /**
   * How many curly closers and apostrophes ({@code ” ’}), and how many straight marks, the text
   * writes: its style is the more frequent. Openers are not evidence, as German quotes close with
   * {@code “}.
   */
  private static int[] styleMarks(String text, int[] at) {
    int[] marks = new int[2];
    for (int i : at) {
      switch (text.charAt(i)) {
        case '”', '’' -> marks[0]++;
        case '"', '\'' -> marks[1]++;
        default -> { }
      }
    }
    return marks;
  }

  /**
   * Whether the text's own quotes open with single marks ({@code ‘We are ready,’ she said}), as
   * British papers write: more English openers are single than double, two or more. An opener
   * follows a space, a bracket or the line's start and stands against a word; an apostrophe
   * rarely does.
   */
  private static boolean quotesWithSingleMarks(String text, int[] marks) {
    int single = 0;
    int dbl = 0;
    for (int i : marks) {
      if (i + 1 == text.length()) {
        break;
      }
      char c = text.charAt(i);
      if ((c == '‘' || c == '\'' || c == '“' || c == '"') && (i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(')
          && Character.isLetterOrDigit(text.charAt(i + 1))) {
        if (c == '‘' || c == '\'') {
          single++;
        } else {
          dbl++;
        }
      }
    }
    return single >= 2 && single > dbl;
  }

  /** How the text writes its quotes: curly or straight, whether it shows either, single marks outside. */
  private record Style(boolean curly, boolean styled, boolean singleFirst) {}

  /**
   * A quotation mark in a paragraph: where, which char, double or single, and which way it faces;
   * {@code inside}: an opener set while another quote is open, a quote within a quote.
   */
  private record Mark(int at, char c, boolean isDouble, boolean opens, boolean inside) {}

  /**
   * Pairs the marks of one paragraph and mends what does not pair. {@code quoteRunsOn}: the next
   * paragraph opens with a quotation mark, so a quote left open here is the convention of a quote
   * running over several paragraphs, not a stray mark.
   */
  private static void fixParagraph(String text, int[] marks, int start, int end, Style style, boolean quoteRunsOn,
      List<Replacement> out) {
    Deque<Mark> doubles = new ArrayDeque<>();
    Deque<Mark> singles = new ArrayDeque<>();
    int first = Arrays.binarySearch(marks, start);
    for (int k = first < 0 ? -first - 1 : first; k < marks.length && marks[k] < end; k++) {
      int i = marks[k];
      char c = text.charAt(i);
      if (i + 1 < end && isCombining(text.charAt(i + 1))) {
        continue; // not a mark, or one carrying an accent: not something we can read
      }
      boolean isDouble = DOUBLE_MARKS.indexOf(c) >= 0;
      Deque<Mark> stack = isDouble ? doubles : singles;
      Boolean opens = facing(text, i, start, end, c, !stack.isEmpty());
      if (opens == null) {
        continue; // an apostrophe, or a mark we cannot read
      }
      Mark m = new Mark(i, c, isDouble, opens, opens && !isLineStart(text, i) && !(doubles.isEmpty() && singles.isEmpty()));
      if (opens && isLineStart(text, i)) {
        stack.clear(); // a line opening with a quote continues the open one: the running-quote convention
        stack.push(m);
      } else if (opens) {
        stack.push(m);
      } else if (!stack.isEmpty()) {
        mendPair(text, stack.pop(), m, style, out);
      }
    }
    if (!quoteRunsOn) {
      for (Deque<Mark> stack : List.of(doubles, singles)) {
        for (Mark m : stack) {
          removeStrayOpener(text, m, start, end, out);
        }
      }
    }
  }

  /**
   * Whether the mark at {@code i} opens (true) or closes (false) a quotation, from the spaces around
   * it; null for an apostrophe. A mark with spaces on both sides faces the way its shape says.
   */
  private static Boolean facing(String text, int i, int start, int end, char c, boolean pending) {
    if (isCorner(c)) {
      return c == '「' || c == '『' || c == '《' || c == '〈'; // their shape says which way they face, spaced or not
    }
    boolean spaceBefore = i == start || isSpace(text.charAt(i - 1)) || "([{—–-/".indexOf(text.charAt(i - 1)) >= 0;
    // a closer of the outer quote counts as a space: building,’” closes the inner quote
    boolean spaceAfter = i + 1 >= end || isSpace(text.charAt(i + 1)) || ".,;:!?)]}—–”’»".indexOf(text.charAt(i + 1)) >= 0;
    boolean letterBefore = i > start && Character.isLetterOrDigit(text.charAt(i - 1));
    boolean letterAfter = i + 1 < end && Character.isLetterOrDigit(text.charAt(i + 1));
    boolean yearAfter = i + 1 < end && Character.isDigit(text.charAt(i + 1)) && !isOrdinal(text, i + 1, end);
    if (c == '‘' && (letterBefore && letterAfter || yearAfter)) {
      return null; // Israel‘s, the ‘30s: an apostrophe typed as an opening mark; not the ‘63rd minute
    }
    if (c == '’' || c == '\'') {
      if (letterBefore && letterAfter) {
        return null; // don't, Kim's
      }
      boolean elision = c == '’' || yearAfter; // ’n’, '90s
      if (spaceBefore && !spaceAfter) {
        return elision ? null : (Boolean) true;
      }
      return spaceAfter && pending ? Boolean.FALSE : null; // a closer only when a single quote is open: analysts’
    }
    if (spaceBefore && !spaceAfter) {
      return c != '”' || !pending; // word, ”the Turkish: a closer set against the next word, when a quote is open
    }
    if (spaceAfter && (!spaceBefore || atLineEnd(text, i + 1, end))) {
      return false; // nothing opens at the end of a line
    }
    return "“«„‟‘‚‹\"".indexOf(c) >= 0 ? (c == '"' ? !pending : true) : false;
  }

  /** Whether the digits at {@code i} are an ordinal ({@code 63rd}), which no apostrophe shortens. */
  private static boolean isOrdinal(String text, int i, int end) {
    int j = i;
    while (j < end && Character.isDigit(text.charAt(j))) {
      j++;
    }
    return j + 2 <= end && (text.startsWith("st", j) || text.startsWith("nd", j) || text.startsWith("rd", j) || text.startsWith("th", j))
        && (j + 2 == end || !Character.isLetterOrDigit(text.charAt(j + 2)));
  }

  private static void mendPair(String text, Mark open, Mark close, Style style, List<Replacement> out) {
    if (isEnglishPair(open.c, close.c)) {
      return;
    }
    boolean openForeign = FOREIGN_MARKS.indexOf(open.c) >= 0;
    if (isCorner(open.c) && (isCjkAt(text, open.at + 1) || isCjkAt(text, close.at - 1))) {
      return; // a quote in Japanese or Chinese is the foreign-fragment rule's to judge
    }
    if (openForeign) {
      boolean spaced = open.c == '«' || open.c == '»';
      int openEnd = spaced ? skipSpaces(text, open.at + 1, close.at) : open.at + 1;
      int closeStart = spaced ? backOverSpaces(text, close.at, openEnd) : close.at;
      // corner brackets are set without spaces: English wants one between a word and the quote
      String spaceBefore = isCorner(open.c) && open.at > 0 && Character.isLetterOrDigit(text.charAt(open.at - 1)) ? " " : "";
      String spaceAfter = isCorner(close.c) && close.at + 1 < text.length()
          && Character.isLetterOrDigit(text.charAt(close.at + 1)) ? " " : "";
      // the level says which English mark: a quote's own marks double in most texts, single in a British one
      boolean isDouble = open.inside == style.singleFirst();
      out.add(Replacement.of(FOREIGN, open.at, openEnd, spaceBefore + opener(isDouble, style.curly())));
      out.add(Replacement.of(FOREIGN, closeStart, close.at + 1, closer(isDouble, style.curly()) + spaceAfter));
    } else {
      // A pair of mixed marks (“If ... kilo," in a straight text; a Swedish ”It ... hurry,”) takes
      // the style the text shows; in a text that shows none, it closes the way it opened.
      boolean curlyPair = style.styled() ? style.curly() : open.c == '“' || open.c == '‘';
      String opener = opener(open.isDouble, curlyPair);
      if (open.c != opener.charAt(0)) {
        out.add(Replacement.of(WRONG_CLOSE, open.at, open.at + 1, opener));
      }
      out.add(Replacement.of(WRONG_CLOSE, backOverSpaces(text, close.at, open.at + 1), close.at + 1,
          closer(open.isDouble, curlyPair)));
    }
  }

  /** CJK brackets: the corner brackets, and the angle brackets that quote a title ({@code 《》}, {@code 〈〉}). */
  private static boolean isCorner(char c) {
    return c >= '〈' && c <= '』';
  }

  private static boolean isCjkAt(String text, int i) {
    Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
  }

  /** The first position at or after {@code i}, and before {@code limit}, that is not a space. */
  private static int skipSpaces(String text, int i, int limit) {
    while (i < limit && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
      i++;
    }
    return i;
  }

  /** The start of the spaces just before {@code i}, not going below {@code limit}. */
  private static int backOverSpaces(String text, int i, int limit) {
    while (i > limit && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\u00A0')) {
      i--;
    }
    return i;
  }

  private static boolean isEnglishPair(char open, char close) {
    return (open == '"' && close == '"') || (open == '“' && close == '”') || (open == '\'' && close == '\'')
        || (open == '‘' && close == '’') || (open == '‘' && close == '\'');
  }

  /**
   * An opener left alone in a paragraph goes, with the space after it. Inside a line, one set
   * against a capital ({@code said, “We will}) stays: that is a real quote whose closer was lost.
   * One that starts a line goes too, as neither a later line nor the next paragraph opens with a
   * quote to run it on ({@code «The association plans}). A straight one stays at a line's start,
   * and so does any in a paragraph that ends in an ellipsis ({@code “concerned by its use…}), its
   * closer cut off with the end of the text.
   */
  private static void removeStrayOpener(String text, Mark m, int paragraphStart, int paragraphEnd, List<Replacement> out) {
    boolean lineStart = m.at <= paragraphStart || isLineStart(text, m.at);
    if (m.c == '\'' || m.c == '"' && (lineStart || !isLoneStraightOpener(text, m.at, paragraphStart, paragraphEnd))) {
      return; // a straight mark we cannot be sure of
    }
    if (!lineStart && m.at + 1 < text.length() && Character.isUpperCase(text.charAt(m.at + 1)) || isCutOff(text, paragraphEnd)) {
      return;
    }
    int after = m.at + 1;
    // the space after it too, unless a pair's closer set against the word takes it (" ‘ «)
    boolean takesSpace = after < text.length() && text.charAt(after) == ' '
        && (lineStart || text.charAt(m.at - 1) == ' ') && out.stream().noneMatch(r -> r.span().start() == after);
    out.add(Replacement.of(STRAY_OPEN, m.at, takesSpace ? after + 1 : after, ""));
  }

  /**
   * A straight double quote that is the only one of its paragraph, after a space and against a
   * lower-case word ({@code includes the "construction of new wells}): no quote can close it. Two
   * or more would pair in ways a straight mark does not say.
   */
  private static boolean isLoneStraightOpener(String text, int at, int paragraphStart, int paragraphEnd) {
    if (at + 1 >= paragraphEnd || text.charAt(at - 1) != ' ' || !Character.isLowerCase(text.charAt(at + 1))) {
      return false;
    }
    for (int i = paragraphStart; i < paragraphEnd; i++) {
      if (text.charAt(i) == '"' && i != at) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the text before {@code end}, spaces aside, was cut off, so a quote may close past the
   * cut: it ends in {@code …} or {@code ...}, or mid-sentence in a word or a comma ({@code so hig}).
   */
  private static boolean isCutOff(String text, int end) {
    int i = end;
    while (i > 0 && isSpace(text.charAt(i - 1))) {
      i--;
    }
    return i > 0 && (text.charAt(i - 1) == '…' || text.charAt(i - 1) == ',' || Character.isLetterOrDigit(text.charAt(i - 1)))
        || i >= 3 && text.startsWith("...", i - 3);
  }

  /** Whitespace, the no-break space included (layout trims it at line ends, so it must read the same). */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isCombining(char c) {
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
  }

  /** Whether only spaces stand between {@code i} and the end of its line (layout trims them). */
  private static boolean atLineEnd(String text, int i, int end) {
    while (i < end && text.charAt(i) != '\n' && text.charAt(i) != '\r' && isSpace(text.charAt(i))) {
      i++;
    }
    return i >= end || text.charAt(i) == '\n' || text.charAt(i) == '\r';
  }

  private static boolean isLineStart(String text, int i) {
    return i == 0 || text.charAt(i - 1) == '\n' || text.charAt(i - 1) == '\r';
  }

  private static String opener(boolean isDouble, boolean curly) {
    return isDouble ? (curly ? "“" : "\"") : (curly ? "‘" : "'");
  }

  private static String closer(boolean isDouble, boolean curly) {
    return isDouble ? (curly ? "”" : "\"") : (curly ? "’" : "'");
  }
}
