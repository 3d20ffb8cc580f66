package io.github.mtclean.fix.lines;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Patterns that must match a whole (trimmed) line, tried fast. Most lines of a page are article
 * text that no pattern matches, and trying every pattern on every line was most of the chain's
 * time. Two exact gates skip a pattern without changing any answer: the line's first two chars must
 * be ones the pattern can start with (asked through {@link Matcher#hitEnd()} once per ASCII char,
 * and once per pair of ASCII chars when a line first starts with it: most lines start with a
 * capital, which alone rules out little), and
 * the line must contain the literal text that every match of the pattern contains, if it has one
 * (looked for only if the line has every pair of adjacent chars the literal has: a bit set of them
 * per line answers most literals without a search).
 * A pattern of alternatives ({@code a|b}, also {@code (?:a|b)c} and {@code (?:a|b){2,}}, multiplied
 * out) is gated alternative by alternative: the whole line matches it exactly when it matches one.
 */
final class LinePatterns {
  private static final int ASCII = 128;
  /** Shorter required literals occur in nearly every line and would not save a match, unless they hold a rarer char than ASCII ({@code °}, {@code →}). */
  private static final int MIN_LITERAL = 3;

  /** A char by its UTF-16 code: a literal like any other. */
  private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u(\\p{XDigit}{4})");
  /** Escapes whose following chars are a code, not text ({@code \\u00A0}, {@code \\x41}, {@code \\k<name>}). */
  private static final String CODED_ESCAPES = "xu0cNk";
  /** With comments on, spaces in a pattern are not text. */
  private static final Pattern COMMENTS_FLAG = Pattern.compile("\\(\\?[a-zA-Z]*x");
  /** What an alternative cut from its pattern would read differently: a flag group for the rest, a back reference. */
  private static final Pattern UNSPLITTABLE = Pattern.compile("\\(\\?[a-zA-Z-]+\\)|\\\\[1-9k]");
  /** A greedy count of at least one after a group: {@code {2,}}, {@code {1,3}}, {@code +}. */
  private static final Pattern AT_LEAST_ONCE = Pattern.compile("(?:\\+|\\{([1-9]\\d*)(,(\\d*))?\\})(?![?+])");
  /** Multiplying out stops here: each alternative is a compiled pattern. */
  private static final int MAX_ALTERNATIVES = 64;

  /** Bits of the adjacent-char pairs of a text, hashed: enough that a long line leaves most bits clear. */
  private static final int PAIR_BITS = 256;

  private record Gated(Pattern pattern, String literal, long[] literalPairs) {}

  private final List<Gated> all = new ArrayList<>();
  /** The patterns that can match a line starting with each ASCII char. */
  private final List<List<Gated>> byFirstChar = new ArrayList<>();
  /** The same for each pair of ASCII chars, filled in as lines bring them (threads may share this). */
  private final AtomicReferenceArray<List<Gated>> byFirstTwo = new AtomicReferenceArray<>(ASCII * ASCII);

  LinePatterns(List<Pattern> patterns) {
    for (Pattern p : patterns) {
      for (String alternative : alternatives(p.pattern())) {
        String literal = requiredLiteral(alternative);
        Pattern alone = alternative.equals(p.pattern()) ? p : Pattern.compile(alternative, p.flags());
        String folded = literal.length() >= MIN_LITERAL || !isAscii(literal) ? fold(literal) : "";
        all.add(new Gated(alone, folded, pairs(folded)));
      }
    }
    for (char c = 0; c < ASCII; c++) {
      byFirstChar.add(possible(all, String.valueOf(c)));
    }
  }

  /** Those of {@code patterns} that match {@code start} or could match a longer text starting with it. */
  private static List<Gated> possible(List<Gated> patterns, String start) {
    List<Gated> out = new ArrayList<>();
    for (Gated g : patterns) {
      Matcher m = g.pattern().matcher(start);
      if (m.matches() || m.hitEnd()) {
        out.add(g);
      }
    }
    return List.copyOf(out);
  }

  private List<Gated> candidates(String line) {
    char first = line.charAt(0);
    if (first >= ASCII) {
      return all;
    }
    if (line.length() < 2 || line.charAt(1) >= ASCII) {
      return byFirstChar.get(first);
    }
    int pair = first * ASCII + line.charAt(1);
    List<Gated> known = byFirstTwo.get(pair);
    if (known == null) {
      known = possible(byFirstChar.get(first), line.substring(0, 2));
      byFirstTwo.set(pair, known);
    }
    return known;
  }

  /** Whether one of the patterns matches all of {@code line}, which is trimmed and not empty. */
  boolean matchesAny(String line) {
    String folded = null;
    long[] pairs = null;
    for (Gated g : candidates(line)) {
      if (!g.literal().isEmpty()) {
        if (folded == null) {
          folded = fold(line);
          pairs = pairs(folded);
        }
        if (!hasAll(pairs, g.literalPairs()) || !folded.contains(g.literal())) {
          continue;
        }
      }
      if (g.pattern().matcher(line).matches()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAscii(String s) {
    return s.chars().allMatch(c -> c < ASCII);
  }

  private static long[] pairs(String s) {
    long[] bits = new long[PAIR_BITS / Long.SIZE];
    for (int i = 1; i < s.length(); i++) {
      int h = (s.charAt(i - 1) * 31 + s.charAt(i)) & (PAIR_BITS - 1);
      bits[h >>> 6] |= 1L << h;
    }
    return bits;
  }

  private static boolean hasAll(long[] bits, long[] wanted) {
    for (int i = 0; i < bits.length; i++) {
      if ((bits[i] & wanted[i]) != wanted[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Case folding under which a case-insensitive match of a literal is a substring, char by char as
   * the regex engine compares: upper then lower case maps {@code ſ} and {@code S} alike to {@code s}.
   */
  static String fold(String s) {
    char[] folded = new char[s.length()];
    for (int i = 0; i < folded.length; i++) {
      char c = s.charAt(i);
      folded[i] = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c)
          : Character.toLowerCase(Character.toUpperCase(c));
    }
    return new String(folded);
  }

  /**
   * The longest run of plain characters outside any group, class, alternation or optional part of
   * {@code regex}: text that every match contains. Empty when there is none or the pattern is
   * beyond this simple reading (a top-level {@code |}, {@code \Q} quoting).
   */
  static String requiredLiteral(String regex) {
    if (regex.contains("\\Q") || COMMENTS_FLAG.matcher(regex).find()) {
      return "";
    }
    String best = "";
    StringBuilder run = new StringBuilder();
    int i = 0;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      int next;
      boolean literal = false;
      if (c == '|') {
        return "";
      } else if (c == '(' || c == '[') {
        next = skipBracketed(regex, i);
      } else if (c == '\\' && i + 1 < regex.length()) {
        char e = regex.charAt(i + 1);
        Matcher code = UNICODE_ESCAPE.matcher(regex).region(i, regex.length());
        if (code.lookingAt()) {
          literal = true;
          c = (char) Integer.parseInt(code.group(1), 16);
          next = code.end();
        } else if (CODED_ESCAPES.indexOf(e) >= 0) {
          return "";
        } else {
          literal = !Character.isLetterOrDigit(e);
          c = e;
          next = (e == 'p' || e == 'P') && regex.startsWith("{", i + 2) ? regex.indexOf('}', i) + 1 : i + 2;
        }
      } else {
        literal = ".^$".indexOf(c) < 0;
        next = i + 1;
      }
      char q = next < regex.length() ? regex.charAt(next) : 0;
      boolean optional = q == '?' || q == '*' || q == '{' && regex.startsWith("{0", next);
      if (literal && !optional) {
        run.append(c);
      }
      if (!literal || optional || q == '+' || q == '{') {
        best = run.length() > best.length() ? run.toString() : best;
        run.setLength(0);
      }
      i = next;
      while (i < regex.length() && "?*+{".indexOf(regex.charAt(i)) >= 0) {
        i = regex.charAt(i) == '{' ? Math.max(regex.indexOf('}', i) + 1, i + 1) : i + 1;
      }
    }
    return run.length() > best.length() ? run.toString() : best;
  }

  /**
   * Alternatives that together match what {@code regex} matches: its top-level alternatives, each
   * with a leading non-capturing group multiplied out; {@code regex} alone if it cannot be cut.
   */
  static List<String> alternatives(String regex) {
    if (regex.contains("\\Q") || COMMENTS_FLAG.matcher(regex).find() || UNSPLITTABLE.matcher(regex).find()) {
      return List.of(regex);
    }
    List<String> out = new ArrayList<>();
    for (String alternative : topLevelAlternatives(regex)) {
      multiplyOut(alternative, out);
    }
    return out;
  }

  /** {@code (?:a|b)c} as {@code ac} and {@code bc}; {@code (?:a|b){2,}c} as {@code a(?:a|b){1,}c} and {@code b(?:a|b){1,}c}. */
  private static void multiplyOut(String alternative, List<String> out) {
    if (!alternative.startsWith("(?:") || out.size() >= MAX_ALTERNATIVES) {
      out.add(alternative);
      return;
    }
    int end = skipBracketed(alternative, 0);
    String group = alternative.substring(0, end);
    String rest = alternative.substring(end);
    Matcher count = AT_LEAST_ONCE.matcher(rest);
    String after;
    if (count.lookingAt()) {
      String reduced = count.group(1) == null ? "*" : "{" + (Integer.parseInt(count.group(1)) - 1)
          + (count.group(2) == null ? "" : "," + (count.group(3).isEmpty() ? "" : Integer.parseInt(count.group(3)) - 1)) + "}";
      after = group + reduced + rest.substring(count.end());
    } else if (rest.isEmpty() || "?*+{".indexOf(rest.charAt(0)) < 0) {
      after = rest;
    } else {
      out.add(alternative);
      return;
    }
    for (String inner : topLevelAlternatives(group.substring(3, group.length() - 1))) {
      multiplyOut(inner + after, out);
    }
  }

  private static List<String> topLevelAlternatives(String regex) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '(' || c == '[') {
        i = skipBracketed(regex, i);
      } else if (c == '|') {
        out.add(regex.substring(start, i));
        start = ++i;
      } else {
        i++;
      }
    }
    out.add(regex.substring(start));
    return out;
  }

  /** The index after the group or class opening at {@code start}; escapes and nested classes are skipped. */
  private static int skipBracketed(String regex, int start) {
    int depth = 0;
    int classDepth = 0;
    for (int i = start; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        classDepth++;
      } else if (c == ']' && classDepth > 0) {
        classDepth--;
      } else if (classDepth == 0 && c == '(') {
        depth++;
      } else if (classDepth == 0 && c == ')') {
        depth--;
      }
      if (depth == 0 && classDepth == 0) {
        return i + 1;
      }
    }
    return regex.length();
  }
}
