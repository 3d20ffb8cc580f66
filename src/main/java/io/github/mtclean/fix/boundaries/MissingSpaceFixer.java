package io.github.mtclean.fix.boundaries;

import io.github.mtclean.Replacement;
import io.github.mtclean.fix.EnglishWords;
import io.github.mtclean.text.Document;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Puts back the space a scraper lost after a sentence mark, comma or semicolon: {@code on
 * Monday.The delegation} becomes {@code on Monday. The delegation}, {@code the teams,adding} becomes
 * {@code the teams, adding}. Both sides must be words, the next one known to the dictionary (and
 * capitalised after a sentence mark). Addresses, file names, code and abbreviations stay:
 * {@code bbc.co.uk}, {@code Amazon.com}, {@code U.S.The}, {@code ASP.NET}, {@code 3.5}, and so does a
 * glued pair the text writes twice, a name ({@code Diia.Business}).
 */
final class MissingSpaceFixer extends ProseRule {
  static final String RULE = "boundaries/missing-space";
  /** Chars of addresses, paths, handles and code: a token holding one is not prose. */
  private static final String MARKS = ".!?;,";
  private static final String NOT_PROSE = "/\\@:=_#<>{}[]|~^*+$%";

  MissingSpaceFixer() {
    super(RULE, "([.!?;,])(?<=(?:[\\p{Ll}\\p{N}]{2}|\\p{N})[.!?;,])(\\p{L}+)(?![\\p{N}'\u2019.-])");
  }

  /** A mark with a letter right after it. */
  @Override
  int[] anchors(Document doc) {
    String text = doc.text();
    return positionsWhere(text, 0, i -> text.charAt(i) <= '?' && MARKS.indexOf(text.charAt(i)) >= 0 // every mark sorts before '?'
        && Character.isLetter(text.charAt(i + 1)));
  }

  @Override
  int candidateStart(String text, int anchor, int from) {
    return anchor;
  }

  @Override
  Replacement repair(Matcher m, Document doc) {
    String text = doc.text();
    String next = m.group(2);
    char mark = m.group(1).charAt(0);
    boolean sentenceEnd = mark == '.' || mark == '!' || mark == '?';
    boolean shapeFits = sentenceEnd ? isCapitalised(next) : next.equals(next.toLowerCase(Locale.ROOT));
    if (!shapeFits || next.length() < 2 || !EnglishWords.isKnown(next.toLowerCase(Locale.ROOT))
        || !isProseToken(text, m.start(1)) || !EnglishWords.isSentenceStarter(next) && isRepeated(text, m.start(1))) {
      return null;
    }
    return insert(m.end(1), " ");
  }

  /**
   * Whether the token around {@code at} occurs again in the text: a lost space is an accident, and
   * the same glued pair twice is a name written so ({@code the Diia.Business centre}). A pair
   * glued to a sentence starter ({@code said.The}) is never a name, and is not asked about.
   */
  private static boolean isRepeated(String text, int at) {
    int start = at;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    int end = at + 1;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    String token = text.substring(start, end);
    return text.indexOf(token) != start || text.indexOf(token, start + 1) >= 0;
  }

  private static boolean isCapitalised(String word) {
    return Character.isUpperCase(word.charAt(0)) && word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT));
  }

  /** The whitespace-delimited token around {@code at} has no mark of an address or code, and no earlier period or comma. */
  private static boolean isProseToken(CharSequence text, int at) {
    int start = at;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    int end = at + 1;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (NOT_PROSE.indexOf(c) >= 0 || i < at && (c == '.' || c == ',')) {
        return false;
      }
    }
    return true;
  }
}
