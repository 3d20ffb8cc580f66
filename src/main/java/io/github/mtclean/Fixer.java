package io.github.mtclean;

import io.github.mtclean.text.Document;
import java.util.List;

/**
 * One link of the cleaning chain. A fixer looks at its input and proposes replacements; it never
 * edits text itself. Implementations must be immutable and thread-safe.
 */
public interface Fixer {
  /** The full ids ({@code family/name}) of the rules this fixer can emit. */
  List<String> ruleIds();

  /**
   * Proposes non-overlapping replacements on {@code doc}, in any order. Replacements that change
   * nothing are allowed and ignored.
   */
  List<Replacement> fix(Document doc);
}
