package io.github.mtclean;

/** What to do with an image caption that ends in a photo credit ({@code ... Photo: Reuters}). */
public enum Captions {
  /** Leave captions alone. */
  KEEP,
  /** Remove only the credit and keep the caption text. */
  STRIP_CREDIT,
  /** Remove the whole caption line (the default). */
  DROP
}
