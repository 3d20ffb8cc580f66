package io.github.mtclean.fix.names;

/**
 * A capitalised word that may be part of a name: {@code [start, end)} without a trailing
 * possessive ({@code Yoon's} is the token {@code Yoon}). Its {@link NameKey#plain} and
 * {@link NameKey#of} keys are computed on first use: most capitalised words (The, Monday) are
 * never looked up, and folding every one was most of the names stage's time. Not thread-safe;
 * tokens live within one fixer call.
 */
final class Token {
  private final int start;
  private final int end;
  private final String text;
  private String plain;
  private String key;

  private Token(int start, int end, String text) {
    this.start = start;
    this.end = end;
    this.text = text;
  }

  static Token of(String text, int start, int end) {
    return new Token(start, end, text.substring(start, end));
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  String text() {
    return text;
  }

  String plain() {
    if (plain == null) {
      plain = NameKey.PLAIN.apply(text);
    }
    return plain;
  }

  String key() {
    if (key == null) {
      key = NameKey.FOLDED.apply(text);
    }
    return key;
  }

  /** A middle initial ({@code V} of {@code Vladimir V. Putin}), which names skip. */
  boolean isInitial() {
    return text.length() == 1;
  }

  @Override
  public String toString() {
    return text + "@" + start;
  }
}
