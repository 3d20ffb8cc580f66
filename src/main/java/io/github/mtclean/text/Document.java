package io.github.mtclean.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The text a fixer works on, with views computed on first use. Not shared between threads: the
 * cleaner makes one per text it passes to fixers.
 */
public final class Document {
  private final String text;
  private final boolean startOfText;
  private final boolean endOfText;
  private List<Line> lines;
  private final Map<Object, Object> views = new HashMap<>();

  /** A whole text. */
  public Document(String text) {
    this(text, true, true);
  }

  /**
   * A part of a longer text that is cleaned piece by piece: fixers treat its edges as the text's
   * start or end only when these flags say so (a part ends at a line break or between words).
   */
  public Document(String text, boolean startOfText, boolean endOfText) {
    this.text = text;
    this.startOfText = startOfText;
    this.endOfText = endOfText;
  }

  public String text() {
    return text;
  }

  public boolean startOfText() {
    return startOfText;
  }

  public boolean endOfText() {
    return endOfText;
  }

  /**
   * A view of the text that several fixers need ({@code key} names it), computed on the first call:
   * when one fixer changes nothing, the next one gets the same document and does not recompute it.
   */
  public <T> T view(Object key, Function<Document, T> compute) {
    @SuppressWarnings("unchecked")
    T view = (T) views.get(key);
    if (view == null) {
      view = compute.apply(this);
      views.put(key, view);
    }
    return view;
  }

  /** The lines of the text, each without its terminator ({@code \n}, {@code \r\n} or {@code \r}). */
  public List<Line> lines() {
    if (lines == null) {
      lines = Collections.unmodifiableList(splitLines(text));
    }
    return lines;
  }

  private static List<Line> splitLines(String text) {
    List<Line> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        int end = i;
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        out.add(new Line(out.size(), start, end, i + 1));
        start = i + 1;
      }
    }
    if (start < n) {
      out.add(new Line(out.size(), start, n, n));
    }
    return out;
  }

  /** A space within a line: space, tab, or another Unicode space separator (the no-break space too). */
  public static boolean isHorizontalSpace(char c) {
    return c == ' ' || c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  /**
   * A line: content {@code [start, end)}, terminator {@code [end, next)}. The last line of a text
   * without a final newline has {@code end == next}.
   */
  public record Line(int index, int start, int end, int next) {
    public String content(String text) {
      return text.substring(start, end);
    }

    /** The length of the content without its leading and trailing whitespace ({@link String#strip()}). */
    public int strippedLength(String text) {
      int a = start;
      int b = end;
      while (a < b && Character.isWhitespace(text.codePointAt(a))) {
        a += Character.charCount(text.codePointAt(a));
      }
      while (b > a && Character.isWhitespace(text.codePointBefore(b))) {
        b -= Character.charCount(text.codePointBefore(b));
      }
      return b - a;
    }

    /** The whitespace-separated words of the content. */
    public int wordCount(String text) {
      int words = 0;
      for (int i = start; i < end; i++) {
        if (!Character.isWhitespace(text.charAt(i)) && (i == start || Character.isWhitespace(text.charAt(i - 1)))) {
          words++;
        }
      }
      return words;
    }

    public boolean isBlank(String text) {
      for (int i = start; i < end; i++) {
        if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u00A0') {
          return false;
        }
      }
      return true;
    }
  }
}
