package io.github.mtclean.cli;

import io.github.mtclean.rules.RuleTimeoutException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What a run came to: files cleaned, changed and failed, bytes, edits per rule family, time. */
final class RunStats {
  /** Cleaning one input. */
  interface Work {
    FileJob.Outcome run() throws IOException, InputException;
  }

  /** The outcome of one input, or what went wrong with it. */
  record Attempt(FileJob.Outcome outcome, String error) {}

  private final long start = System.nanoTime();
  private final Map<String, Integer> edits = new TreeMap<>();
  private int files;
  private int changed;
  private int errors;
  private long bytes;

  static Attempt attempt(Work work) {
    try {
      return new Attempt(work.run(), null);
    } catch (InputException | RuleTimeoutException e) {
      return new Attempt(null, e.getMessage());
    } catch (IOException e) {
      return new Attempt(null, "cannot read: " + e.getMessage());
    }
  }

  void add(String name, Work work, PrintWriter err) {
    add(name, attempt(work), err);
  }

  /** Counts one input; an error is reported on {@code err} as it happens. */
  void add(String name, Attempt a, PrintWriter err) {
    files++;
    if (a.error() != null) {
      errors++;
      err.println("mtclean: " + (a.error().startsWith("cannot read") ? name + ": " : "") + a.error());
      return;
    }
    changed += a.outcome().changed() ? 1 : 0;
    bytes += a.outcome().bytes();
    a.outcome().editsByFamily().forEach((family, n) -> edits.merge(family, n, Integer::sum));
  }

  int errors() {
    return errors;
  }

  int changed() {
    return changed;
  }

  /** One line: {@code mtclean: 3 files (2 changed, 0 failed), 1.2 MB, 14 edits (layout 4, punctuation 10), 0.31 s}. */
  String summary() {
    int total = edits.values().stream().mapToInt(Integer::intValue).sum();
    String perFamily = edits.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    return String.format("mtclean: %d files (%d changed, %d failed), %.1f MB, %d edits%s, %.2f s", files, changed, errors,
        bytes / 1e6, total, perFamily.isEmpty() ? "" : " (" + perFamily + ")", (System.nanoTime() - start) / 1e9);
  }
}
