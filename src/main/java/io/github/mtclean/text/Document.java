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
  /**
   * Answers about lines longer than this (a page dumped without line breaks) are kept for one
   * version of the text only: every version of a huge line would stay in memory.
   */
  private static final int LONG_LINE = 10_000;

  private final String text;
  private final boolean startOfText;
  private final boolean endOfText;
  private List<Line> lines;
  private String[] contents;
  private final Map<Object, Object> views = new HashMap<>();
  /** Answers about line contents, shared by every version of one text ({@link #revised}). */
  private final Map<Object, Map<String, Object>> remembered;

  /** A whole text. */
  public Document(String text) {
    this(text, true, true);
  }

  /**
   * A part of a longer text that is cleaned piece by piece: fixers treat its edges as the text's
   * start or end only when these flags say so (a part ends at a line break or between words).
   */
  public Document(String text, boolean startOfText, boolean endOfText) {
    this(text, startOfText, endOfText, new HashMap<>());
  }

  private Document(String text, boolean startOfText, boolean endOfText, Map<Object, Map<String, Object>> remembered) {
    this.text = text;
    this.startOfText = startOfText;
    this.endOfText = endOfText;
    this.remembered = remembered;
  }

  /** The next version of this text: new views, but what {@link #remember} learnt is kept. */
  public Document revised(String newText) {
    return new Document(newText, startOfText, endOfText, remembered);
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

  /**
   * {@code judge} of {@code line}'s content, remembered for every version of this text ({@code kind}
   * names the question): the chain reads a text again after each change, and most of its lines are
   * the same. {@code judge} must depend on nothing but the content.
   */
  public <T> T remember(Object kind, Line line, Function<String, T> judge) {
    if (line.end() - line.start() > LONG_LINE) {
      return view(List.of(kind, line.index()), d -> judge.apply(content(line))); // for this version only
    }
    @SuppressWarnings("unchecked")
    Map<String, T> answers = (Map<String, T>) (Map<String, ?>) remembered.computeIfAbsent(kind, k -> new HashMap<>());
    String content = content(line);
    T answer = answers.get(content);
    if (answer == null) {
      answer = judge.apply(content);
      answers.put(content, answer);
    }
    return answer;
  }

  /** The content of one of this text's lines, copied once for all the fixers that ask. */
  public String content(Line line) {
    if (contents == null) {
      contents = new String[lines().size()];
    }
    String content = contents[line.index()];
    if (content == null) {
      content = contents[line.index()] = line.content(text);
    }
    return content;
  }

  /** The lines of the text, each without its terminator ({@code \n}, {@code \r\n} or {@code \r}). */
  public List<Line> lines() {
    if (lines == null) {
      lines = Collections.unmodifiableList(splitLines(text));
    }
    return lines;
  }

  /** The line holding offset {@code at} (a terminator belongs to its line). */
  public Line lineAt(int at) {
    List<Line> all = lines();
    int low = 0;
    int high = all.size() - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (all.get(mid).start() <= at) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return all.get(low);
  }

  private static List<Line> splitLines(String text) {
    List<Line> out = new ArrayList<>();
    boolean carriageReturns = text.indexOf('\r') >= 0;
    int start = 0;
    int n = text.length();
    for (int i = nextBreak(text, 0, carriageReturns); i >= 0; i = nextBreak(text, start, carriageReturns)) {
      int next = text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
      out.add(new Line(out.size(), start, i, next));
      start = next;
    }
    if (start < n) {
      out.add(new Line(out.size(), start, n, n));
    }
    return out;
  }

  /** The first line break at or after {@code from}, or -1: found by {@code indexOf} in a text of {@code \n} only. */
  private static int nextBreak(String text, int from, boolean carriageReturns) {
    if (!carriageReturns) {
      return text.indexOf('\n', from);
    }
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        return i;
      }
    }
    return -1;
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
