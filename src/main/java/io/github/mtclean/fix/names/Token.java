package io.github.mtclean.fix.names;

/**
 * A capitalised word that may be part of a name: {@code [start, end)} without a trailing
 * possessive ({@code Yoon's} is the token {@code Yoon}), with its {@link NameKey#plain} and
 * {@link NameKey#of} keys.
 */
record Token(int start, int end, String text, String plain, String key) {
  /** A middle initial ({@code V} of {@code Vladimir V. Putin}), which names skip. */
  boolean isInitial() {
    return text.length() == 1;
  }

  static Token of(String text, int start, int end) {
    String word = text.substring(start, end);
    return new Token(start, end, word, NameKey.plain(word), NameKey.of(word));
  }
}
