package io.github.mtclean.fix.lines;

import io.github.mtclean.Replacement;
import io.github.mtclean.text.Document.Line;

/** Removing a whole line: its content and its terminator; the layout stage tidies blank lines. */
final class LineRemoval {
  private LineRemoval() {}

  static Replacement of(String rule, Line line) {
    return Replacement.of(rule, line.start(), line.next(), "");
  }
}
