package io.github.mtclean.rules;

/** A rule file or table that cannot be used; the message starts with {@code file:line:}. */
public final class RuleFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RuleFormatException(String file, int line, String problem) {
    super(file + ":" + line + ": " + problem);
  }
}
