package io.github.mtclean.fix.lines;

import io.github.mtclean.Fixer;
import io.github.mtclean.Replacement;
import io.github.mtclean.rules.RuleFormatException;
import io.github.mtclean.rules.RuleSource;
import io.github.mtclean.text.Document;
import io.github.mtclean.text.Document.Line;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes web page furniture: lines matching a phrase pattern of {@code rules/boilerplate.txt}
 * (anywhere, or only at the page's edges above and below the article body), and short lines at
 * the edges made only of navigation words from {@code rules/ui-words.txt} ({@code Home » World},
 * a glued breadcrumb like {@code BusinessNewsUSA News}).
 */
public final class BoilerplateLineFixer implements Fixer {
  static final String RULE = "lines/boilerplate";
  private static final String PATTERNS = "boilerplate.txt";
  private static final String UI_WORDS = "ui-words.txt";
  /** Words of a navigation line: camel-case parts of glued words count separately. */
  private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+|(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})");
  private static final Pattern SENTENCE_MARK = Pattern.compile("[.!?,;]");
  private static final int MAX_NAVIGATION_WORDS = 8;
  /** Furniture is short; a longer line is text (and long lines would be slow to match). */
  private static final int MAX_LENGTH = 400;

  private final LinePatterns anywhere;
  private final LinePatterns atEdge;
  private final Set<String> uiWords;

  public BoilerplateLineFixer(RuleSource source) {
    List<Pattern> any = new ArrayList<>();
    List<Pattern> edge = new ArrayList<>();
    for (LineTables.Entry e : LineTables.entries(source, PATTERNS)) {
      String[] parts = e.text().split("\\s+", 2);
      if (parts.length < 2 || !(parts[0].equals("any") || parts[0].equals("edge"))) {
        throw new RuleFormatException("rules/" + PATTERNS, e.line(), "expected 'any PATTERN' or 'edge PATTERN'");
      }
      (parts[0].equals("any") ? any : edge).add(LineTables.compile(PATTERNS, e, parts[1]));
    }
    anywhere = new LinePatterns(any);
    atEdge = new LinePatterns(edge);
    uiWords = new HashSet<>(LineTables.words(source, UI_WORDS));
  }

  @Override
  public List<String> ruleIds() {
    return List.of(RULE);
  }

  @Override
  public List<Replacement> fix(Document doc) {
    List<Replacement> out = new ArrayList<>();
    ArticleBody body = ArticleBody.of(doc);
    for (Line line : doc.lines()) {
      String content = line.content(doc.text()).strip();
      if (content.isEmpty() || content.length() > MAX_LENGTH) {
        continue;
      }
      boolean edge = body.atEdge(line);
      if (anywhere.matchesAny(content) || edge && (atEdge.matchesAny(content) || isNavigation(content))) {
        out.add(LineRemoval.of(RULE, line));
      }
    }
    return out;
  }

  /** A short line without sentence punctuation whose every word is a navigation word. */
  private boolean isNavigation(String content) {
    if (SENTENCE_MARK.matcher(content).find()) {
      return false;
    }
    int words = 0;
    for (String w : WORD_SPLIT.split(content)) {
      if (w.isEmpty()) {
        continue;
      }
      if (!uiWords.contains(w.toLowerCase(Locale.ROOT)) || ++words > MAX_NAVIGATION_WORDS) {
        return false;
      }
    }
    return words > 0;
  }
}
