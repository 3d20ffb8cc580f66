package io.github.mtclean.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Reads the line-oriented rule format: one block per rule, blocks separated by blank lines,
 * {@code #} starts a comment line. Each line is {@code key value}:
 *
 * <pre>
 * rule       space-before-punctuation       name, [a-z0-9-]+, unique in the file
 * match      \h+([,.;:!?])(?=\s|$)          a java.util.regex pattern, Unicode classes (\s matches U+00A0) ...
 * replace    $1                             ... and its replacement ($n, ${name}), may be empty
 * trigger    \u0020,|\u0020.                  optional: literals (Java escapes, | between) at least one
 *                                           of which every match contains; the pattern then runs only
 *                                           on lines holding one, which makes clean text fast
 * max-share  50%                            optional, with a trigger: no change to a text where more
 *                                           than this share of the trigger's occurrences match
 * known-word 1                              optional: a match counts only when its group 1, if it
 *                                           took part, is a word of LanguageTool's English dictionary
 * impl       java                           ... or: the rule is implemented in Java
 * note       why the rule exists            optional
 * example    bad text  =&gt;  fixed text      at least one; Java escapes (\n, \t, \\, \\u00AB)
 * unchanged  text that must stay as it is   any number; Java escapes
 * </pre>
 */
public final class RuleFileParser {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern GROUP_REF = Pattern.compile("(?<!\\\\)\\$(\\d)");
  private static final Pattern ARROW = Pattern.compile("\\s+=>\\s+");
  private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})%");
  private static final Set<String> KEYS =
      Set.of("rule", "match", "replace", "trigger", "max-share", "known-word", "impl", "note", "example", "unchanged");

  private RuleFileParser() {}

  /**
   * Parses {@code content}, read from {@code file} (used in messages), for rule family {@code family}.
   *
   * @throws RuleFormatException naming the file and line of the first problem
   */
  public static List<RuleSpec> parse(String family, String file, String content) {
    List<RuleSpec> rules = new ArrayList<>();
    Set<String> names = new HashSet<>();
    Block block = null;
    String[] lines = content.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int lineNo = i + 1;
      String line = lines[i].strip();
      if (line.startsWith("#")) {
        continue;
      }
      if (line.isEmpty()) {
        if (block != null) {
          rules.add(block.finish(family, file, names));
          block = null;
        }
        continue;
      }
      int space = indexOfWhitespace(line);
      String key = space < 0 ? line : line.substring(0, space);
      String value = space < 0 ? "" : line.substring(space).strip();
      if (!KEYS.contains(key)) {
        throw new RuleFormatException(file, lineNo, "unknown key '" + key + "', expected one of " + KEYS);
      }
      if (block == null) {
        if (!key.equals("rule")) {
          throw new RuleFormatException(file, lineNo, "a block must start with 'rule NAME', found '" + key + "'");
        }
        block = new Block(lineNo);
      }
      block.add(file, lineNo, key, value);
    }
    if (block != null) {
      rules.add(block.finish(family, file, names));
    }
    return rules;
  }

  private static int indexOfWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The lines of one rule block, checked as they come. */
  private static final class Block {
    final int line;
    String name;
    Pattern pattern;
    String replace;
    boolean java;
    List<String> triggers = List.of();
    Integer maxShare;
    Integer knownWordGroup;
    String note = "";
    final List<RuleSpec.Example> examples = new ArrayList<>();
    final List<RuleSpec.Example> unchanged = new ArrayList<>();

    Block(int line) {
      this.line = line;
    }

    void add(String file, int lineNo, String key, String value) {
      if (value.isEmpty() && !key.equals("replace")) {
        throw new RuleFormatException(file, lineNo, "'" + key + "' needs a value");
      }
      switch (key) {
        case "rule" -> {
          if (name != null) {
            throw new RuleFormatException(file, lineNo, "second 'rule' in one block; separate blocks with a blank line");
          }
          if (!NAME.matcher(value).matches()) {
            throw new RuleFormatException(file, lineNo, "rule name '" + value + "' must match " + NAME);
          }
          name = value;
        }
        case "match" -> {
          once(file, lineNo, key, pattern);
          try {
            pattern = Pattern.compile(value, Pattern.UNICODE_CHARACTER_CLASS);
          } catch (PatternSyntaxException e) {
            throw new RuleFormatException(file, lineNo, "bad regex: " + e.getDescription() + " near index " + e.getIndex());
          }
        }
        case "replace" -> {
          once(file, lineNo, key, replace);
          replace = value;
        }
        case "trigger" -> {
          once(file, lineNo, key, triggers.isEmpty() ? null : triggers);
          triggers = List.of(unescape(file, lineNo, value).split("\\|"));
          if (triggers.stream().anyMatch(String::isEmpty)) {
            throw new RuleFormatException(file, lineNo, "'trigger' takes non-empty literals separated by |");
          }
        }
        case "max-share" -> {
          once(file, lineNo, key, maxShare);
          Matcher percent = PERCENT.matcher(value);
          if (!percent.matches() || Integer.parseInt(percent.group(1)) > 100) {
            throw new RuleFormatException(file, lineNo, "'max-share' takes a percentage from 0% to 100%");
          }
          maxShare = Integer.parseInt(percent.group(1));
        }
        case "known-word" -> {
          once(file, lineNo, key, knownWordGroup);
          if (!value.matches("[1-9]")) {
            throw new RuleFormatException(file, lineNo, "'known-word' takes the number of a group, 1 to 9");
          }
          knownWordGroup = Integer.parseInt(value);
        }
        case "impl" -> {
          if (!value.equals("java")) {
            throw new RuleFormatException(file, lineNo, "'impl' takes only 'java'");
          }
          java = true;
        }
        case "note" -> note = note.isEmpty() ? value : note + " " + value;
        case "example" -> {
          String[] parts = ARROW.split(value, -1);
          if (parts.length != 2) {
            throw new RuleFormatException(file, lineNo, "an example is 'BAD  =>  FIXED' with exactly one '=>'");
          }
          examples.add(new RuleSpec.Example(unescape(file, lineNo, parts[0]), unescape(file, lineNo, parts[1]), lineNo));
        }
        case "unchanged" -> {
          String text = unescape(file, lineNo, value);
          unchanged.add(new RuleSpec.Example(text, text, lineNo));
        }
        default -> throw new IllegalStateException(key);
      }
    }

    private static void once(String file, int lineNo, String key, Object previous) {
      if (previous != null) {
        throw new RuleFormatException(file, lineNo, "'" + key + "' given twice in one rule");
      }
    }

    private static String unescape(String file, int lineNo, String s) {
      try {
        return StringEscapeUtils.unescapeJava(s);
      } catch (RuntimeException e) {
        throw new RuleFormatException(file, lineNo, "bad escape: " + e.getMessage());
      }
    }

    RuleSpec finish(String family, String file, Set<String> names) {
      if (java == (pattern != null)) {
        throw new RuleFormatException(file, line, "rule '" + name + "' needs either 'match' and 'replace' or 'impl java'");
      }
      if (pattern != null && replace == null) {
        throw new RuleFormatException(file, line, "rule '" + name + "' has 'match' but no 'replace'");
      }
      if (pattern != null) {
        int groups = pattern.matcher("").groupCount();
        if (knownWordGroup != null && knownWordGroup > groups) {
          throw new RuleFormatException(file, line, "rule '" + name + "' has 'known-word " + knownWordGroup
              + "' but its pattern has only " + groups + " groups");
        }
        Matcher ref = GROUP_REF.matcher(replace);
        while (ref.find()) {
          if (Integer.parseInt(ref.group(1)) > groups) {
            throw new RuleFormatException(file, line, "rule '" + name + "' replaces with " + ref.group()
                + " but its pattern has only " + groups + " groups");
          }
        }
      }
      if (java && knownWordGroup != null) {
        throw new RuleFormatException(file, line, "rule '" + name + "' is 'impl java' and cannot have 'known-word'");
      }
      if (java && !triggers.isEmpty()) {
        throw new RuleFormatException(file, line, "rule '" + name + "' is 'impl java' and cannot have 'trigger'");
      }
      if (maxShare != null && triggers.isEmpty()) {
        throw new RuleFormatException(file, line, "rule '" + name + "' has 'max-share' but no 'trigger' to count");
      }
      if (java && replace != null) {
        throw new RuleFormatException(file, line, "rule '" + name + "' is 'impl java' and cannot have 'replace'");
      }
      if (examples.isEmpty()) {
        throw new RuleFormatException(file, line, "rule '" + name + "' has no 'example'; every rule shows what it fixes");
      }
      if (!names.add(name)) {
        throw new RuleFormatException(file, line, "rule '" + name + "' is defined twice in this file");
      }
      return new RuleSpec(family, name, file, line, pattern, replace, triggers, maxShare == null ? 100 : maxShare,
          knownWordGroup == null ? 0 : knownWordGroup, note,
          List.copyOf(examples), List.copyOf(unchanged));
    }
  }
}
