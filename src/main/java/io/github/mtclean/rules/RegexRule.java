package io.github.mtclean.rules;

import io.github.mtclean.Fixer;
import io.github.mtclean.Replacement;
import io.github.mtclean.fix.EnglishWords;
import io.github.mtclean.fix.LowerCaseNames;
import io.github.mtclean.text.Document;
import java.util.ArrayList;
import java.util.Arrays;
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
  /** A share of one or two matches says nothing about the writer's convention. */
  private static final int MIN_MATCHES_FOR_SHARE = 3;
  private static final int NOT_LOOKED_FOR = -2;

  private final RuleSpec spec;
  /** The triggers, and where in each its rarest char stands: scanning for that char is one fast indexOf. */
  private final String[] triggers;
  private final int[] keyOffsets;

  public RegexRule(RuleSpec spec) {
    if (spec.isJava()) {
      throw new IllegalArgumentException(spec.id() + " is implemented in Java, not by a regex");
    }
    this.spec = spec;
    this.triggers = spec.triggers().toArray(String[]::new);
    this.keyOffsets = new int[triggers.length];
    for (int k = 0; k < triggers.length; k++) {
      keyOffsets[k] = rarestChar(triggers[k]);
    }
  }

  /**
   * The index of the char of {@code trigger} that prose holds least often: a mark before a letter
   * or digit, a space or line break last ({@code ". "} is looked for at its period, as one char in
   * six is a space).
   */
  static int rarestChar(String trigger) {
    int best = 0;
    for (int i = 1; i < trigger.length(); i++) {
      if (commonness(trigger.charAt(i)) < commonness(trigger.charAt(best))) {
        best = i;
      }
    }
    return best;
  }

  private static int commonness(char c) {
    return c == ' ' || c == '\n' ? 2 : Character.isLetterOrDigit(c) ? 1 : 0;
  }

  @Override
  public List<String> ruleIds() {
    return List.of(spec.id());
  }

  @Override
  public List<Replacement> fix(Document doc) {
    String text = doc.text();
    Matcher m = spec.pattern().matcher(new Deadline(text, BUDGET_BASE_NANOS + BUDGET_NANOS_PER_CHAR * text.length()));
    // Lookarounds see past the region, so a match is found exactly as in a full scan.
    m.useTransparentBounds(true).useAnchoringBounds(false);
    List<Replacement> out = new ArrayList<>();
    if (spec.triggers().isEmpty()) {
      collect(m, doc, 0, text.length(), out);
      return out;
    }
    int[] found = new int[triggers.length]; // each trigger's next start; scans only move forward
    Arrays.fill(found, NOT_LOOKED_FOR);
    int from = 0;
    for (int hit = nextTrigger(text, 0, found); hit >= 0; hit = nextTrigger(text, from, found)) {
      int lineStart = Math.max(from, text.lastIndexOf('\n', hit) + 1);
      int lineEnd = text.indexOf('\n', hit);
      lineEnd = lineEnd < 0 ? text.length() : lineEnd + 1;
      collect(m, doc, lineStart, lineEnd, out);
      from = lineEnd;
    }
    boolean writersConvention = spec.maxShare() < 100 && out.size() >= MIN_MATCHES_FOR_SHARE
        && 100L * out.size() > (long) spec.maxShare() * triggerCount(text);
    return writersConvention ? List.of() : out;
  }

  /** How often the triggers occur in {@code text}. */
  private long triggerCount(String text) {
    long count = 0;
    for (String t : spec.triggers()) {
      for (int at = text.indexOf(t); at >= 0; at = text.indexOf(t, at + 1)) {
        count++;
      }
    }
    return count;
  }

  /**
   * The first start of a trigger that ends at or after {@code from}, or -1. {@code found} holds each
   * trigger's next known start (-1: none left), so the text is scanned once per trigger.
   */
  private int nextTrigger(String text, int from, int[] found) {
    int first = -1;
    for (int k = 0; k < triggers.length; k++) {
      int length = triggers[k].length();
      if (found[k] == NOT_LOOKED_FOR || found[k] >= 0 && found[k] + length <= from) {
        found[k] = find(text, k, Math.max(0, from - length + 1));
      }
      if (found[k] >= 0 && (first < 0 || found[k] < first)) {
        first = found[k];
      }
    }
    return first;
  }

  /** The first start at or after {@code minStart} of trigger {@code k}, or -1. */
  private int find(String text, int k, int minStart) {
    String trigger = triggers[k];
    int offset = keyOffsets[k];
    char key = trigger.charAt(offset);
    for (int at = text.indexOf(key, minStart + offset); at >= 0; at = text.indexOf(key, at + 1)) {
      if (text.startsWith(trigger, at - offset)) {
        return at - offset;
      }
    }
    return -1;
  }

  /** Adds the replacements for the matches inside {@code [start, end)}. */
  private void collect(Matcher m, Document doc, int start, int end, List<Replacement> out) {
    m.region(start, end);
    while (m.find()) {
      if (hasKnownWord(m, doc)) {
        out.add(Replacement.of(spec.id(), m.start(), m.end(), expand(spec.replace(), m)));
      }
    }
  }

  /** Whether the known-word group, if any, is an English word the text does not spell as a name in lower case. */
  private boolean hasKnownWord(Matcher m, Document doc) {
    String word = spec.knownWordGroup() == 0 ? null : m.group(spec.knownWordGroup());
    return word == null || EnglishWords.isKnown(word) && !LowerCaseNames.contains(doc, word);
  }

  /** The replacement for the current match: {@code $n} and {@code ${name}} as in String.replaceAll, {@code \\x} for x. */
  static String expand(String replace, Matcher m) {
    if (replace.indexOf('$') < 0 && replace.indexOf('\\') < 0) {
      return replace;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < replace.length(); i++) {
      char c = replace.charAt(i);
      if (c == '\\' && i + 1 < replace.length()) {
        sb.append(replace.charAt(++i));
      } else if (c == '$' && i + 1 < replace.length() && replace.charAt(i + 1) == '{') {
        int close = replace.indexOf('}', i);
        String group = m.group(replace.substring(i + 2, close));
        sb.append(group == null ? "" : group);
        i = close;
      } else if (c == '$' && i + 1 < replace.length() && Character.isDigit(replace.charAt(i + 1))) {
        String group = m.group(replace.charAt(++i) - '0');
        sb.append(group == null ? "" : group);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
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
