package io.github.mtclean.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A pure function of a word, remembered across texts and threads. Words repeat from line to line
 * and text to text, so most calls are one hash lookup. The memory is emptied when it grows past
 * {@link #MAX_SIZE} entries, so it stays bounded on any input.
 */
public final class Memo<V> implements Function<String, V> {
  static final int MAX_SIZE = 100_000;

  private final Function<String, V> compute;
  private final Map<String, V> memory = new ConcurrentHashMap<>();

  private Memo(Function<String, V> compute) {
    this.compute = compute;
  }

  public static <V> Memo<V> of(Function<String, V> compute) {
    return new Memo<>(compute);
  }

  @Override
  public V apply(String word) {
    V value = memory.get(word);
    if (value == null) {
      value = compute.apply(word);
      if (memory.size() >= MAX_SIZE) {
        memory.clear();
      }
      memory.put(word, value);
    }
    return value;
  }
}
