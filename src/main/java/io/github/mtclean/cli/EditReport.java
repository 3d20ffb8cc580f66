package io.github.mtclean.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import io.github.mtclean.Cleaned;
import io.github.mtclean.Edit;
import io.github.mtclean.text.Document;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.text.StringEscapeUtils;

/** The ways the CLI shows what it changed: explanations, JSON lines, a unified diff. */
final class EditReport {
  private EditReport() {}

  /**
   * One line per edit: {@code file:line:col rule "before" -> "after"}, positions in the original.
   * For a part of a longer text, {@code at} is where the part starts.
   */
  static String explain(String file, Cleaned cleaned, Position at) {
    int[] lineStarts = lineStarts(cleaned.original());
    StringBuilder sb = new StringBuilder();
    for (Edit e : cleaned.edits()) {
      int start = e.source().start();
      int line = Arrays.binarySearch(lineStarts, start);
      line = line >= 0 ? line : -line - 2;
      long col = start - lineStarts[line] + (line == 0 ? at.column() : 0);
      sb.append(file).append(':').append(at.line() + line + 1).append(':').append(col + 1)
          .append(' ').append(e.rule())
          .append(" \"").append(StringEscapeUtils.escapeJava(e.before())).append("\" -> \"")
          .append(StringEscapeUtils.escapeJava(e.after())).append("\"\n");
    }
    return sb.toString();
  }

  /**
   * One JSON object per edit and line; offsets are UTF-16 offsets into the original. Java string
   * escapes are a subset of JSON's, and escaping all non-ASCII keeps lone surrogates representable.
   */
  static String json(String file, Cleaned cleaned, Position at) {
    StringBuilder sb = new StringBuilder();
    for (Edit e : cleaned.edits()) {
      sb.append("{\"file\":\"").append(StringEscapeUtils.escapeJava(file))
          .append("\",\"rule\":\"").append(StringEscapeUtils.escapeJava(e.rule()))
          .append("\",\"start\":").append(at.offset() + e.source().start())
          .append(",\"end\":").append(at.offset() + e.source().end())
          .append(",\"before\":\"").append(StringEscapeUtils.escapeJava(e.before()))
          .append("\",\"after\":\"").append(StringEscapeUtils.escapeJava(e.after()))
          .append("\"}\n");
    }
    return sb.toString();
  }

  /** A unified diff with three lines of context, or the empty string when nothing changed. */
  static String diff(String file, Cleaned cleaned) {
    if (!cleaned.changed()) {
      return "";
    }
    List<String> before = cleaned.original().lines().toList();
    List<String> after = cleaned.text().lines().toList();
    List<String> lines = UnifiedDiffUtils.generateUnifiedDiff(
        "a/" + file, "b/" + file, before, DiffUtils.diff(before, after), 3);
    if (lines.isEmpty()) {
      // Only line terminators changed, which a line diff cannot show.
      return "--- a/" + file + "\n+++ b/" + file + "\n(line endings or final newline changed)\n";
    }
    return String.join("\n", lines) + "\n";
  }

  /** Where a part starts in the whole text: char offset, 0-based line, 0-based column. */
  record Position(long offset, long line, long column) {
    static final Position START = new Position(0, 0, 0);

    /** The position just after {@code text}, which starts here. */
    Position after(String text) {
      int[] starts = lineStarts(text);
      int last = starts.length - 1;
      return new Position(offset + text.length(), line + last,
          last == 0 ? column + text.length() : text.length() - starts[last]);
    }
  }

  /** Where each line of {@code text} starts: 0, then after every line terminator. */
  private static int[] lineStarts(String text) {
    List<Document.Line> lines = new Document(text).lines();
    int[] starts = new int[lines.size() + 1];
    int count = 1;
    for (Document.Line line : lines) {
      if (line.next() > line.end()) {
        starts[count++] = line.next();
      }
    }
    return Arrays.copyOf(starts, count);
  }
}
