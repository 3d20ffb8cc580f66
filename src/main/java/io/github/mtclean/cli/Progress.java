package io.github.mtclean.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A progress bar on stderr for long runs (many files, or a large one), shown only when stderr is a
 * terminal; otherwise it does nothing. Thread-safe.
 */
final class Progress implements AutoCloseable {
  private static final int MANY_FILES = 10;
  private static final long LARGE_BYTES = 20_000_000L;
  private static final Progress NONE = new Progress(null);

  private final ProgressBar bar;

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  static Progress open(List<String> inputs, boolean stderrIsTerminal) {
    if (!stderrIsTerminal || inputs.contains(FileJob.STDIN)) {
      return NONE;
    }
    long total = inputs.stream().mapToLong(Progress::size).sum();
    if (inputs.size() < MANY_FILES && total < LARGE_BYTES) {
      return NONE;
    }
    return new Progress(new ProgressBarBuilder().setTaskName("mtclean").setInitialMax(total).setUnit(" MB", 1_000_000)
        .setConsumer(new ConsoleProgressBarConsumer(System.err)).showSpeed().build());
  }

  /** Whether file descriptor 2 is a terminal (Linux: /proc tells; elsewhere we say no). */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  private static long size(String file) {
    try {
      return Files.size(Path.of(file));
    } catch (IOException e) {
      return 0; // reported when the file is read
    }
  }

  void step(long bytes) {
    if (bar != null) {
      bar.stepBy(bytes);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
