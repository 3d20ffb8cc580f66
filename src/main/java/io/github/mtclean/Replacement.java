package io.github.mtclean;

/**
 * What a fixer proposes: replace {@code span} of the fixer's input with {@code text}. The span is
 * in the coordinates of the text the fixer was given, never of the original.
 *
 * @param rule the full rule id, {@code family/name}
 */
public record Replacement(String rule, Span span, String text) {
  public Replacement {
    if (rule == null || span == null || text == null) {
      throw new NullPointerException("rule, span and text are required");
    }
  }

  public static Replacement of(String rule, int start, int end, String text) {
    return new Replacement(rule, new Span(start, end), text);
  }
}
