package io.github.mtclean.fix;

import io.github.mtclean.Captions;
import io.github.mtclean.Fixer;
import io.github.mtclean.fix.boundaries.BoundaryFixers;
import io.github.mtclean.fix.layout.LayoutFixer;
import io.github.mtclean.fix.lines.LineFixers;
import io.github.mtclean.fix.lines.LineTables;
import io.github.mtclean.fix.names.ArabicArticleFixer;
import io.github.mtclean.fix.names.CanonicalNameFixer;
import io.github.mtclean.fix.names.ConsistentSpellingFixer;
import io.github.mtclean.fix.names.HonorificFixer;
import io.github.mtclean.fix.names.NameTable;
import io.github.mtclean.fix.names.NearMissSurnameFixer;
import io.github.mtclean.fix.punctuation.QuoteFixer;
import io.github.mtclean.fix.punctuation.QuoteStyleFixer;
import io.github.mtclean.fix.unicode.ForeignPunctuationFixer;
import io.github.mtclean.fix.unicode.HtmlEntityFixer;
import io.github.mtclean.fix.unicode.MojibakeFixer;
import io.github.mtclean.fix.unicode.InvisibleCharFixer;
import io.github.mtclean.fix.unicode.NfcFixer;
import io.github.mtclean.rules.RuleSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The fixers written in Java, in the order they run within their family. Each rule id they emit
 * is documented, with examples, by an {@code impl java} block in its family's rule file.
 */
public final class JavaFixers {
  private JavaFixers() {}

  /**
   * Builds the Java fixers, reading any tables they need from {@code source}; {@code captions}
   * says what the caption rule does.
   */
  public static List<Fixer> create(RuleSource source, Captions captions) {
    NameTable names = NameTable.load(source);
    List<Fixer> fixers = new ArrayList<>(List.of(
        new MojibakeFixer(),
        new HtmlEntityFixer(),
        new InvisibleCharFixer(),
        new NfcFixer(),
        new ForeignPunctuationFixer()));
    fixers.addAll(LineFixers.create(source, captions));
    fixers.addAll(List.of(
        new QuoteFixer(),
        new QuoteStyleFixer()));
    fixers.addAll(BoundaryFixers.create(source));
    fixers.addAll(List.of(
        new CanonicalNameFixer(names),
        new ConsistentSpellingFixer(names),
        new ArabicArticleFixer(),
        new NearMissSurnameFixer(names, Set.copyOf(LineTables.words(source, "titles.txt")), Set.copyOf(LineTables.words(source, "family-first.txt")),
            LineTables.words(source, "korean-surnames.txt"), Set.copyOf(LineTables.words(source, "name-particles.txt"))),
        HonorificFixer.load(source),
        new LayoutFixer()));
    return List.copyOf(fixers);
  }
}
