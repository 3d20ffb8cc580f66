package io.github.mtclean.fix.boundaries;

import io.github.mtclean.Fixer;
import io.github.mtclean.Replacement;
import io.github.mtclean.text.Document;
import io.github.mtclean.text.Document.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Moves a single lowercase word MT left after the paragraph's last period back in front of the
 * noun it modifies: {@code to fund its programs. weapons.} becomes {@code to fund its weapons
 * programs.} The damage sits at a line's end, so each line is read backwards from there: a few
 * chars per line, where a pattern search would read every char of the text.
 */
final class DanglingWordFixer implements Fixer {
  static final String RULE = "boundaries/dangling-word";

  private final Set<String> abbreviations;

  DanglingWordFixer(Set<String> abbreviations) {
    this.abbreviations = Set.copyOf(abbreviations);
  }

  @Override
  public List<String> ruleIds() {
    return List.of(RULE);
  }

  @Override
  public List<Replacement> fix(Document doc) {
    String text = doc.text();
    List<Replacement> out = new ArrayList<>();
    for (Line line : doc.lines()) {
      // ... noun. word.   (then only spaces to the line's end)
      int end = skipSpacesBack(text, line.start(), line.end());
      if (end <= line.start() || text.charAt(end - 1) != '.') {
        continue;
      }
      int dangling = lowercaseWordBack(text, line.start(), end - 1);
      int gap = skipSpacesBack(text, line.start(), dangling);
      if (dangling == end - 1 || gap == dangling || gap <= line.start() || text.charAt(gap - 1) != '.') {
        continue;
      }
      int noun = lowercaseWordBack(text, line.start(), gap - 1);
      if (end - 1 - dangling >= 2 && gap - 1 - noun >= 2 && noun > 0 && Character.isWhitespace(text.charAt(noun - 1))
          && !abbreviations.contains(text.substring(noun, gap - 1))) {
        out.add(Replacement.of(RULE, noun, end,
            text.substring(dangling, end - 1) + " " + text.substring(noun, gap - 1) + "."));
      }
    }
    return out;
  }

  /** The start of the run of spaces and tabs ending at {@code end}, not before {@code floor}. */
  private static int skipSpacesBack(String text, int floor, int end) {
    int i = end;
    while (i > floor && Document.isHorizontalSpace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** The start of the run of lowercase letters ending at {@code end}, not before {@code floor}. */
  private static int lowercaseWordBack(String text, int floor, int end) {
    int i = end;
    while (i > floor && Character.getType(text.charAt(i - 1)) == Character.LOWERCASE_LETTER) {
      i--;
    }
    return i;
  }
}
