package io.github.mtclean.cli;

/** A problem with what the user gave us (a file, an option): reported, exit code 2. */
final class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  InputException(String message) {
    super(message);
  }
}
