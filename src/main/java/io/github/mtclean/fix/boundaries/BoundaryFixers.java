package io.github.mtclean.fix.boundaries;

import io.github.mtclean.Fixer;
import java.util.List;
import java.util.Set;

/** The Java fixers of the {@code boundaries} family, in the order they run: a stray article goes before a missing period is judged. */
public final class BoundaryFixers {
  private BoundaryFixers() {}

  /** {@code abbreviations}: lowercase abbreviations a period may follow inside a sentence ({@code etc}). */
  public static List<Fixer> create(Set<String> abbreviations) {
    return List.of(
        new MissingSpaceFixer(),
        new SplitLineFixer(),
        new StrayArticleFixer(),
        new CapitalAfterCommaFixer(),
        new MissingPeriodFixer(),
        new DanglingWordFixer(abbreviations));
  }
}
