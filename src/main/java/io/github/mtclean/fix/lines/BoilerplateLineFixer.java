package io.github.mtclean.fix.lines;

import io.github.mtclean.Fixer;
import io.github.mtclean.Replacement;
import io.github.mtclean.fix.boundaries.LocaleNames;
import io.github.mtclean.rules.RuleSource;
import io.github.mtclean.text.Document;
import io.github.mtclean.text.Document.Line;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes web page furniture: lines matching a phrase pattern of {@code rules/boilerplate.txt}
 * (anywhere, only at the page's edges above and below the article body, or only inside it), and short lines at
 * the edges made only of navigation words from {@code rules/ui-words.txt} ({@code Home » World},
 * a glued breadcrumb like {@code BusinessNewsUSA News}). Between paragraphs a menu needs more
 * words ({@code World Politics Business Tech}); a site name glued into one word before a section
 * ({@code DailyWorldWire Politics}) is furniture anywhere.
 */
public final class BoilerplateLineFixer implements Fixer {
  static final String RULE = "lines/boilerplate";
  private static final String PATTERNS = "boilerplate.txt";
  private static final String UI_WORDS = "ui-words.txt";
  /** Words of a navigation line: camel-case parts of glued words count separately; an apostrophe is inside a word ({@code What’s On}). */
  private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}'\u2019]+|(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})");
  /** Punctuation no menu holds: a sentence's, or a colon ending a line that introduces what follows ({@code Media contact:}). */
  private static final Pattern SENTENCE_MARK = Pattern.compile("[.!?,;]|:$");
  private static final int MAX_NAVIGATION_WORDS = 16;
  /** What joins a control's label in the site's language to its English one: {@code Fideo | Video}. */
  private static final List<String> SEPARATORS = List.of(" | ", " / ");
  /** The first of two labels is a few words. */
  private static final int MAX_FIRST_LABEL = 30;
  /** A menu between paragraphs: one or two section names there may be a subheading ({@code Middle East}). */
  private static final int MIN_BODY_MENU_WORDS = 3;
  /** A long menu may hold a few section names the word list lacks ({@code Home News Sport Weather iPlayer Sounds}). */
  private static final int MIN_LOOSE_MENU_WORDS = 5;
  /** A site name glued from three or more capitalised words ({@code TheCapitalPost}), then the rest of the line. */
  private static final Pattern SITE_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}*){2,}\\s+(.+)");
  /** Furniture is short; a longer line is text (and long lines would be slow to match). */
  private static final int MAX_LENGTH = 400;

  private final LinePatterns anywhere;
  private final LinePatterns atEdge;
  private final LinePatterns inBody;
  private final Set<String> uiWords;

  public BoilerplateLineFixer(RuleSource source) {
    Map<String, LinePatterns> byScope = LineTables.patternsByKind(source, PATTERNS, "any", "edge", "body");
    anywhere = byScope.get("any");
    atEdge = byScope.get("edge");
    inBody = byScope.get("body");
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
      if (isFurniture(doc, line, body.atEdge(line))) {
        out.add(LineRemoval.of(RULE, line));
      }
    }
    return out;
  }

  /** Whether {@code line} is furniture by this rule, read as above or below the article body or inside it. */
  boolean isFurniture(Document doc, Line line, boolean edge) {
    // the length is checked before a copy of the line is made: most long lines are paragraphs
    return line.strippedLength(doc.text()) <= MAX_LENGTH
        && doc.remember(new Question(this, edge), line, content -> isFurniture(content.strip(), edge));
  }

  /** Whether a line is furniture, at the page's edge or inside the article: asked once per line text. */
  private record Question(BoilerplateLineFixer fixer, boolean edge) {}

  private boolean isFurniture(String content, boolean edge) {
    return !content.isEmpty() && (matchesPattern(content, edge) || isNavigation(content, edge) || isBilingualLabel(content, edge));
  }

  private boolean matchesPattern(String content, boolean edge) {
    return anywhere.matchesAny(content) || (edge ? atEdge : inBody).matchesAny(content);
  }

  /**
   * A control labelled in the site's language and in English, joined by a bar or a slash ({@code
   * Dangos trawsgrifiad | Show transcript}, {@code Fideo | Video: The lifeboat reaches the ledge},
   * {@code Deel hierdie artikel / Share this article}, {@code Advertisement / Reklama}): the English
   * label is what a pattern knows. The other label is a few words without punctuation.
   */
  private boolean isBilingualLabel(String content, boolean edge) {
    for (String separator : SEPARATORS) {
      int at = content.indexOf(separator);
      if (at > 0) {
        String first = content.substring(0, at).strip();
        String second = content.substring(at + separator.length()).strip();
        return isLabel(first) && !second.isEmpty() && matchesPattern(second, edge) || isLabel(second) && matchesPattern(first, edge);
      }
    }
    return false;
  }

  private static boolean isLabel(String words) {
    return !words.isEmpty() && words.length() <= MAX_FIRST_LABEL && !SENTENCE_MARK.matcher(words).find();
  }

  /**
   * A short line without sentence punctuation made of navigation words: all of them at the edge,
   * at least {@link #MIN_BODY_MENU_WORDS} of them between paragraphs, two in three in a long menu;
   * or a glued site name followed only by navigation words.
   */
  private boolean isNavigation(String content, boolean edge) {
    if (content.length() > MAX_LENGTH / 2 || SENTENCE_MARK.matcher(content).find()) {
      return false;
    }
    Matcher site = SITE_NAME.matcher(content);
    if (site.matches()) {
      int[] rest = navigationWords(site.group(1));
      return rest[0] > 0 && rest[0] == rest[1];
    }
    int[] counts = navigationWords(content);
    int nav = counts[0];
    int words = counts[1];
    return words > 0 && words <= MAX_NAVIGATION_WORDS
        && (nav == words && (edge || words >= MIN_BODY_MENU_WORDS) || words >= MIN_LOOSE_MENU_WORDS && 3 * nav >= 2 * words);
  }

  /** {@code [navigation words, words]} of {@code s}, counting camel-case parts of glued words separately. */
  private int[] navigationWords(String s) {
    int nav = 0;
    int words = 0;
    for (String w : WORD_SPLIT.split(s)) {
      if (!w.isEmpty()) {
        words++;
        nav += uiWords.contains(w.toLowerCase(Locale.ROOT)) || LocaleNames.isCountry(w) ? 1 : 0; // a country's section: World Brazil Politics
      }
    }
    return new int[] {nav, words};
  }
}
