package io.github.mtclean;

import io.github.mtclean.text.OffsetMap;
import java.util.List;

/**
 * The result of cleaning: the original, the cleaned text, every edit in original coordinates, and
 * a map from output offsets back to the original.
 */
public record Cleaned(String original, String text, List<Edit> edits, OffsetMap offsets) {
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
