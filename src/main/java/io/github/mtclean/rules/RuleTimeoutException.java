package io.github.mtclean.rules;

/** A rule that took longer than its time budget on one text; the message names its file, line and id. */
public final class RuleTimeoutException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  RuleTimeoutException(RuleSpec spec, long millis, int length) {
    super(spec.where() + ": rule " + spec.id() + " gave up after " + millis + " ms on a text of " + length
        + " chars; its pattern probably backtracks catastrophically (nested repetition such as (a+)+);"
        + " simplify it, or switch it off with --disable " + spec.id());
  }
}
