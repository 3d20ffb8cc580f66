package io.github.mtclean.fix.names;

import io.github.mtclean.fix.EnglishWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one text says about the table's people: where each is named in full (in any spelling), the
 * single words that may be a surname mention ({@code Kim}, {@code President Yong}), and the words of
 * other names ({@code Yoon Ji-ho}), which make a surname ambiguous. Found by one scan and hash
 * lookups of folded keys, never a pattern per name.
 */
final class NamesInText {
  /** A full-name mention of {@code person}: its words, middle initials included. */
  record FullName(Person person, List<Token> words, String text) {
    int start() {
      return words.get(0).start();
    }

    int end() {
      return words.get(words.size() - 1).end();
    }
  }

  /** A word standing alone or after a title ({@code title} is null when there is none). */
  record Single(Token token, String title) {}

  /** Words of the longest name, counting a middle initial. */
  private static final int LONGEST_NAME = 5;

  /** The runs of two capitalised words or more ({@link NameRuns}): where a full name can be. Single words are not kept. */
  final List<List<Token>> multiWordRuns = new ArrayList<>();
  final List<FullName> fullNames = new ArrayList<>();
  final List<Single> singles = new ArrayList<>();
  /** The distinct words of {@link #singles}. */
  final Set<String> singleWords = new HashSet<>();
  /** Keys of capitalised words inside runs that are neither a table name nor a single: other people, places, firms. */
  final Set<String> otherKeys = new HashSet<>();
  /** The same words as written. */
  final Set<String> otherWords = new HashSet<>();
  /** Each person named in full, with the titles the text puts before them. */
  final Map<Person, Set<String>> named = new LinkedHashMap<>();
  private final Map<Person, Integer> firstNamed = new HashMap<>();

  /** The names of {@code doc}, found once and shared by the fixers that read the same text. */
  static NamesInText of(io.github.mtclean.text.Document doc, NameTable table) {
    return doc.view(table, d -> new NamesInText(d.text(), table));
  }

  private NamesInText(String text, NameTable table) {
    for (List<Token> words : NameRuns.of(text)) {
      List<Token> run = withoutSentenceOpener(text, words);
      scan(text, run, table);
      if (run.size() > 1) {
        multiWordRuns.add(run);
      }
    }
  }

  /**
   * The run without its first word when that is a preposition, article or conjunction capitalised
   * only because it opens a sentence ({@code For Wójtcik, the visit}): no name starts with one.
   */
  private static List<Token> withoutSentenceOpener(String text, List<Token> run) {
    return run.size() > 1 && opensSentence(text, run.get(0).start()) && EnglishWords.isLinking(run.get(0).text())
        ? run.subList(1, run.size()) : run;
  }

  /** Whether a sentence starts at {@code start}: the text's or a line's start, or a sentence's end, a space and maybe a quotation mark. */
  private static boolean opensSentence(String text, int start) {
    int i = start;
    while (i > 0 && "\"'\u201C\u2018 ".indexOf(text.charAt(i - 1)) >= 0) {
      i--;
    }
    return i == 0 || ".!?\n".indexOf(text.charAt(i - 1)) >= 0;
  }

  /** Whether {@code [start, end)} overlaps a full name of a table person (found in text order, so searched by halves). */
  boolean isTableName(int start, int end) {
    int lo = 0;
    int hi = fullNames.size();
    while (lo < hi) { // the first name ending after start
      int mid = (lo + hi) >>> 1;
      if (fullNames.get(mid).end() <= start) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < fullNames.size() && fullNames.get(lo).start() < end;
  }

  private void scan(String text, List<Token> run, NameTable table) {
    int i = 0;
    while (i < run.size()) {
      int len = fullNameAt(run, i, table);
      if (len > 0) {
        Token first = run.get(i);
        Token last = run.get(i + len - 1);
        Person p = personAt(run, i, len, table);
        fullNames.add(new FullName(p, List.copyOf(run.subList(i, i + len)), text.substring(first.start(), last.end())));
        Set<String> titles = named.computeIfAbsent(p, k -> new HashSet<>(k.titleWords()));
        if (i > 0 && table.isTitleWord(run.get(i - 1).text())) {
          titles.add(run.get(i - 1).text());
        }
        firstNamed.putIfAbsent(p, first.start());
        i += len;
      } else if (i == run.size() - 1 && (run.size() == 1 || table.isTitleWord(run.get(i - 1).text()))) {
        singles.add(new Single(run.get(i), run.size() == 1 ? null : run.get(i - 1).text()));
        singleWords.add(run.get(i).text());
        i++;
      } else {
        if (!table.isTitleWord(run.get(i).text())) {
          otherKeys.add(run.get(i).key());
          otherWords.add(run.get(i).text());
        }
        i++;
      }
    }
  }

  /** The number of words of the longest table name starting at word {@code i}, or 0. */
  private static int fullNameAt(List<Token> run, int i, NameTable table) {
    if (run.get(i).isInitial() || !table.mayStartName(run.get(i))) {
      return 0;
    }
    for (int len = Math.min(LONGEST_NAME, run.size() - i); len >= 2; len--) {
      if (!run.get(i + len - 1).isInitial() && personAt(run, i, len, table) != null) {
        return len;
      }
    }
    return 0;
  }

  private static Person personAt(List<Token> run, int i, int len, NameTable table) {
    StringBuilder plain = new StringBuilder();
    StringBuilder key = new StringBuilder();
    for (int k = i; k < i + len; k++) {
      if (run.get(k).isInitial()) {
        continue;
      }
      plain.append(run.get(k).plain());
      key.append(run.get(k).key());
    }
    return table.person(plain.toString(), key.toString());
  }

  /** Whether {@code person} is named in full before {@code offset}. */
  boolean namedBefore(Person person, int offset) {
    Integer first = firstNamed.get(person);
    return first != null && first < offset;
  }

  /** The canonical spelling in the case of {@code original}: a name in capitals stays in capitals. */
  static String inCaseOf(String canonical, String original) {
    boolean capitals = original.length() > 1 && original.equals(original.toUpperCase(java.util.Locale.ROOT))
        && !original.equals(original.toLowerCase(java.util.Locale.ROOT));
    return capitals ? canonical.toUpperCase(java.util.Locale.ROOT) : canonical;
  }
}
