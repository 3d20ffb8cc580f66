package io.github.mtclean.fix.lines;

import io.github.mtclean.Fixer;
import io.github.mtclean.Replacement;
import io.github.mtclean.text.Document;
import io.github.mtclean.text.Document.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes a line that repeats the line just before it: a scrape that took a page's title twice
 * (the page title, then the article's headline) or copied a caption twice. Short lines (a chant, a
 * one-word heading) may repeat on purpose. Only adjacent lines are compared: a text cleaned in
 * parts is cut at paragraph starts, so the pair is always in one part and the result is the same.
 */
final class RepeatedLineFixer implements Fixer {
  static final String RULE = "lines/repeated-line";
  private static final int MIN_WORDS = 4;

  @Override
  public List<String> ruleIds() {
    return List.of(RULE);
  }

  @Override
  public List<Replacement> fix(Document doc) {
    String text = doc.text();
    List<Replacement> out = new ArrayList<>();
    String previous = null;
    for (Line line : doc.lines()) {
      String content = line.content(text).strip();
      if (content.equals(previous) && line.wordCount(text) >= MIN_WORDS) {
        out.add(LineRemoval.of(RULE, line));
      }
      previous = content;
    }
    return out;
  }
}
