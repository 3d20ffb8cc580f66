package io.github.mtclean.fix.boundaries;

import io.github.mtclean.Fixer;
import io.github.mtclean.fix.lines.LineTables;
import io.github.mtclean.rules.RuleSource;
import java.util.List;
import java.util.Set;

/** The Java fixers of the {@code boundaries} family, in the order they run: a stray article goes before a missing period is judged, and a lost capital is restored before the regex rule stray-period would delete the period. */
public final class BoundaryFixers {
  private BoundaryFixers() {}

  /** The fixers, with the tables they read from {@code source}. */
  public static List<Fixer> create(RuleSource source) {
    Set<String> institutions = table(source, "institutions.txt");
    Set<String> clauseVerbs = table(source, "clause-verbs.txt");
    Set<String> abbreviations = table(source, "abbreviations.txt");
    return List.of(
        new MissingSpaceFixer(),
        new SplitLineFixer(),
        new StrayArticleFixer(institutions),
        new CapitalAfterCommaFixer(),
        new MissingPeriodFixer(clauseVerbs, institutions, table(source, "intransitive-verbs.txt")),
        new QuotedSentenceFixer(clauseVerbs),
        new YearSentenceFixer(),
        new DanglingWordFixer(abbreviations),
        new PeriodBeforeFigureFixer(),
        new LostCapitalFixer(abbreviations, table(source, "name-particles.txt")));
  }

  private static Set<String> table(RuleSource source, String name) {
    return Set.copyOf(LineTables.words(source, name));
  }
}
