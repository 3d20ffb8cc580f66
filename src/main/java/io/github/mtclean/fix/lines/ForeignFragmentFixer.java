package io.github.mtclean.fix.lines;

import com.ibm.icu.lang.UScript;
import io.github.mtclean.Fixer;
import io.github.mtclean.Replacement;
import io.github.mtclean.Span;
import io.github.mtclean.fix.EnglishWords;
import io.github.mtclean.text.Document;
import io.github.mtclean.text.Document.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes a non-English fragment glued to the start or end of an English line: a run of another
 * script ({@code ... Vladivostok. Свежие комментарии}), a short Latin-script label before a colon,
 * dash or bar ({@code Son Dakika: ...}), or a short trailing Latin-script segment after the last
 * sentence ({@code ... on Monday. Devamını oku}), never a one-word sentence, when {@link
 * LatinLanguage} calls it foreign. A fragment in quotes or brackets, or introduced by a colon, is
 * quoted on purpose and stays ({@code the slogan «Мир»}); so does one in the middle of a line,
 * but for a word of another script MT left inside a noun phrase ({@code A new 高铁 high-speed railway}).
 */
public final class ForeignFragmentFixer implements Fixer {
  static final String RULE = "lines/foreign-fragment";
  /** Characters that, next to a fragment, say it is quoted or glossed on purpose. */
  private static final String QUOTING = "\"'\u201C\u201D\u2018\u2019\u00AB\u00BB\u2039\u203A\u300C\u300D\u300E\u300F()[]:"
      + "\uFF08\uFF09\uFF3B\uFF3D\u300A\u300B\u3008\u3009"; // and the full-width brackets of a gloss: Tokyo Tower （東京タワー）
  /** Separators a scraper leaves between the English and the fragment; they go with it. */
  private static final String ARROWS = "\u00BB\u203A\u2192>";
  private static final String SEPARATORS = " \t-\u2013\u2014|\u2022\u00B7/";
  /** Closing quotes and brackets that may follow a sentence's final mark. */
  private static final String CLOSERS = "\"\u201D\u2019)";
  /** A widget label is short; a longer last segment is text. */
  private static final int MAX_TAIL = 60;
  /** A trailing one-word sentence is text, not a widget label (`Namaste.`); a notice may end in a period. */
  private static final Pattern ONE_WORD_SENTENCE = Pattern.compile("^\\S+[.!?][\"\u201D\u2019]?$");
  /** A label before the English text ({@code Son Dakika: }, {@code Najnowsze wiadomości | }): short, then a separator. */
  private static final int MAX_LABEL = 40;
  private static final String LABEL_SEPARATORS = ":-|\u2013\u2014\u00BB\u203A\u2022";
  private static final Pattern LABEL = Pattern.compile("^([^.!?:|\u2013\u2014\u00BB\u203A\u2022]{2," + MAX_LABEL + "}?)(?::|\\h[-\u2013\u2014|\u00BB\u203A\u2022])\\h+");
  private static final int MIN_ENGLISH_LETTERS = 8;
  private static final Pattern GLUED_TITLE = Pattern.compile("\\p{L}+(?:[ '\u2019-]\\p{L}+)+:?");

  private final LatinLanguage latin;

  public ForeignFragmentFixer(LatinLanguage latin) {
    this.latin = latin;
  }

  @Override
  public List<String> ruleIds() {
    return List.of(RULE);
  }

  @Override
  public List<Replacement> fix(Document doc) {
    List<Replacement> out = new ArrayList<>();
    for (Line line : doc.lines()) {
      int[] counts = ForeignScript.letterCounts(doc, line);
      if (counts[1] - counts[0] < MIN_ENGLISH_LETTERS) {
        continue; // not an English line with a fragment; the foreign-line rule judges it
      }
      doc.remember(this, line, content -> cuts(content, counts[0] >= 2)).addTo(RULE, line, out);
    }
    return out;
  }

  private LineCuts cuts(String content, boolean otherScript) {
    List<Span> cuts = new ArrayList<>();
    if (otherScript) {
      scriptFragments(content, cuts);
      wordsInNounPhrases(content, cuts);
    } else {
      latinLabel(content, cuts);
      latinTail(content, cuts);
    }
    return LineCuts.of(cuts);
  }

  /** Text of another script before the line's first or after its last Latin letter or digit. */
  private static void scriptFragments(String content, List<Span> out) {
    int firstLatin = -1;
    int lastLatin = -1;
    for (int i = 0; i < content.length(); i++) {
      int cp = content.charAt(i);
      if (ForeignScript.isLatinLetterOrDigit(cp)) {
        firstLatin = firstLatin < 0 ? i : firstLatin;
        lastLatin = i;
      }
    }
    // A colon after a leading fragment ends a label (`Последние новости: Russia's rouble ...`), it quotes nothing.
    if (firstForeign(content, 0, firstLatin) >= 0 && !isQuoted(content.replace(':', ' '), 0, firstLatin)) {
      out.add(new Span(0, firstLatin));
    }
    int tailRun = firstForeign(content, lastLatin + 1, content.length());
    // a colon before the fragment introduces it; one inside it is the label's own (Читайте также: ...)
    if (tailRun >= 0 && !isQuoted(content, afterSentenceEnd(content, lastLatin + 1), tailRun)
        && !isQuoted(content.replace(':', ' '), tailRun, withoutArrow(content))) {
      int start = tailRun;
      while (start > lastLatin + 1 && (SEPARATORS.indexOf(content.charAt(start - 1)) >= 0
          || Character.getType(content.charAt(start - 1)) == Character.START_PUNCTUATION)) {
        start--; // the separator, and a label's opening bracket: month - 【公式】Site goes whole
      }
      out.add(new Span(start, content.length()));
    }
  }

  /**
   * A word of another script that MT left beside its translation inside a noun phrase: after an
   * article, possessive or adjective and before an English word ({@code A new 高铁 high-speed
   * railway}, {@code the МЧС Emergencies Ministry}). English cites a foreign word in quotes or
   * brackets, or after the noun it names ({@code the term 高铁}); Greek letters are symbols in
   * English ({@code the μ receptor}).
   */
  private static void wordsInNounPhrases(String content, List<Span> out) {
    String[] words = content.split(" ", -1);
    int at = 0;
    for (int k = 0; k < words.length; k++) {
      if (k > 0 && k + 1 < words.length && isWordOfOtherScript(words[k]) && isModifier(words[k - 1])
          && !words[k + 1].isEmpty() && ForeignScript.isLatinLetterOrDigit(words[k + 1].codePointAt(0))) {
        out.add(new Span(at, at + words[k].length() + 1));
      }
      at += words[k].length() + 1;
    }
  }

  private static boolean isWordOfOtherScript(String word) {
    return word.length() >= 2 && word.codePoints()
        .allMatch(cp -> ForeignScript.isForeignLetter(cp) && UScript.getScript(cp) != UScript.GREEK);
  }

  /** A lower-case article, possessive or adjective that is no noun: {@code the}, {@code its}, {@code new}. */
  private static boolean isModifier(String word) {
    if (word.isEmpty() || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
      return false;
    }
    Set<String> tags = EnglishWords.tags(word);
    return tags.contains("DT") || tags.contains("PRP$") || tags.contains("JJ") && !tags.contains("NN"); // a daily is a paper: the daily День
  }

  /** The end of {@code content} before a link arrow ({@code Читать далее »}): a {@code »} without a {@code «} quotes nothing. */
  private static int withoutArrow(String content) {
    int end = content.length();
    while (end > 0 && (Character.isWhitespace(content.charAt(end - 1)) || ARROWS.indexOf(content.charAt(end - 1)) >= 0)) {
      end--;
    }
    return content.indexOf('\u00AB') < 0 && content.indexOf('\u2039') < 0 ? end : content.length();
  }

  /**
   * Where the text after {@code from} starts once a sentence's final mark and the quotes closing
   * it are passed: {@code happy.”관련 기사} closes the English quotation, it does not quote the label.
   */
  private static int afterSentenceEnd(String content, int from) {
    int i = from;
    while (i < content.length() && ".!?".indexOf(content.charAt(i)) >= 0) {
      i++;
    }
    while (i > from && i < content.length() && CLOSERS.indexOf(content.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  private static int firstForeign(String content, int from, int to) {
    for (int i = from; i < to; i++) {
      if (ForeignScript.isForeignLetter(content.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isQuoted(String content, int from, int to) {
    for (int i = from; i < to; i++) {
      if (QUOTING.indexOf(content.charAt(i)) >= 0 && !isCounter(content, i)) {
        return true;
      }
    }
    return false;
  }

  /** A bracket of a counter, {@code Yorumlar (0)}: a widget's number, not a quotation. */
  private static boolean isCounter(String content, int i) {
    char c = content.charAt(i);
    int open = c == ')' ? content.lastIndexOf('(', i) : c == '(' ? i : -1;
    int close = open < 0 ? -1 : content.indexOf(')', open);
    return close > open + 1 && content.substring(open + 1, close).chars().allMatch(Character::isDigit);
  }

  /** A short label in another Latin-script language before the line's English text, with its separator. */
  private void latinLabel(String content, List<Span> out) {
    if (!hasLabelSeparator(content)) {
      return; // most lines: no regex, no word lookups
    }
    Matcher m = LABEL.matcher(content);
    if (m.find() && !isQuoted(content, 0, m.end(1)) && latin.isForeign(m.group(1))
        && !latin.isForeign(content.substring(m.end()))) {
      out.add(new Span(0, m.end()));
    }
  }

  private static boolean hasLabelSeparator(String content) {
    for (int i = 2, end = Math.min(content.length(), MAX_LABEL + 2); i < end; i++) {
      if (LABEL_SEPARATORS.indexOf(content.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** A short last segment, after the line's last sentence, in another Latin-script language. */
  private void latinTail(String content, List<Span> out) {
    int tail = lastSentenceTail(content);
    if (tail < 0) {
      return;
    }
    int sentenceEnd = tail;
    while (sentenceEnd > 0 && Document.isHorizontalSpace(content.charAt(sentenceEnd - 1))) {
      sentenceEnd--;
    }
    String segment = content.substring(tail);
    int end = withoutArrow(content);
    end -= end > tail && content.charAt(end - 1) == ':' ? 1 : 0; // a label's colon at the line's end introduces nothing: Citește și:
    if (!isQuoted(content, tail, end) && !ONE_WORD_SENTENCE.matcher(segment).find()
        && latin.isForeign(segment) && !latin.isForeign(content.substring(0, sentenceEnd))) {
      out.add(new Span(sentenceEnd, content.length()));
    }
  }

  /**
   * Where the segment after the line's last sentence starts: the last {@code [.!?]}, closing quotes,
   * spaces, then 1 to {@value #MAX_TAIL} chars without controls to the end; -1 if there is none.
   */
  private static int lastSentenceTail(String content) {
    int len = content.length();
    for (int tail = len - 1; tail >= Math.max(1, len - MAX_TAIL); tail--) {
      char c = content.charAt(tail);
      char before = content.charAt(tail - 1);
      // a scraper may glue a widget's title to the final mark (`he said.Te puede interesar`);
      // words alone, as a domain or an abbreviation glues on too (`example.com.Au, Amazon.com`)
      boolean glued = Character.isUpperCase(c) && (".!?".indexOf(before) >= 0 || CLOSERS.indexOf(before) >= 0)
          && GLUED_TITLE.matcher(content).region(tail, len).matches();
      if (Document.isHorizontalSpace(c) || !Document.isHorizontalSpace(before) && !glued) {
        continue;
      }
      int i = tail;
      while (i > 0 && Document.isHorizontalSpace(content.charAt(i - 1))) {
        i--;
      }
      while (i > 0 && CLOSERS.indexOf(content.charAt(i - 1)) >= 0) {
        i--;
      }
      if (i > 0 && ".!?".indexOf(content.charAt(i - 1)) >= 0) {
        return content.substring(tail).chars().anyMatch(Character::isISOControl) ? -1 : tail;
      }
    }
    return -1;
  }
}
