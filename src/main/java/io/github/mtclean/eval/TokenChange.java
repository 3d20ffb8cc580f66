package io.github.mtclean.eval;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/** One change between two token sequences: source tokens {@code [from, to)} become {@code target}. */
record TokenChange(int from, int to, List<String> target) {

  /** The changes that turn {@code source} into {@code target}, from a token diff. */
  static List<TokenChange> between(Tokens source, Tokens target) {
    return between(source.texts(), target.texts());
  }

  static List<TokenChange> between(List<String> source, List<String> target) {
    List<TokenChange> out = new ArrayList<>();
    for (AbstractDelta<String> d : DiffUtils.diff(source, target).getDeltas()) {
      int from = d.getSource().getPosition();
      out.add(new TokenChange(from, from + d.getSource().size(), List.copyOf(d.getTarget().getLines())));
    }
    return out;
  }

  /** Token edit distance: per change, the larger of the tokens taken out and put in. */
  static int distance(List<TokenChange> changes) {
    return changes.stream().mapToInt(c -> Math.max(c.to - c.from, c.target.size())).sum();
  }

  /** {@code tokens} with this change made. */
  List<String> applyTo(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens.subList(0, from));
    out.addAll(target);
    out.addAll(tokens.subList(to, tokens.size()));
    return out;
  }

  /** Whether the two changes touch the same source tokens (or the same insertion point). */
  boolean overlaps(TokenChange o) {
    if (from == to || o.from == o.to) {
      return from <= o.to && o.from <= to;
    }
    return from < o.to && o.from < to;
  }
}
