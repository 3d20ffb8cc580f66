package io.github.mtclean.text;

import io.github.mtclean.Edit;
import java.util.List;

/**
 * Maps output offsets of a cleaning result back to offsets of the original. Outside edits the
 * mapping is exact. An offset inside the text an edit put in place maps to the start of that
 * edit's original span (as ICU's {@code Edits} does), and the offset just past it to the span's end.
 */
public final class OffsetMap {
  private final int[] outStarts;
  private final int[] outEnds;
  private final int[] origStarts;
  private final int[] origEnds;
  private final int outputLength;

  OffsetMap(List<Edit> edits, int originalLength) {
    int n = edits.size();
    outStarts = new int[n];
    outEnds = new int[n];
    origStarts = new int[n];
    origEnds = new int[n];
    int delta = 0;
    for (int i = 0; i < n; i++) {
      Edit e = edits.get(i);
      origStarts[i] = e.source().start();
      origEnds[i] = e.source().end();
      outStarts[i] = origStarts[i] + delta;
      outEnds[i] = outStarts[i] + e.after().length();
      delta += e.after().length() - e.before().length();
    }
    outputLength = originalLength + delta;
  }

  /** The identity map of a text of the given length. */
  public static OffsetMap identity(int length) {
    return new OffsetMap(List.of(), length);
  }

  public int outputLength() {
    return outputLength;
  }

  /** The original offset of {@code outputOffset}, which must lie in {@code [0, outputLength]}. */
  public int toOriginal(int outputOffset) {
    if (outputOffset < 0 || outputOffset > outputLength) {
      throw new IndexOutOfBoundsException(
          "offset " + outputOffset + " outside output of length " + outputLength);
    }
    // The last edit starting at or before the offset.
    int lo = 0;
    int hi = outStarts.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (outStarts[mid] <= outputOffset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (found < 0) {
      return outputOffset;
    }
    if (outputOffset < outEnds[found]) {
      return origStarts[found];
    }
    return origEnds[found] + (outputOffset - outEnds[found]);
  }
}
