package io.github.mtclean.fix.punctuation;

import io.github.mtclean.Fixer;
import io.github.mtclean.Replacement;
import io.github.mtclean.text.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives the few quote marks and apostrophes a text writes in the other style the style of all the
 * others: a straight text's {@code we’re} or {@code “deal”}, a curly text's {@code don't} or
 * {@code "story"}, copied in from another source. Double quotes and apostrophes are counted
 * apart, as a site may curl only its apostrophes; a style needs {@value #MIN_MAJORITY} marks of
 * its own, and the other at most {@value #MAX_MINORITY}, or one in {@value #MINORITY_SHARE} of
 * them, or half as many in one paragraph. Only the apostrophes of contractions,
 * possessives and elisions count ({@code Ba’ath} and {@code O’Brien} are spelled so); a straight double quote
 * turns curly only where its side is plain, after a space or before one.
 */
public final class QuoteStyleFixer implements Fixer {
  static final String RULE = "punctuation/quote-style";
  private static final int MIN_MAJORITY = 4;
  private static final int MAX_MINORITY = 2;
  /** More marks of the other style count as a few when the text's own are this many times as many. */
  private static final int MINORITY_SHARE = 3;
  /** The share for marks that all stand in one paragraph, copied in whole. */
  private static final int PARAGRAPH_SHARE = 2;
  /**
   * A contraction's or possessive's apostrophe ({@code we're}, {@code town's}), or a French or
   * Italian elision's ({@code l'Aber}, {@code d'Italia}). The mark comes first and what stands
   * before it is looked behind from there, so a search tries the lookbehinds only at marks.
   */
  private static final Pattern APOSTROPHE = Pattern.compile(
      "['\u2019](?:(?<=\\p{L}.)(?=(?:s|t|re|ve|ll|d|m)(?!\\p{L}))|(?<=(?<!\\p{L})[lLdD].)(?=\\p{L}))");
  private static final Pattern DOUBLE = Pattern.compile("[\"\u201C\u201D]");
  /** The curly marks either pattern may start with. */
  private static final String MARKS = "\u2019\u201C\u201D";
  /** What may stand before an opening quote and after a closing one. */
  private static final String OPEN_SIDE = "([\u2014\u2013-";
  private static final String CLOSE_SIDE = ".,;:!?)\u2014\u2013-";

  @Override
  public List<String> ruleIds() {
    return List.of(RULE);
  }

  @Override
  public List<Replacement> fix(Document doc) {
    String text = doc.text();
    if (text.indexOf('\'') < 0 && text.indexOf('"') < 0 || text.indexOf('\u2019') < 0 && text.indexOf('\u201C') < 0 && text.indexOf('\u201D') < 0) {
      return List.of(); // most texts write one style only
    }
    List<Replacement> out = new ArrayList<>();
    int[] quoteMarks = QuoteMarks.in(doc);
    apostrophes(text, quoteMarks, out);
    doubleQuotes(text, quoteMarks, out);
    return out;
  }

  private static void apostrophes(String text, int[] quoteMarks, List<Replacement> out) {
    Marks marks = Marks.of(APOSTROPHE, '\'', text, quoteMarks);
    if (isMinority(text, marks.curly(), marks.straight())) {
      marks.curly().forEach(at -> out.add(Replacement.of(RULE, at, at + 1, "'")));
    } else if (isMinority(text, marks.straight(), marks.curly())) {
      marks.straight().forEach(at -> out.add(Replacement.of(RULE, at, at + 1, "\u2019")));
    }
  }

  private static void doubleQuotes(String text, int[] quoteMarks, List<Replacement> out) {
    Marks marks = Marks.of(DOUBLE, '"', text, quoteMarks);
    if (isMinority(text, marks.curly(), marks.straight())) {
      marks.curly().forEach(at -> out.add(Replacement.of(RULE, at, at + 1, "\"")));
    } else if (isMinority(text, marks.straight(), marks.curly())) {
      List<Replacement> curled = new ArrayList<>();
      for (int at : marks.straight()) {
        String mark = curled(text, at);
        if (mark == null) {
          return; // a side that says nothing: leave the text as it is
        }
        curled.add(Replacement.of(RULE, at, at + 1, mark));
      }
      out.addAll(curled);
    }
  }

  /** Where a text writes a kind of mark straight and where curly. */
  private record Marks(List<Integer> straight, List<Integer> curly) {
    /** {@code quoteMarks}: where the text writes any quote mark ({@link QuoteMarks}), the only places the pattern is asked. */
    static Marks of(Pattern kind, char straightForm, String text, int[] quoteMarks) {
      Marks marks = new Marks(new ArrayList<>(), new ArrayList<>());
      Matcher m = kind.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      for (int at : quoteMarks) {
        char c = text.charAt(at);
        if ((c == straightForm || MARKS.indexOf(c) >= 0) && m.region(at, text.length()).lookingAt()) {
          (c == straightForm ? marks.straight() : marks.curly()).add(at);
        }
      }
      return marks;
    }
  }

  /**
   * At most {@value #MAX_MINORITY} marks against {@value #MIN_MAJORITY} or more, or one in {@value
   * #MINORITY_SHARE} of a longer text's (a quotation of two lines copied in), or one in {@value
   * #PARAGRAPH_SHARE} when they all stand in one paragraph and the others do not (one paragraph
   * copied in).
   */
  private static boolean isMinority(String text, List<Integer> few, List<Integer> many) {
    return !few.isEmpty() && many.size() >= MIN_MAJORITY
        && (few.size() <= MAX_MINORITY || few.size() * MINORITY_SHARE <= many.size()
            || few.size() * PARAGRAPH_SHARE <= many.size() && onOneLine(text, few) && !onOneLine(text, many));
  }

  /** Whether {@code marks}, in text order, all stand on one line. */
  private static boolean onOneLine(String text, List<Integer> marks) {
    int lineEnd = text.indexOf('\n', marks.get(0));
    return lineEnd < 0 || lineEnd > marks.get(marks.size() - 1);
  }

  /** The curly form of the straight quote at {@code at}: an opener after a space, a closer before one; null if neither. */
  private static String curled(String text, int at) {
    boolean spaceBefore = at == 0 || Character.isWhitespace(text.charAt(at - 1)) || OPEN_SIDE.indexOf(text.charAt(at - 1)) >= 0;
    boolean spaceAfter = at + 1 == text.length() || Character.isWhitespace(text.charAt(at + 1)) || CLOSE_SIDE.indexOf(text.charAt(at + 1)) >= 0;
    if (spaceBefore == spaceAfter) {
      return null;
    }
    return spaceBefore ? "\u201C" : "\u201D";
  }
}
