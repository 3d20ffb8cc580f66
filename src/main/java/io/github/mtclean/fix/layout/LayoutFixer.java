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
 * text already uses). Paragraph conventions are otherwise kept as they are.
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
    int first = 0;
    while (first < lines.size() && lines.get(first).isBlank(text)) {
      first++;
    }
    if (first == lines.size()) {
      return text.isEmpty() ? List.of() : List.of(Replacement.of(BLANK_LINES, 0, text.length(), ""));
    }
    int last = lines.size() - 1;
    while (lines.get(last).isBlank(text)) {
      last--;
    }
    List<Replacement> out = new ArrayList<>();
    if (first > 0) {
      out.add(Replacement.of(BLANK_LINES, 0, lines.get(first).start(), ""));
    }
    for (int i = first; i <= last; i++) {
      Line line = lines.get(i);
      if (line.isBlank(text)) {
        int runEnd = i;
        while (lines.get(runEnd + 1).isBlank(text)) {
          runEnd++;
        }
        out.add(Replacement.of(TRAILING_SPACE, line.start(), line.end(), ""));
        if (runEnd > i) {
          out.add(Replacement.of(BLANK_LINES, lines.get(i + 1).start(), lines.get(runEnd).next(), ""));
        }
        i = runEnd;
      } else {
        int end = line.end();
        while (end > line.start() && isHorizontalSpace(text.charAt(end - 1))) {
          end--;
        }
        out.add(Replacement.of(TRAILING_SPACE, end, line.end(), ""));
      }
    }
    Line lastLine = lines.get(last);
    out.add(Replacement.of(FINAL_NEWLINE, lastLine.end(), text.length(), terminator(text, lastLine)));
    return out;
  }

  /** The terminator the last line already has, else the first one in the text, else {@code \n}. */
  private static String terminator(String text, Line lastLine) {
    if (lastLine.next() > lastLine.end()) {
      return text.substring(lastLine.end(), lastLine.next());
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
