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
   * @return whether the text changed
   * @throws IllegalArgumentException when two replacements overlap or one lies outside the text
   */
  public boolean apply(List<Replacement> proposed) {
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
      return false;
    }
    reps.sort(BY_POSITION);
    checkDisjoint(reps);
    List<Change> merged = new ArrayList<>(changes.size() + reps.size());
    int i = 0; // the next old change
    int delta = 0; // current offset minus original offset, after the old changes consumed so far
    Cluster cluster = null;
    for (Replacement r : reps) {
      int a = r.span().start();
      if (cluster == null || a >= cluster.curEnd) {
        if (cluster != null) {
          cluster.close(delta, merged);
        }
        while (i < changes.size() && changes.get(i).curEnd(delta) <= a) {
          delta = changes.get(i).shift(delta);
          merged.add(changes.get(i++));
        }
        cluster = new Cluster(a, delta);
      }
      cluster.add(r);
      while (i < changes.size() && changes.get(i).curStart(delta) < Math.max(cluster.curEnd, a + 1)
          && changes.get(i).curEnd(delta) > a) {
        Change c = changes.get(i++);
        cluster.absorb(c, c.curStart(delta), c.curEnd(delta));
        delta = c.shift(delta);
      }
    }
    cluster.close(delta, merged);
    while (i < changes.size()) {
      merged.add(changes.get(i++));
    }
    current = applyTo(current, reps);
    changes = merged;
    return true;
  }

  private static String applyTo(String text, List<Replacement> sorted) {
    StringBuilder next = new StringBuilder(text.length() + 16);
    int copied = 0;
    for (Replacement r : sorted) {
      next.append(text, copied, r.span().start()).append(r.text());
      copied = r.span().end();
    }
    return next.append(text, copied, text.length()).toString();
  }

  /**
   * New replacements and the old changes they overlap, which together become one change. A
   * cluster grows while the next replacement overlaps what it covers.
   */
  private final class Cluster {
    final int delta0; // delta before the cluster
    int curStart;
    int curEnd;
    final List<Replacement> reps = new ArrayList<>();
    final Set<String> oldRules = new LinkedHashSet<>();
    final Set<String> newRules = new LinkedHashSet<>();

    Cluster(int start, int delta0) {
      this.curStart = start;
      this.curEnd = start;
      this.delta0 = delta0;
    }

    void add(Replacement r) {
      reps.add(r);
      newRules.add(r.rule());
      curEnd = Math.max(curEnd, r.span().end());
    }

    void absorb(Change c, int cStart, int cEnd) {
      oldRules.addAll(List.of(c.rule.split("\\+")));
      curStart = Math.min(curStart, cStart);
      curEnd = Math.max(curEnd, cEnd);
    }

    /** Adds the change this cluster makes, unless it restores the original text. */
    void close(int deltaAfter, List<Change> out) {
      StringBuilder after = new StringBuilder();
      int copied = curStart;
      for (Replacement r : reps) {
        after.append(current, copied, r.span().start()).append(r.text());
        copied = r.span().end();
      }
      after.append(current, copied, curEnd);
      int origStart = curStart - delta0;
      int origEnd = curEnd - deltaAfter;
      if (after.length() != origEnd - origStart || !original.regionMatches(origStart, after.toString(), 0, after.length())) {
        oldRules.addAll(newRules);
        out.add(new Change(origStart, origEnd, after.toString(), String.join("+", oldRules)));
      }
    }
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
