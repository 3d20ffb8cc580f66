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

  @Override
  public List<String> ruleIds() {
    return List.of(TRAILING_SPACE, BLANK_LINES, FINAL_NEWLINE);
  }

  @Override
  public List<Replacement> fix(Document doc) {
    String text = doc.text();
    List<Line> lines = doc.lines();
    List<Replacement> out = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      Line line = lines.get(i);
      if (!line.isBlank(text)) {
        boolean partial = !doc.endOfText() && line.next() == line.end(); // cut mid-line: its end is not a line end
        if (!partial) {
          out.add(Replacement.of(TRAILING_SPACE, trimmedEnd(text, line), line.end(), ""));
        }
        i++;
        continue;
      }
      int runEnd = i; // the last blank line of this run
      while (runEnd + 1 < lines.size() && lines.get(runEnd + 1).isBlank(text)) {
        runEnd++;
      }
      boolean atStart = i == 0 && doc.startOfText();
      boolean atEnd = runEnd == lines.size() - 1 && doc.endOfText();
      if (atStart || atEnd) {
        out.add(Replacement.of(BLANK_LINES, line.start(), lines.get(runEnd).next(), ""));
      } else {
        out.add(Replacement.of(TRAILING_SPACE, line.start(), line.end(), ""));
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
    while (end > line.start() && isHorizontalSpace(text.charAt(end - 1))) {
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

  private static boolean isHorizontalSpace(char c) {
    return c == ' ' || c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR;
  }
}
