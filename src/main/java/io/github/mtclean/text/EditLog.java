package io.github.mtclean.text;

import io.github.mtclean.Edit;
import io.github.mtclean.Replacement;
import io.github.mtclean.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The changes made so far to one original text, kept in original coordinates. Each stage's
 * replacements (in the current text's coordinates) are applied in one pass and merged into the log:
 * a replacement that touches text an earlier stage produced is merged with that earlier change, so
 * the log never holds overlapping edits and always replays from the original to the current text.
 */
public final class EditLog {
  private static final Comparator<Replacement> BY_POSITION =
      Comparator.comparingInt((Replacement r) -> r.span().start())
          .thenComparingInt(r -> r.span().end());

  private final String original;
  private String current;
  private List<Change> changes = new ArrayList<>();

  public EditLog(String original) {
    this.original = original;
    this.current = original;
  }

  /** The text with every change so far applied. */
  public String text() {
    return current;
  }

  /**
   * Applies one stage's replacements, given in the coordinates of {@link #text()}.
   *
   * @throws IllegalArgumentException when two replacements overlap or one lies outside the text
   */
  public void apply(List<Replacement> proposed) {
    List<Replacement> reps = new ArrayList<>(proposed.size());
    for (Replacement r : proposed) {
      Span s = r.span();
      if (s.end() > current.length()) {
        throw new IllegalArgumentException(
            "rule " + r.rule() + " proposed " + s + " outside a text of length " + current.length());
      }
      if (!current.regionMatches(s.start(), r.text(), 0, s.length())
          || r.text().length() != s.length()) {
        reps.add(r);
      }
    }
    if (reps.isEmpty()) {
      return;
    }
    reps.sort(BY_POSITION);
    checkDisjoint(reps);
    StringBuilder next = new StringBuilder(current.length() + 16);
    List<Change> merged = new ArrayList<>(changes.size() + reps.size());
    int i = 0; // next old change
    int delta = 0; // current offset minus original offset, before change i
    int copied = 0; // current text copied into next so far
    for (Replacement r : reps) {
      int a = r.span().start();
      int b = r.span().end();
      while (i < changes.size() && changes.get(i).curEnd(delta) <= a) {
        delta = changes.get(i).shift(delta);
        merged.add(changes.get(i++));
      }
      int origStart = a - delta;
      int curStart = a;
      int curEnd = b;
      Set<String> rules = new LinkedHashSet<>();
      int origEnd = -1;
      while (i < changes.size() && changes.get(i).curStart(delta) < b && changes.get(i).curEnd(delta) > a) {
        Change c = changes.get(i++);
        if (c.curStart(delta) <= a) {
          origStart = c.origStart;
          curStart = c.curStart(delta);
        }
        rules.addAll(List.of(c.rule.split("\\+")));
        curEnd = Math.max(b, c.curEnd(delta));
        origEnd = c.curEnd(delta) >= b ? c.origEnd : -1;
        delta = c.shift(delta);
      }
      if (origEnd < 0) {
        origEnd = b - delta;
      }
      rules.add(r.rule());
      String after = current.substring(curStart, a) + r.text() + current.substring(b, curEnd);
      if (!original.regionMatches(origStart, after, 0, origEnd - origStart)
          || after.length() != origEnd - origStart) {
        merged.add(new Change(origStart, origEnd, after, String.join("+", rules)));
      }
      next.append(current, copied, a).append(r.text());
      copied = b;
    }
    while (i < changes.size()) {
      merged.add(changes.get(i++));
    }
    next.append(current, copied, current.length());
    current = next.toString();
    changes = merged;
  }

  private static void checkDisjoint(List<Replacement> sorted) {
    for (int k = 1; k < sorted.size(); k++) {
      Replacement p = sorted.get(k - 1);
      Replacement q = sorted.get(k);
      boolean bothInsertAtSamePoint =
          p.span().length() == 0 && q.span().length() == 0 && p.span().start() == q.span().start();
      if (q.span().start() < p.span().end() || bothInsertAtSamePoint) {
        throw new IllegalArgumentException(
            "overlapping replacements: rule " + p.rule() + " at " + p.span() + " and rule "
                + q.rule() + " at " + q.span());
      }
    }
  }

  /** The edits so far, in original order. */
  public List<Edit> edits() {
    List<Edit> out = new ArrayList<>(changes.size());
    for (Change c : changes) {
      out.add(new Edit(c.rule, new Span(c.origStart, c.origEnd),
          original.substring(c.origStart, c.origEnd), c.after));
    }
    return out;
  }

  public OffsetMap offsets() {
    return new OffsetMap(edits(), original.length());
  }

  /** A change: original {@code [origStart, origEnd)} now reads {@code after}. */
  private record Change(int origStart, int origEnd, String after, String rule) {
    int curStart(int delta) {
      return origStart + delta;
    }

    int curEnd(int delta) {
      return origStart + delta + after.length();
    }

    /** The delta after this change, given the delta before it. */
    int shift(int delta) {
      return delta + after.length() - (origEnd - origStart);
    }
  }
}
