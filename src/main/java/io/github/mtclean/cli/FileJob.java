package io.github.mtclean.cli;

import io.github.mtclean.Cleaned;
import io.github.mtclean.Cleaner;
import io.github.mtclean.Edit;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.TreeMap;
import java.util.function.LongConsumer;

/** Cleans one input as the command's options say, part by part. Immutable; one per run, shared by workers. */
final class FileJob {
  static final String STDIN = "-";

  /** What the command prints for each input. */
  enum Report { TEXT, CHECK, DIFF, EXPLAIN, JSON }

  /**
   * Where one input's results go: reports to {@code out}, cleaned text to {@code text} (the same
   * stream underneath, so {@code out} is flushed before text is written), warnings to {@code err}.
   */
  record Sink(PrintWriter out, OutputStream text, PrintWriter err) {}

  /** What cleaning one input came to: whether it changed, its size in bytes, edits per rule family. */
  record Outcome(boolean changed, long bytes, Map<String, Integer> editsByFamily) {}

  private final Cleaner cleaner;
  private final InputDecoder decoder;
  private final Charset outputCharset;
  private final Report report;
  private final Path output;
  private final boolean inPlace;
  private final int partChars;
  /** Cleans the parts of one input side by side, or null to clean them one after the other. */
  private final ExecutorService partWorkers;
  private final int partsAhead;

  /**
   * {@code partWorkers}: when not null, up to {@code partsAhead} parts of an input are cleaned at a
   * time on it (read ahead, written in order), so one large file uses every core.
   */
  FileJob(Cleaner cleaner, InputDecoder decoder, Charset outputCharset, Report report, Path output, boolean inPlace,
      int partChars, ExecutorService partWorkers, int partsAhead) {
    this.cleaner = cleaner;
    this.decoder = decoder;
    this.outputCharset = outputCharset;
    this.report = report;
    this.output = output;
    this.inPlace = inPlace;
    this.partChars = partChars;
    this.partWorkers = partWorkers;
    this.partsAhead = partsAhead;
  }

  /**
   * Cleans {@code name} ({@code -} for {@code stdin}) into {@code sink}; {@code progress} hears of
   * every input byte consumed.
   */
  Outcome run(String name, InputStream stdin, Sink sink, LongConsumer progress) throws IOException, InputException {
    boolean isStdin = STDIN.equals(name);
    String display = isStdin ? "<stdin>" : name;
    Path target = inPlace ? Path.of(name) : output;
    try (InputStream in = isStdin ? new CloseShield(stdin) : TextFiles.open(Path.of(name));
        TextFiles.AtomicOutput file = target == null ? null : new TextFiles.AtomicOutput(target)) {
      ChunkedText parts = new ChunkedText(display, in, decoder, partChars, sink.err()::println);
      boolean changed = false;
      Map<String, Integer> edits = new TreeMap<>();
      EditReport.Position at = EditReport.Position.START;
      long bytes = 0;
      long wordCharsBefore = 0;
      boolean notEnglish = false;
      long wordCharsAfter = 0;
      Deque<Pending> cleaning = new ArrayDeque<>();
      for (ChunkedText.Part next = parts.next(sink.err()::println); next != null || !cleaning.isEmpty(); ) {
        if (next != null && cleaning.size() <= partsAhead) {
          cleaning.add(start(next));
          progress.accept(parts.bytesRead() - bytes);
          bytes = parts.bytesRead();
          next = parts.next(sink.err()::println);
          continue;
        }
        Pending done = cleaning.poll();
        ChunkedText.Part part = done.part();
        Cleaned cleaned = done.result();
        changed |= cleaned.changed();
        notEnglish |= !cleaned.english();
        if (cleaned.changed()) {
          wordCharsBefore += wordChars(cleaned.original());
          wordCharsAfter += wordChars(cleaned.text());
        }
        for (Edit e : cleaned.edits()) {
          edits.merge(e.rule().substring(0, e.rule().indexOf('/')), 1, Integer::sum);
        }
        at = report(display, cleaned, part, at, sink.out());
        if (file != null) {
          file.write(encode(display, cleaned.text()));
        } else if (report == Report.TEXT) {
          ByteBuffer b = encode(display, cleaned.text());
          sink.out().flush();
          sink.text().write(b.array(), b.arrayOffset() + b.position(), b.remaining());
        }
      }
      if (report == Report.CHECK && changed) {
        sink.out().println(display);
      }
      if (notEnglish) {
        sink.err().printf("mtclean: %s: mostly not English; left %s unchanged%n", display,
            changed ? "those parts" : "it");
      }
      // Losing most of a file is possible (a page that was all furniture) but never silent.
      if (wordCharsBefore > 0 && 2 * wordCharsAfter < wordCharsBefore) {
        sink.err().printf("mtclean: warning: %s lost %d%% of its text; check with --explain%n", display,
            100 - 100 * wordCharsAfter / wordCharsBefore);
      }
      if (file != null && (changed || !inPlace)) {
        file.commit();
      }
      return new Outcome(changed, bytes, edits);
    }
  }

  /** A part being cleaned, on a worker or already here. */
  private record Pending(ChunkedText.Part part, Future<Cleaned> cleaning) {
    Cleaned result() {
      try {
        return cleaning.get();
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
  }

  private Pending start(ChunkedText.Part part) {
    Callable<Cleaned> clean = () -> cleaner.clean(part.text(), part.first(), part.last());
    if (partWorkers == null) {
      try {
        return new Pending(part, CompletableFuture.completedFuture(clean.call()));
      } catch (Exception e) {
        throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
      }
    }
    return new Pending(part, partWorkers.submit(clean));
  }

  /** Prints this part's report; returns where the next part starts (tracked only when a report needs it). */
  private EditReport.Position report(String name, Cleaned cleaned, ChunkedText.Part part, EditReport.Position at,
      PrintWriter out) throws InputException {
    switch (report) {
      case EXPLAIN -> out.print(EditReport.explain(name, cleaned, at));
      case JSON -> out.print(EditReport.json(name, cleaned, at));
      case DIFF -> {
        if (!(part.first() && part.last())) {
          throw new InputException(name + ": --diff works on texts of up to " + partChars
              + " chars; use --json or --explain for longer ones");
        }
        out.print(EditReport.diff(name, cleaned));
      }
      default -> {
        return at;
      }
    }
    return at.after(part.text());
  }

  private static long wordChars(String text) {
    return text.codePoints().filter(Character::isLetterOrDigit).count();
  }

  private ByteBuffer encode(String name, String text) throws InputException {
    try {
      return outputCharset.newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(text));
    } catch (CharacterCodingException e) {
      throw new InputException(name + ": the cleaned text has characters that " + outputCharset.name()
          + " cannot write; choose another --output-encoding (UTF-8 writes everything)");
    }
  }

  /** Standard input stays open after one use, so {@code -} may be read as one of several inputs. */
  private static final class CloseShield extends java.io.FilterInputStream {
    CloseShield(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
