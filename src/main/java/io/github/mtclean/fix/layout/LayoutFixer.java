package io.github.mtclean.fix.layout;

import io.github.mtclean.Fixer;
import io.github.mtclean.Replacement;
import io.github.mtclean.text.Document;
import io.github.mtclean.text.Document.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * Tidies whitespace between and after lines: trailing spaces go, leading blank lines go, a run of
 * blank lines becomes one, and the text ends with exactly one line terminator (of the kind the
 * text already uses). Paragraph conventions are otherwise kept as they are. In a part of a longer
 * text, an edge that is not the text's edge is treated like the middle of the text.
 */
public final class LayoutFixer implements Fixer {
  static final String TRAILING_SPACE = "layout/trailing-space";
  static final String BLANK_LINES = "layout/blank-lines";
  static final String FINAL_NEWLINE = "layout/final-newline";
  static final String LINE_ENDINGS = "layout/line-endings";

  @Override
  public List<String> ruleIds() {
    return List.of(TRAILING_SPACE, BLANK_LINES, FINAL_NEWLINE, LINE_ENDINGS);
  }

  @Override
  public List<Replacement> fix(Document doc) {
    String text = doc.text();
    List<Line> lines = doc.lines();
    List<Replacement> out = new ArrayList<>();
    String usual = usualTerminator(text, lines);
    int i = 0;
    while (i < lines.size()) {
      Line line = lines.get(i);
      int runEnd = i; // the last line of a run of blank lines starting here
      while (line.isBlank(text) && runEnd + 1 < lines.size() && lines.get(runEnd + 1).isBlank(text)) {
        runEnd++;
      }
      boolean blank = line.isBlank(text);
      if (blank && ((i == 0 && doc.startOfText()) || (runEnd == lines.size() - 1 && doc.endOfText()))) {
        out.add(Replacement.of(BLANK_LINES, line.start(), lines.get(runEnd).next(), ""));
      } else {
        // The line stays: no trailing spaces (unless a cut mid-line ends it), the usual terminator.
        boolean partial = !doc.endOfText() && line.next() == line.end();
        if (!partial) {
          out.add(Replacement.of(TRAILING_SPACE, blank ? line.start() : trimmedEnd(text, line), line.end(), ""));
        }
        if (usual != null && line.next() == line.end() + 1 && text.charAt(line.end()) == '\r') {
          out.add(Replacement.of(LINE_ENDINGS, line.end(), line.next(), usual));
        }
        if (runEnd > i) {
          out.add(Replacement.of(BLANK_LINES, lines.get(i + 1).start(), lines.get(runEnd).next(), ""));
        }
      }
      i = runEnd + 1;
    }
    if (doc.endOfText()) {
      finalNewline(text, lines).ifPresent(out::add);
    }
    return out;
  }

  /**
   * The terminator a lone CR should become in a text that mixes line endings ({@code \n} or
   * {@code \r\n}, whichever is more common), or null when the text does not mix them.
   */
  private static String usualTerminator(String text, List<Line> lines) {
    int lf = 0;
    int crlf = 0;
    int cr = 0;
    for (Line l : lines) {
      int len = l.next() - l.end();
      if (len == 2) {
        crlf++;
      } else if (len == 1 && text.charAt(l.end()) == '\n') {
        lf++;
      } else if (len == 1) {
        cr++;
      }
    }
    return cr == 0 || lf + crlf == 0 ? null : crlf > lf ? "\r\n" : "\n";
  }

  /** Gives the last non-blank line exactly one terminator; the blank lines after it are already gone. */
  private static java.util.Optional<Replacement> finalNewline(String text, List<Line> lines) {
    int last = lines.size() - 1;
    while (last >= 0 && lines.get(last).isBlank(text)) {
      last--;
    }
    if (last < 0) {
      return java.util.Optional.empty();
    }
    Line line = lines.get(last);
    String terminator = terminator(text, line);
    return line.next() > line.end()
        ? java.util.Optional.empty()
        : java.util.Optional.of(Replacement.of(FINAL_NEWLINE, line.end(), line.end(), terminator));
  }

  private static int trimmedEnd(String text, Line line) {
    int end = line.end();
    while (end > line.start() && Document.isHorizontalSpace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** The terminator the line already has, else the first one in the text, else {@code \n}. */
  private static String terminator(String text, Line line) {
    if (line.next() > line.end()) {
      return text.substring(line.end(), line.next());
    }
    int nl = text.indexOf('\n');
    int cr = text.indexOf('\r');
    if (cr >= 0 && (nl < 0 || cr < nl)) {
      return cr + 1 < text.length() && text.charAt(cr + 1) == '\n' ? "\r\n" : "\r";
    }
    return "\n";
  }
}
