package io.github.mtclean.fix.names;

/**
 * A capitalised word that may be part of a name: {@code [start, end)} without a trailing
 * possessive ({@code Yoon's} is the token {@code Yoon}).
 */
record Token(int start, int end, String text, String key) {
  static Token of(String text, int start, int end) {
    String word = text.substring(start, end);
    return new Token(start, end, word, NameKey.of(word));
  }
}
