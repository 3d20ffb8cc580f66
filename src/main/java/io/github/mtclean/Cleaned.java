package io.github.mtclean;

import io.github.mtclean.text.OffsetMap;
import java.util.List;

/**
 * The result of cleaning: the original, the cleaned text, every edit in original coordinates, a
 * map from output offsets back to the original, and whether the text was English (one mostly in
 * another language is left unchanged: the rules know English only).
 */
public record Cleaned(String original, String text, List<Edit> edits, OffsetMap offsets, boolean english) {
  public Cleaned {
    edits = List.copyOf(edits);
  }

  public boolean changed() {
    return !edits.isEmpty();
  }

  /** The original offset of output offset {@code outputOffset}; see {@link OffsetMap#toOriginal}. */
  public int originalOffset(int outputOffset) {
    return offsets.toOriginal(outputOffset);
  }
}
