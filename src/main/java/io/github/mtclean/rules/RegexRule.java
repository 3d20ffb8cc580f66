package io.github.mtclean.rules;

import io.github.mtclean.Fixer;
import io.github.mtclean.Replacement;
import io.github.mtclean.text.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * A rule from a rule file: every match of its pattern is replaced by its replacement. A user's
 * pattern may backtrack catastrophically, so matching is bounded in time per text.
 */
public final class RegexRule implements Fixer {
  /** Time allowed per text: a fixed allowance plus a share per char, generous for any sane pattern. */
  static final long BUDGET_BASE_NANOS = 2_000_000_000L;
  static final long BUDGET_NANOS_PER_CHAR = 1_000L;

  private final RuleSpec spec;

  public RegexRule(RuleSpec spec) {
    if (spec.isJava()) {
      throw new IllegalArgumentException(spec.id() + " is implemented in Java, not by a regex");
    }
    this.spec = spec;
  }

  @Override
  public List<String> ruleIds() {
    return List.of(spec.id());
  }

  @Override
  public List<Replacement> fix(Document doc) {
    List<Replacement> out = new ArrayList<>();
    String text = doc.text();
    Matcher m = spec.pattern().matcher(new Deadline(text, BUDGET_BASE_NANOS + BUDGET_NANOS_PER_CHAR * text.length()));
    // appendReplacement expands $n and ${name} exactly as String.replaceAll does; it also copies
    // the text since the previous match, which we skip to keep just the expansion.
    StringBuilder sb = new StringBuilder();
    int previousEnd = 0;
    while (m.find()) {
      sb.setLength(0);
      m.appendReplacement(sb, spec.replace());
      String expanded = sb.substring(m.start() - previousEnd);
      previousEnd = m.end();
      out.add(Replacement.of(spec.id(), m.start(), m.end(), expanded));
    }
    return out;
  }

  /** The text, read through a clock: a match running past its budget throws. */
  private final class Deadline implements CharSequence {
    private final String text;
    private final long start = System.nanoTime();
    private final long budget;
    private int reads;

    Deadline(String text, long budget) {
      this.text = text;
      this.budget = budget;
    }

    @Override
    public char charAt(int index) {
      if ((++reads & 0xFFFF) == 0 && System.nanoTime() - start > budget) {
        throw new RuleTimeoutException(spec, (System.nanoTime() - start) / 1_000_000, text.length());
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int from, int to) {
      return text.subSequence(from, to);
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
