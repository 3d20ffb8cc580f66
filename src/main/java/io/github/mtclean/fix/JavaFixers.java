package io.github.mtclean.fix;

import io.github.mtclean.Fixer;
import io.github.mtclean.fix.layout.LayoutFixer;
import io.github.mtclean.fix.names.CanonicalNameFixer;
import io.github.mtclean.fix.names.HonorificFixer;
import io.github.mtclean.fix.names.NameTable;
import io.github.mtclean.fix.names.NearMissSurnameFixer;
import io.github.mtclean.fix.punctuation.QuoteFixer;
import io.github.mtclean.fix.unicode.HtmlEntityFixer;
import io.github.mtclean.fix.unicode.InvisibleCharFixer;
import io.github.mtclean.fix.unicode.NfcFixer;
import io.github.mtclean.rules.RuleSource;
import java.util.List;

/**
 * The fixers written in Java, in the order they run within their family. Each rule id they emit
 * is documented, with examples, by an {@code impl java} block in its family's rule file.
 */
public final class JavaFixers {
  private JavaFixers() {}

  /** Builds the Java fixers, reading any tables they need from {@code source}. */
  public static List<Fixer> create(RuleSource source) {
    NameTable names = NameTable.load(source);
    return List.of(
        new HtmlEntityFixer(),
        new InvisibleCharFixer(),
        new NfcFixer(),
        new QuoteFixer(),
        new CanonicalNameFixer(names),
        new NearMissSurnameFixer(names),
        HonorificFixer.load(source),
        new LayoutFixer());
  }
}
