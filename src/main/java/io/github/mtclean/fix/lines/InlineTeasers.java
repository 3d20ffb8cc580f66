package io.github.mtclean.fix.lines;

import io.github.mtclean.Replacement;
import io.github.mtclean.fix.EnglishWords;
import io.github.mtclean.text.Document;
import io.github.mtclean.text.Document.Line;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Other stories' headlines a page sets between the paragraphs of its article without a header
 * ({@code Police investigate break-in at Eastside pharmacy} in a story about e-scooters): a line of
 * four to fourteen words with no punctuation at its end or comma inside, written as a headline
 * (a verb in the present, or {@code to} and a verb: {@code Council approves budget}, {@code
 * bakery to close}), between paragraphs or other such lines, using less than a quarter of the
 * article's words (compared by their first five letters). A section heading is about the article ({@code How the study worked}, {@code Lessons for
 * farms and gardens}): it shares its words, asks with a wh-word, or has no verb.
 */
final class InlineTeasers {
  static final String RULE = TeaserListFixer.RULE;
  private static final int MIN_WORDS = 4;
  private static final int MAX_WORDS = 14;
  /** Fourteen words are at most this long; a longer line is read no further. */
  private static final int MAX_LENGTH = 160;
  /** A teaser shares less than one in this many of its longer words with the article. */
  private static final int SHARED_DIVISOR = 4;
  /** Words this long or longer carry the topic; shorter ones are mostly function words. */
  private static final int TOPIC_WORD = 4;
  /** Words are compared by their first letters, so that a word's forms meet ({@code island's}, {@code islanders}). */
  private static final int STEM = 5;
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'\u2019-]*");
  private static final Set<String> QUESTION_WORDS = Set.of("what", "how", "why", "when", "where", "who", "which");
  private static final Set<String> PRESENT = Set.of("VBZ", "VBP");

  private InlineTeasers() {}

  /**
   * The removals of the teasers between the paragraphs {@code first} and {@code last} (line
   * indexes), but for the lines {@code otherRule} takes (a teaser list's entries, a caption).
   */
  static List<Replacement> between(Document doc, int first, int last, Predicate<Line> otherRule) {
    List<Line> lines = doc.lines();
    Set<Line> candidates = new LinkedHashSet<>();
    for (int i = first + 1; i < last; i++) {
      Line line = lines.get(i);
      if (line.strippedLength(doc.text()) <= MAX_LENGTH && looksLikeHeadline(doc.content(line).strip())) {
        candidates.add(line);
      }
    }
    if (candidates.isEmpty()) {
      return List.of(); // most pages: the article's words are not read
    }
    Set<String> articleWords = new HashSet<>();
    for (int i = first; i <= last; i++) {
      if (!candidates.contains(lines.get(i))) {
        stems(doc.text(), lines.get(i).start(), lines.get(i).end(), articleWords);
      }
    }
    List<Replacement> out = new ArrayList<>();
    for (Line line : candidates) {
      if (standsBetweenParagraphs(doc, line, candidates) && sharesFewWords(doc.content(line), articleWords) && !otherRule.test(line)) {
        out.add(LineRemoval.of(RULE, line));
      }
    }
    return out;
  }

  private static boolean looksLikeHeadline(String content) {
    if (content.isEmpty() || !Character.isUpperCase(content.charAt(0)) || content.indexOf(',') >= 0 || content.indexOf(';') >= 0
        || !Character.isLetterOrDigit(content.charAt(content.length() - 1))) {
      return false;
    }
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(content);
    while (m.find()) {
      words.add(m.group());
    }
    if (words.size() < MIN_WORDS || words.size() > MAX_WORDS || QUESTION_WORDS.contains(words.get(0).toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int k = 1; k < words.size(); k++) {
      String w = words.get(k);
      boolean lower = Character.isLowerCase(w.charAt(0));
      if (lower && EnglishWords.tags(w).stream().anyMatch(PRESENT::contains)
          || w.equals("to") && k + 1 < words.size() && EnglishWords.hasTag(words.get(k + 1), "VB")) {
        return true;
      }
    }
    return false;
  }

  /** The line above and below is a paragraph or another candidate: a teaser interrupts the article, it does not head a part of it. */
  private static boolean standsBetweenParagraphs(Document doc, Line line, Set<Line> candidates) {
    return isParagraphOrCandidate(doc, nonBlank(doc, line.index(), -1), candidates)
        && isParagraphOrCandidate(doc, nonBlank(doc, line.index(), 1), candidates);
  }

  private static Line nonBlank(Document doc, int from, int step) {
    List<Line> lines = doc.lines();
    for (int i = from + step; i >= 0 && i < lines.size(); i += step) {
      if (!lines.get(i).isBlank(doc.text())) {
        return lines.get(i);
      }
    }
    return null;
  }

  private static boolean isParagraphOrCandidate(Document doc, Line line, Set<Line> candidates) {
    return line != null && (candidates.contains(line) || ArticleBody.isParagraph(doc.text(), line.start(), line.end()));
  }

  /** Whether less than a quarter of the line's topic words, the longer ones that are no function words, occur in the article. */
  private static boolean sharesFewWords(String content, Set<String> articleWords) {
    Set<String> own = new HashSet<>();
    stems(content, 0, content.length(), own);
    own.removeIf(EnglishWords::isLinking);
    long shared = own.stream().filter(articleWords::contains).count();
    return !own.isEmpty() && shared * SHARED_DIVISOR < own.size();
  }

  /** Adds the stems of the words of {@code TOPIC_WORD} letters or more in {@code text[start, end)}, lower-cased. */
  private static void stems(String text, int start, int end, Set<String> into) {
    int i = start;
    while (i < end) {
      while (i < end && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int wordStart = i;
      while (i < end && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'' || text.charAt(i) == '\u2019' || text.charAt(i) == '-')) {
        i++;
      }
      if (i - wordStart >= TOPIC_WORD) {
        into.add(text.substring(wordStart, wordStart + Math.min(STEM, i - wordStart)).toLowerCase(Locale.ROOT));
      }
    }
  }
}
