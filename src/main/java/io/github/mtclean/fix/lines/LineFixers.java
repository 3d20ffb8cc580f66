package io.github.mtclean.fix.lines;

import io.github.mtclean.Captions;
import io.github.mtclean.Fixer;
import io.github.mtclean.rules.RuleSource;
import java.util.List;

/** The fixers of the {@code lines} family, in the order they run. */
public final class LineFixers {
  private LineFixers() {}

  public static List<Fixer> create(RuleSource source, Captions captions) {
    LatinLanguage latin = LatinLanguage.of(source);
    TeaserListFixer teasers = new TeaserListFixer(source);
    BoilerplateLineFixer boilerplate = new BoilerplateLineFixer(source);
    CaptionFixer captionFixer = new CaptionFixer(source, captions);
    ForeignLineFixer foreign = new ForeignLineFixer(latin);
    return List.of(
        new PageEdgeFixer(source, teasers, boilerplate, captionFixer, foreign),
        teasers,
        boilerplate,
        new RepeatedLineFixer(),
        captionFixer,
        foreign,
        new ForeignFragmentFixer(latin));
  }
}
