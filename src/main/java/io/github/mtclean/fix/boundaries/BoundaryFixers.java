package io.github.mtclean.fix.boundaries;

import io.github.mtclean.Fixer;
import java.util.List;

/** The Java fixers of the {@code boundaries} family, in the order they run: a stray article goes before a missing period is judged. */
public final class BoundaryFixers {
  private BoundaryFixers() {}

  public static List<Fixer> create() {
    return List.of(
        new MissingSpaceFixer(),
        new SplitLineFixer(),
        new StrayArticleFixer(),
        new CapitalAfterCommaFixer(),
        new MissingPeriodFixer());
  }
}
