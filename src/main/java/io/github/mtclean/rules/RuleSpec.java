package io.github.mtclean.rules;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One rule as written in a rule file: either a regex rule ({@code match}/{@code replace}) or the
 * documentation and examples of a rule implemented in Java ({@code impl java}).
 *
 * @param pattern null for a Java rule
 * @param replace null for a Java rule
 * @param triggers literals at least one of which every match contains; empty: no prefilter
 * @param maxShare the most matches a text may have, in percent of its trigger occurrences, for the
 *     rule to change it (100: no limit), once it has three or more: past it the writer's own
 *     convention is what matches
 * @param knownWordGroup a group of the pattern that, when it matched, must be a word of the English
 *     dictionary for the match to count (0: none): a word the dictionary lacks, such as a truncated
 *     word or a code, leaves the rule unsure
 */
public record RuleSpec(
    String family,
    String name,
    String file,
    int line,
    Pattern pattern,
    String replace,
    List<String> triggers,
    int maxShare,
    int knownWordGroup,
    String note,
    List<Example> examples,
    List<Example> unchanged) {

  public String id() {
    return family + "/" + name;
  }

  public boolean isJava() {
    return pattern == null;
  }

  public String where() {
    return file + ":" + line;
  }

  /** {@code input} must clean to {@code expected}; for an unchanged example they are equal. */
  public record Example(String input, String expected, int line) {}
}
