package io.github.mtclean;

/**
 * One change the cleaner made, in ORIGINAL coordinates: {@code before} is exactly the original
 * text at {@code source}, {@code after} what stands in its place in the output. Edits of one
 * result never overlap, and applying them in list order to the original gives the output.
 *
 * @param rule the rule id; changes by several rules to the same text are one edit whose rule is
 *     their ids joined by {@code +}, in the order they ran
 */
public record Edit(String rule, Span source, String before, String after) {

  /** Applies {@code edits} (sorted, non-overlapping, as a {@link Cleaned} holds them) to {@code original}. */
  public static String replay(String original, java.util.List<Edit> edits) {
    StringBuilder sb = new StringBuilder(original.length());
    int pos = 0;
    for (Edit e : edits) {
      sb.append(original, pos, e.source().start()).append(e.after());
      pos = e.source().end();
    }
    return sb.append(original, pos, original.length()).toString();
  }
}
