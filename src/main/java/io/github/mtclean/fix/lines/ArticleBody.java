package io.github.mtclean.fix.lines;

import io.github.mtclean.text.Document;
import io.github.mtclean.text.Document.Line;
import java.util.List;

/**
 * Where the article body starts and ends: the first and last line that reads like a paragraph
 * (several words, ending in sentence punctuation). Lines above and below are the page's edges,
 * where navigation and widgets sit; a line there needs less other evidence to be boilerplate.
 */
final class ArticleBody {
  private static final int PARAGRAPH_WORDS = 8;
  private static final String SENTENCE_MARKS = ".!?\u2026";
  private static final String CLOSERS = "\"'\u201D\u2019\u00BB)";

  private final int first;
  private final int last;

  private ArticleBody(int first, int last) {
    this.first = first;
    this.last = last;
  }

  /** The body of {@code doc}, found once for the fixers that read the same text. */
  static ArticleBody of(Document doc) {
    return doc.view(ArticleBody.class, ArticleBody::find);
  }

  private static ArticleBody find(Document doc) {
    String text = doc.text();
    int first = -1;
    int last = -1;
    for (Line line : doc.lines()) {
      if (isParagraph(text, line.start(), line.end())) {
        if (first < 0) {
          first = line.index();
        }
        last = line.index();
      }
    }
    return new ArticleBody(first, last);
  }

  /** Whether {@code text[start, end)} is a paragraph: enough words, then sentence punctuation. */
  static boolean isParagraph(String text, int start, int end) {
    int words = 0;
    for (int i = start; i < end && words < PARAGRAPH_WORDS; i++) {
      if (!Character.isWhitespace(text.charAt(i)) && (i == start || Character.isWhitespace(text.charAt(i - 1)))) {
        words++;
      }
    }
    return words >= PARAGRAPH_WORDS && endsSentence(text, start, end);
  }

  /** Ends in sentence punctuation, maybe followed by closing quotes or brackets and spaces. */
  private static boolean endsSentence(String text, int start, int end) {
    int i = end - 1;
    while (i >= start && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    while (i >= start && CLOSERS.indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    return i >= start && SENTENCE_MARKS.indexOf(text.charAt(i)) >= 0;
  }

  /** The index of the body's first line, or -1 for a text without a body. */
  int first() {
    return first;
  }

  /** The index of the body's last line, or -1 for a text without a body. */
  int last() {
    return last;
  }

  /** Whether {@code line} lies above or below the body; never true for a text without a body. */
  boolean atEdge(Line line) {
    return first >= 0 && (line.index() < first || line.index() > last);
  }
}
