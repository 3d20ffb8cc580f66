package io.github.mtclean.fix.lines;

import io.github.mtclean.Replacement;
import io.github.mtclean.Span;
import io.github.mtclean.text.Document.Line;
import java.util.List;

/**
 * What a fixer cuts from one line, decided from the line's content alone: the whole line, or spans
 * of the content. Being free of the line's position, it can be remembered for the text's later
 * versions ({@link io.github.mtclean.text.Document#remember}).
 */
record LineCuts(boolean wholeLine, List<Span> spans) {
  static final LineCuts NONE = new LineCuts(false, List.of());
  static final LineCuts WHOLE_LINE = new LineCuts(true, List.of());

  static LineCuts of(List<Span> spans) {
    return spans.isEmpty() ? NONE : new LineCuts(false, List.copyOf(spans));
  }

  /** The replacements that make these cuts in {@code line}. */
  void addTo(String rule, Line line, List<Replacement> out) {
    if (wholeLine) {
      out.add(LineRemoval.of(rule, line));
    }
    for (Span s : spans) {
      out.add(Replacement.of(rule, line.start() + s.start(), line.start() + s.end(), ""));
    }
  }
}
