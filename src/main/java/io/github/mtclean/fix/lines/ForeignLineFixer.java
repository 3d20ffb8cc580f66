package io.github.mtclean.fix.lines;

import io.github.mtclean.Fixer;
import io.github.mtclean.Replacement;
import io.github.mtclean.text.Document;
import io.github.mtclean.text.Document.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes whole lines that are not English: mostly letters of another script (ICU's script data
 * says which), Latin-script words that English does not have ({@link LatinLanguage}; more of
 * them inside the article body than at its edges), or a date stamp in another language ({@link
 * ForeignDates}). Foreign lines an English line introduces with a colon are a quotation and stay.
 * A text that is mostly non-English is not an English article with stray lines, and is left alone.
 */
public final class ForeignLineFixer implements Fixer {
  static final String RULE = "lines/foreign-line";

  /**
   * Share of foreign words a Latin-script line needs: widgets sit at the page's edges; inside the
   * article a line of terms or a Latin motto with an English word or two stays.
   */
  private static final double EDGE_SHARE = LatinLanguage.FOREIGN_SHARE;
  private static final double BODY_SHARE = 0.8;

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
      if (foreign && !introduced) {
        out.add(LineRemoval.of(RULE, line));
        removedLetters += counts[1];
      }
      introduced = foreign ? introduced : doc.content(line).strip().endsWith(":");
    }
    return 2 * removedLetters > letters ? List.of() : out;
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
