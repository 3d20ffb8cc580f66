package io.github.mtclean.fix.lines;

import io.github.mtclean.Fixer;
import io.github.mtclean.Replacement;
import io.github.mtclean.rules.RuleSource;
import io.github.mtclean.text.Document;
import io.github.mtclean.text.Document.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes a list of links to other pages: a header line of {@code rules/list-headers.txt}
 * ({@code Related stories}, {@code More in Culture}, {@code Most read}, {@code Tags}) and the
 * entries right under it, each a line that reads as a headline or a tag, up to the first blank
 * line or line of prose. The header alone goes too. Entries with blank lines between them are
 * taken only two or more in a row: one alone may be an article's subheading.
 */
final class TeaserListFixer implements Fixer {
  static final String RULE = "lines/teaser-list";
  private static final String HEADERS = "list-headers.txt";
  /** A list entry is a headline, not a paragraph. */
  private static final int MAX_ENTRY_WORDS = 20;
  private static final int MAX_ENTRY_LENGTH = 200;
  /** A numbered or bulleted entry's marker. */
  private static final Pattern MARKER = Pattern.compile("^(?:\\d{1,2}[.)]|[•·*–-])\\s+");
  /** An entry does not end as a sentence or clause does; a headline may ask or exclaim. */
  private static final Pattern PROSE_END = Pattern.compile("[.,;:]['\"’”)]*$");

  private final LinePatterns headers;

  TeaserListFixer(RuleSource source) {
    headers = LineTables.patterns(source, HEADERS);
  }

  @Override
  public List<String> ruleIds() {
    return List.of(RULE);
  }

  @Override
  public List<Replacement> fix(Document doc) {
    List<Replacement> out = new ArrayList<>();
    List<Line> lines = doc.lines();
    for (int i = 0; i < lines.size(); i++) {
      if (!isHeader(doc, lines.get(i))) {
        continue;
      }
      out.add(LineRemoval.of(RULE, lines.get(i)));
      int header = i;
      while (i + 1 < lines.size() && isEntry(doc.content(lines.get(i + 1)))) {
        out.add(LineRemoval.of(RULE, lines.get(++i)));
      }
      if (i == header) {
        i = takeSpacedEntries(doc, i + 1, out);
      }
    }
    return out;
  }

  /**
   * Takes the entries from {@code from} on that stand each alone between blank lines, when there
   * are two or more in a row, or one that ends the text: one with text under it may be the
   * article's subheading, but subheadings do not follow each other without text between. Returns
   * the index of the last line taken.
   */
  private static int takeSpacedEntries(Document doc, int from, List<Replacement> out) {
    List<Line> lines = doc.lines();
    List<Line> entries = new ArrayList<>();
    int i = from;
    while (true) {
      int j = i;
      while (j < lines.size() && lines.get(j).isBlank(doc.text())) {
        j++;
      }
      boolean alone = j < lines.size() && (j + 1 == lines.size() || lines.get(j + 1).isBlank(doc.text()));
      if (j == i && !entries.isEmpty() || !alone || !isEntry(doc.content(lines.get(j)))) {
        break;
      }
      entries.add(lines.get(j));
      i = j + 1;
    }
    if (entries.size() < 2 && !(entries.size() == 1 && endsText(doc, entries.get(0)))) {
      return from - 1;
    }
    // the blank lines between go too, and the one after when one stands before the header
    int last = entries.get(entries.size() - 1).index();
    boolean spacedAbove = from < 2 || lines.get(from - 2).isBlank(doc.text());
    if (spacedAbove && last + 1 < lines.size() && lines.get(last + 1).isBlank(doc.text())) {
      last++;
    }
    for (int k = from; k <= last; k++) {
      out.add(LineRemoval.of(RULE, lines.get(k)));
    }
    return last;
  }

  /** Whether only blank lines follow {@code line}: an entry there has no text under it, as a subheading would. */
  private static boolean endsText(Document doc, Line line) {
    List<Line> lines = doc.lines();
    for (int k = line.index() + 1; k < lines.size(); k++) {
      if (!lines.get(k).isBlank(doc.text())) {
        return false;
      }
    }
    return true;
  }

  boolean isHeader(Document doc, Line line) {
    int length = line.strippedLength(doc.text());
    return length > 0 && length <= MAX_ENTRY_LENGTH
        && doc.remember(this, line, content -> headers.matchesAny(content.strip()));
  }

  /** Whether a line reads as a list entry: a headline or tag, maybe numbered, no sentence end. */
  static boolean isEntry(String content) {
    String s = MARKER.matcher(content.strip()).replaceFirst("");
    return !s.isEmpty() && s.length() <= MAX_ENTRY_LENGTH
        && s.split("\\s+").length <= MAX_ENTRY_WORDS && !PROSE_END.matcher(s).find();
  }
}
