package io.github.mtclean.fix.lines;

import io.github.mtclean.rules.RuleFormatException;
import io.github.mtclean.rules.RuleSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads the plain-text tables beside the rule files: one entry a line, {@code #} comments, blanks ignored. */
public final class LineTables {
  private LineTables() {}

  /** An entry and the line of the table it came from. */
  record Entry(String text, int line) {}

  static List<Entry> entries(RuleSource source, String name) {
    String text = source.table(name)
        .orElseThrow(() -> new RuleFormatException("rules/" + name, 0, "table is missing"));
    List<Entry> out = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (!line.isEmpty() && !line.startsWith("#")) {
        out.add(new Entry(line, i + 1));
      }
    }
    return out;
  }

  /** The entries as lowercase words or phrases. */
  public static List<String> words(RuleSource source, String name) {
    return entries(source, name).stream().map(e -> e.text().toLowerCase(java.util.Locale.ROOT)).toList();
  }

  /** A table of whole-line patterns, one a line. */
  static LinePatterns patterns(RuleSource source, String name) {
    return new LinePatterns(entries(source, name).stream().map(e -> compile(name, e, e.text())).toList());
  }

  /**
   * A table of whole-line patterns, each after the kind it belongs to ({@code any PATTERN}), as
   * the patterns of each of {@code kinds}; another kind is a format error.
   */
  static Map<String, LinePatterns> patternsByKind(RuleSource source, String name, String... kinds) {
    Map<String, List<Pattern>> byKind = new LinkedHashMap<>();
    for (String kind : kinds) {
      byKind.put(kind, new ArrayList<>());
    }
    for (Entry e : entries(source, name)) {
      String[] parts = e.text().split("\\s+", 2);
      if (parts.length < 2 || !byKind.containsKey(parts[0])) {
        throw new RuleFormatException("rules/" + name, e.line(), "expected 'KIND PATTERN', KIND one of " + String.join(", ", kinds));
      }
      byKind.get(parts[0]).add(compile(name, e, parts[1]));
    }
    Map<String, LinePatterns> out = new LinkedHashMap<>();
    byKind.forEach((kind, patterns) -> out.put(kind, new LinePatterns(patterns)));
    return out;
  }

  /** Compiles an entry as a case-insensitive Unicode pattern, naming the table line if it is malformed. */
  static Pattern compile(String name, Entry entry, String regex) {
    try {
      return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    } catch (PatternSyntaxException e) {
      throw new RuleFormatException("rules/" + name, entry.line(), "bad pattern: " + e.getDescription());
    }
  }
}
