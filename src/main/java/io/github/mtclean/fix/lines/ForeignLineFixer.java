package io.github.mtclean.fix.lines;

import io.github.mtclean.Fixer;
import io.github.mtclean.Replacement;
import io.github.mtclean.text.Document;
import io.github.mtclean.text.Document.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes whole lines that are not English: mostly letters of another script (ICU's script data
 * says which), Latin-script words that English does not have ({@link LatinLanguage}; more of
 * them inside the article body than at its edges), or a date stamp in another language ({@link
 * ForeignDates}). Foreign lines an English line introduces with a colon are a quotation and stay,
 * and so do a title the article's English lines name ({@code Scéalta ón Oileán}, the drama a TV
 * guide's prose recommends) and a listing's entry among English ones ({@code 19:15 Ceol na hOíche}
 * under {@code 19:00 Nuacht}). A text that is mostly non-English is not an English article with
 * stray lines, and is left alone.
 */
public final class ForeignLineFixer implements Fixer {
  static final String RULE = "lines/foreign-line";

  /**
   * Share of foreign words a Latin-script line needs: widgets sit at the page's edges; inside the
   * article a line of terms or a Latin motto with an English word or two stays.
   */
  private static final double EDGE_SHARE = LatinLanguage.FOREIGN_SHARE;
  private static final double BODY_SHARE = 0.8;

  /** A listing's time before its entry ({@code 19:15 }), and a note after it ({@code (New)}). */
  private static final Pattern CLOCK = Pattern.compile("\\d{1,2}[:.]\\d{2}\\h+");
  private static final Pattern NOTE = Pattern.compile("\\h*\\([^()]{1,12}\\)$");
  /** A title named in prose is this long at least: shorter ones match by chance. */
  private static final int MIN_TITLE = 8;

  private final LatinLanguage latin;

  public ForeignLineFixer(LatinLanguage latin) {
    this.latin = latin;
  }

  private static boolean isForeignDate(Document doc, Line line) {
    return doc.remember(ForeignDates.class, line, content -> ForeignDates.isForeignDate(content.strip()));
  }

  @Override
  public List<String> ruleIds() {
    return List.of(RULE);
  }

  @Override
  public List<Replacement> fix(Document doc) {
    List<Replacement> out = new ArrayList<>();
    int letters = 0;
    int removedLetters = 0;
    ArticleBody body = ArticleBody.of(doc);
    // the last English line with text ends in a colon (The poem begins:): the foreign lines after it are a quotation
    boolean introduced = false;
    for (Line line : doc.lines()) {
      int[] counts = ForeignScript.letterCounts(doc, line);
      letters += counts[1];
      if (line.isBlank(doc.text())) {
        continue;
      }
      boolean foreign = isForeign(doc, line, body.atEdge(line), counts);
      if (foreign && !introduced && !namedInEnglish(doc, line, body) && !isListingEntry(doc, line, body)) {
        out.add(LineRemoval.of(RULE, line));
        removedLetters += counts[1];
      }
      introduced = foreign ? introduced : doc.content(line).strip().endsWith(":");
    }
    return 2 * removedLetters > letters ? List.of() : out;
  }

  /** Whether the line's title, without a listing's time or note, stands in another line that is English. */
  private boolean namedInEnglish(Document doc, Line line, ArticleBody body) {
    String title = title(doc.content(line).strip());
    if (title.length() < MIN_TITLE) {
      return false;
    }
    for (int at = doc.text().indexOf(title); at >= 0; at = doc.text().indexOf(title, at + 1)) {
      Line other = doc.lineAt(at);
      if (other.index() != line.index() && !title(doc.content(other).strip()).equals(title)
          && !isForeign(doc, other, body.atEdge(other))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the line is a listing's entry, led by a time, next to one that is English. */
  private boolean isListingEntry(Document doc, Line line, ArticleBody body) {
    if (!CLOCK.matcher(doc.content(line)).lookingAt()) {
      return false;
    }
    for (int k : new int[] {line.index() - 1, line.index() + 1}) {
      if (k >= 0 && k < doc.lines().size()) {
        Line other = doc.lines().get(k);
        if (CLOCK.matcher(doc.content(other)).lookingAt() && !isForeign(doc, other, body.atEdge(other))) {
          return true;
        }
      }
    }
    return false;
  }

  private static String title(String content) {
    Matcher clock = CLOCK.matcher(content);
    String rest = clock.lookingAt() ? content.substring(clock.end()) : content;
    return NOTE.matcher(rest).replaceFirst("");
  }

  /** Whether {@code line} is not English, read as above or below the article body or inside it. */
  boolean isForeign(Document doc, Line line, boolean edge) {
    return isForeign(doc, line, edge, ForeignScript.letterCounts(doc, line));
  }

  /** {@code counts}: the line's letters, {@code [foreign, all]}. */
  private boolean isForeign(Document doc, Line line, boolean edge, int[] counts) {
    // A line mostly of Latin letters with a few of another script is English with a glued
    // fragment (Cheap hotel near the station - 【じゃらん】公式サイト): foreign-fragment cuts only that.
    boolean latinOnly = counts[0] == 0;
    return counts[1] >= 2 && (2 * counts[0] >= counts[1]
        || latinOnly && (latin.foreignShare(doc, line) >= (edge ? EDGE_SHARE : BODY_SHARE) || isForeignDate(doc, line)));
  }
}
