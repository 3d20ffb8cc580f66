package io.github.mtclean.fix.unicode;

import io.github.mtclean.Fixer;
import io.github.mtclean.Replacement;
import io.github.mtclean.text.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.translate.AggregateTranslator;
import org.apache.commons.text.translate.CharSequenceTranslator;
import org.apache.commons.text.translate.EntityArrays;
import org.apache.commons.text.translate.LookupTranslator;
import org.apache.commons.text.translate.NumericEntityUnescaper;

/** Decodes HTML character references left by scrapers ({@code &amp;}, {@code &#8217;}, {@code &amp;quot;}). */
public final class HtmlEntityFixer implements Fixer {
  static final String RULE = "unicode/html-entity";
  // A run of references, so that escaped ones (&amp;quot;, &amp;amp;amp;) decode in one replacement.
  private static final Pattern ENTITY =
      Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});(?:[A-Za-z0-9#]{1,32};){0,8}");

  /** HTML 4's references and {@code &apos;}, which HTML 5 and XML add and sites write ({@code cooperative&apos;s}). */
  private static final CharSequenceTranslator UNESCAPE = new AggregateTranslator(
      new LookupTranslator(EntityArrays.BASIC_UNESCAPE), new LookupTranslator(EntityArrays.APOS_UNESCAPE),
      new LookupTranslator(EntityArrays.ISO8859_1_UNESCAPE), new LookupTranslator(EntityArrays.HTML40_EXTENDED_UNESCAPE),
      new NumericEntityUnescaper());
  private static final String CURLY = "\u2018\u2019\u201C\u201D";
  private static final int MIN_STRAIGHT = 2;

  @Override
  public List<String> ruleIds() {
    return List.of(RULE);
  }

  @Override
  public List<Replacement> fix(Document doc) {
    String text = doc.text();
    if (text.indexOf('&') < 0) {
      return List.of();
    }
    List<Replacement> out = new ArrayList<>();
    Boolean straight = null; // asked of the whole text only when a reference stands for a curly mark
    Matcher m = ENTITY.matcher(text);
    while (m.find()) {
      String decoded = decodeFully(m.group());
      if (!straightened(decoded).equals(decoded) && (straight != null ? straight : (straight = writesMarksStraight(text)))) {
        decoded = straightened(decoded);
      }
      if (!decoded.equals(m.group()) && !writesBothForms(text, m.start(), m.end(), decoded)) {
        out.add(Replacement.of(RULE, m.start(), m.end(), decoded));
      }
    }
    return out;
  }

  /**
   * Whether the reference at {@code [start, end)} stands in a quotation, and its line also writes
   * the word decoded: the text shows both on purpose ({@code the app shows “R&amp;B Classics”
   * instead of “R&B Classics”}). Unquoted, it is a scraper's leftover beside the name written
   * right ({@code Amélie Castagnède ... Ms. Castagn&egrave;de}). An apostrophe or quote mark is
   * no such display: a speaker's {@code he&#8217;d} beside {@code he’d} is the scraper's.
   */
  private static boolean writesBothForms(String text, int start, int end, String decoded) {
    if (isQuoteMark(decoded)) {
      return false;
    }
    int from = start;
    while (from > 0 && Character.isLetterOrDigit(text.charAt(from - 1))) {
      from--;
    }
    int to = end;
    while (to < text.length() && Character.isLetterOrDigit(text.charAt(to))) {
      to++;
    }
    String word = text.substring(from, start) + decoded + text.substring(end, to);
    if (word.length() < 3 || word.chars().anyMatch(Character::isWhitespace)) {
      return false;
    }
    int lineStart = text.lastIndexOf('\n', from) + 1;
    int lineEnd = text.indexOf('\n', to);
    return isQuoted(text, lineStart, from) && text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).contains(word);
  }

  private static boolean isQuoteMark(String decoded) {
    return decoded.length() == 1 && (CURLY.indexOf(decoded.charAt(0)) >= 0 || decoded.equals("'") || decoded.equals("\""));
  }

  /** Whether a quotation opened on the line before {@code at} is still open there: an odd count of double quotes. */
  private static boolean isQuoted(String text, int lineStart, int at) {
    int marks = 0;
    for (int i = lineStart; i < at; i++) {
      char c = text.charAt(i);
      marks += c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB' ? 1 : 0;
    }
    return marks % 2 == 1;
  }

  /**
   * Whether the text writes its quote marks and apostrophes straight, at least
   * {@value #MIN_STRAIGHT} of them and no curly one: a curly mark that a reference encodes is then
   * the site's publishing software curling what the writer typed ({@code the city&#8217;s}), and
   * decodes in the text's own form.
   */
  private static boolean writesMarksStraight(String text) {
    int straight = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && CURLY.indexOf(c) >= 0) { // the curly marks are not ASCII
        return false;
      }
      straight += c == '"' || c == '\'' && i > 0 && i + 1 < text.length()
          && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1)) ? 1 : 0;
    }
    return straight >= MIN_STRAIGHT;
  }

  private static String straightened(String decoded) {
    return decoded.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"');
  }

  /** Decodes until nothing changes, so the result never holds a reference a second run would decode. */
  static String decodeFully(String s) {
    String previous;
    do {
      previous = s;
      s = UNESCAPE.translate(s);
    } while (!s.equals(previous));
    return s.replace('\u00A0', ' ');
  }
}
