package io.github.mtclean.fix.lines;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Patterns that must match a whole (trimmed) line, tried fast. Most lines of a page are article
 * text that no pattern matches, and trying every pattern on every line was most of the chain's
 * time. Two exact gates skip a pattern without changing any answer: the line's first char must be
 * one the pattern can start with (asked once per ASCII char through {@link Matcher#hitEnd()}), and
 * the line must contain the literal text that every match of the pattern contains, if it has one.
 */
final class LinePatterns {
  private static final int ASCII = 128;
  /** Shorter required literals occur in nearly every line and would not save a match. */
  private static final int MIN_LITERAL = 3;

  /** Escapes whose following chars are a code, not text ({@code \\u00A0}, {@code \\x41}, {@code \\k<name>}). */
  private static final String CODED_ESCAPES = "xu0cNk";
  /** With comments on, spaces in a pattern are not text. */
  private static final Pattern COMMENTS_FLAG = Pattern.compile("\\(\\?[a-zA-Z]*x");

  private record Gated(Pattern pattern, String literal) {}

  private final List<Gated> all = new ArrayList<>();
  /** The patterns that can match a line starting with each ASCII char. */
  private final List<List<Gated>> byFirstChar = new ArrayList<>();

  LinePatterns(List<Pattern> patterns) {
    for (Pattern p : patterns) {
      String literal = requiredLiteral(p.pattern());
      all.add(new Gated(p, literal.length() >= MIN_LITERAL ? fold(literal) : ""));
    }
    for (char c = 0; c < ASCII; c++) {
      List<Gated> possible = new ArrayList<>();
      for (Gated g : all) {
        Matcher m = g.pattern().matcher(String.valueOf(c));
        if (m.matches() || m.hitEnd()) {
          possible.add(g);
        }
      }
      byFirstChar.add(possible);
    }
  }

  /** Whether one of the patterns matches all of {@code line}, which is trimmed and not empty. */
  boolean matchesAny(String line) {
    char first = line.charAt(0);
    List<Gated> candidates = first < ASCII ? byFirstChar.get(first) : all;
    String folded = null;
    for (Gated g : candidates) {
      if (!g.literal().isEmpty()) {
        folded = folded == null ? fold(line) : folded;
        if (!folded.contains(g.literal())) {
          continue;
        }
      }
      if (g.pattern().matcher(line).matches()) {
        return true;
      }
    }
    return false;
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
        if (CODED_ESCAPES.indexOf(e) >= 0) {
          return "";
        }
        literal = !Character.isLetterOrDigit(e);
        c = e;
        next = (e == 'p' || e == 'P') && regex.startsWith("{", i + 2) ? regex.indexOf('}', i) + 1 : i + 2;
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
