package io.github.mtclean.cli;

import io.github.mtclean.Captions;
import io.github.mtclean.Cleaner;
import io.github.mtclean.rules.RuleFormatException;
import io.github.mtclean.rules.RuleSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code mtclean} command. Returns an exit code; only {@link Main} exits the JVM. */
@Command(
    name = "mtclean",
    mixinStandardHelpOptions = true,
    subcommands = EvalCommand.class,
    versionProvider = MtcleanCommand.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Repairs English news text damaged by machine translation and careless scraping.",
      "Reads each FILE (or standard input for none or '-') and writes the cleaned text to standard output."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:--check found text that would change", "2:usage or input error"})
public final class MtcleanCommand implements Callable<Integer> {
  static final int OK = 0;
  static final int CHANGES = 1;
  static final int ERROR = 2;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "Files to clean; '-' or none reads standard input.")
  List<String> files = new ArrayList<>();

  @ArgGroup(exclusive = true)
  Destination destination;

  static final class Destination {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the cleaned text to FILE (one input only).")
    Path output;

    @Option(names = "--in-place", description = "Replace each input file with its cleaned text (atomic: temporary file, then rename).")
    boolean inPlace;
  }

  @ArgGroup(exclusive = true)
  Report report;

  static final class Report {
    @Option(names = "--check", description = "Write nothing; list the files that would change and exit 1 if any would.")
    boolean check;

    @Option(names = "--diff", description = "Print a unified diff instead of the cleaned text.")
    boolean diff;

    @Option(names = "--explain", description = "Print one line per edit: file:line:col rule \"before\" -> \"after\".")
    boolean explain;

    @Option(names = "--json", description = "Print one JSON object per edit: file, rule, start, end (UTF-16 offsets into the original), before, after.")
    boolean json;
  }

  @Option(names = "--disable", split = ",", paramLabel = "ID", description = "Switch off these rules or families (see --list-rules).")
  List<String> disable = new ArrayList<>();

  @Option(names = "--only", split = ",", paramLabel = "ID", description = "Run only these rules or families.")
  List<String> only = new ArrayList<>();

  @Option(names = "--captions", paramLabel = "MODE", converter = CaptionsConverter.class,
      description = "Image captions ending in a photo credit: drop (default) removes the line, strip-credit removes only the credit, keep leaves them.")
  private Captions captions = Captions.DROP;

  @Option(names = "--rules", paramLabel = "DIR", description = "Rule files and tables that add to or override the shipped ones.")
  Path rulesDir;

  @Option(names = "--list-rules", description = "List the rules that would run, with what each is for, and exit.")
  boolean listRules;

  @Option(names = "--encoding", paramLabel = "NAME",
      description = "Encoding of the input files (default UTF-8); 'auto' guesses it with ICU and refuses a guess below "
          + InputDecoder.MIN_CONFIDENCE + "/100 confidence.")
  String encoding;

  @Option(names = "--lenient", description = "Replace malformed input bytes with U+FFFD (with a warning) instead of failing.")
  boolean lenient;

  @Option(names = "--output-encoding", paramLabel = "NAME", description = "Encoding of the cleaned text (default UTF-8).")
  String outputEncoding = "UTF-8";

  @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Clean N files at a time, or N parts of a file when there are fewer files (default ${DEFAULT-VALUE}); the output order stays that of the arguments.")
  int jobs = 1;

  @Option(names = "--stats", description = "At the end, print one line on stderr: files, bytes, edits per rule family, time.")
  boolean showStats;

  @Option(names = "--part-size", paramLabel = "CHARS",
      description = "Clean texts longer than CHARS in parts of about CHARS chars (bounded memory; default ${DEFAULT-VALUE}).")
  int partChars = 1 << 20;

  private final InputStream stdin;
  private final OutputStream stdout;
  private final boolean stderrIsTerminal;

  MtcleanCommand(InputStream stdin, OutputStream stdout, boolean stderrIsTerminal) {
    this.stdin = stdin;
    this.stdout = stdout;
    this.stderrIsTerminal = stderrIsTerminal;
  }

  /** Runs the command as {@code mtclean args} would, on the given streams; returns the exit code. */
  public static int run(String[] args, InputStream in, OutputStream out, OutputStream err) {
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    boolean stderrIsTerminal = err == System.err && Progress.stderrIsTerminal();
    CommandLine cmd = new CommandLine(new MtcleanCommand(in, out, stderrIsTerminal))
        .setOut(outWriter)
        .setErr(errWriter)
        .setExitCodeExceptionMapper(e -> ERROR)
        .setExecutionExceptionHandler((e, c, parsed) -> {
          c.getErr().println("mtclean: internal error: " + e);
          return ERROR;
        });
    int code = cmd.execute(args);
    outWriter.flush();
    errWriter.flush();
    return code;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    FileJob job;
    List<String> inputs = files.isEmpty() ? List.of(FileJob.STDIN) : files;
    ExecutorService partWorkers = null;
    try {
      checkUsage();
      Cleaner cleaner = buildCleaner();
      if (listRules) {
        for (RuleSpec r : cleaner.rules()) {
          out.printf("%-40s %s%n", r.id(), r.note());
        }
        return OK;
      }
      // Fewer inputs than jobs: the jobs clean the parts of each input side by side instead.
      if (jobs > 1 && inputs.size() < jobs) {
        partWorkers = Executors.newFixedThreadPool(jobs);
      }
      job = new FileJob(cleaner, new InputDecoder(encoding, lenient), charset(outputEncoding), reportKind(),
          destination == null ? null : destination.output, destination != null && destination.inPlace, partChars,
          partWorkers, partWorkers == null ? 0 : jobs);
    } catch (InputException | IllegalArgumentException | RuleFormatException e) {
      err.println("mtclean: " + e.getMessage());
      return ERROR;
    }
    RunStats stats = new RunStats();
    try (Progress progress = Progress.open(inputs, stderrIsTerminal)) {
      FileJob.Sink direct = new FileJob.Sink(out, stdout, err);
      if (jobs == 1 || partWorkers != null) {
        for (String name : inputs) {
          stats.add(name, () -> job.run(name, stdin, direct, progress::step), err);
        }
      } else {
        runInParallel(job, inputs, direct, progress, stats);
      }
    } finally {
      if (partWorkers != null) {
        partWorkers.shutdownNow();
      }
    }
    out.flush();
    if (showStats) {
      err.println(stats.summary());
    }
    if (stats.errors() > 0) {
      return ERROR;
    }
    return isCheck() && stats.changed() > 0 ? CHANGES : OK;
  }

  /**
   * Cleans the inputs on {@code jobs} threads; each input's output is held until the inputs before
   * it are written, so the output is the same as with one job.
   */
  private void runInParallel(FileJob job, List<String> inputs, FileJob.Sink direct, Progress progress, RunStats stats) {
    ExecutorService pool = Executors.newFixedThreadPool(jobs);
    try {
      List<Future<Buffered>> results = new ArrayList<>();
      for (String name : inputs) {
        results.add(pool.submit(() -> {
          Buffered b = new Buffered();
          b.attempt = RunStats.attempt(() -> job.run(name, stdin, b.sink(), progress::step));
          return b;
        }));
      }
      for (int i = 0; i < inputs.size(); i++) {
        Buffered b = results.get(i).get();
        b.sink().out().flush();
        b.sink().err().flush();
        direct.out().flush();
        direct.text().write(b.text.toByteArray());
        direct.text().flush();
        direct.err().print(b.errors.toString(StandardCharsets.UTF_8));
        stats.add(inputs.get(i), b.attempt, direct.err());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException | IOException e) {
      throw new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** One input's output, held in memory while earlier inputs are written. */
  private static final class Buffered {
    final java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
    final java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
    private FileJob.Sink sink;
    RunStats.Attempt attempt;

    FileJob.Sink sink() {
      if (sink == null) {
        sink = new FileJob.Sink(new PrintWriter(new OutputStreamWriter(text, StandardCharsets.UTF_8)), text,
            new PrintWriter(new OutputStreamWriter(errors, StandardCharsets.UTF_8)));
      }
      return sink;
    }
  }

  private FileJob.Report reportKind() {
    if (report == null) {
      return FileJob.Report.TEXT;
    }
    return report.check ? FileJob.Report.CHECK : report.diff ? FileJob.Report.DIFF
        : report.explain ? FileJob.Report.EXPLAIN : FileJob.Report.JSON;
  }

  private static Charset charset(String name) throws InputException {
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      throw new InputException("unknown encoding '" + name + "'; use a name such as UTF-8, windows-1252 or ISO-8859-1");
    }
  }

  /** {@code drop}, {@code strip-credit}, {@code keep}. */
  static final class CaptionsConverter implements CommandLine.ITypeConverter<Captions> {
    @Override
    public Captions convert(String value) {
      for (Captions c : Captions.values()) {
        if (c.name().replace('_', '-').equalsIgnoreCase(value)) {
          return c;
        }
      }
      throw new CommandLine.TypeConversionException("expected drop, strip-credit or keep, not '" + value + "'");
    }
  }

  private boolean isCheck() {
    return report != null && report.check;
  }

  private void checkUsage() throws InputException {
    boolean readsStdin = files.isEmpty() || files.contains(FileJob.STDIN);
    if (destination != null && destination.inPlace && readsStdin) {
      throw new InputException("--in-place needs FILE arguments; standard input cannot be rewritten in place");
    }
    if (destination != null && destination.output != null) {
      if (files.size() > 1) {
        throw new InputException("-o takes one input; use --in-place to clean several files");
      }
      for (String f : files) {
        if (!FileJob.STDIN.equals(f) && isSameFile(Path.of(f), destination.output)) {
          throw new InputException("-o " + destination.output + " is the input file; use --in-place to rewrite it");
        }
      }
    }
    if (jobs < 1) {
      throw new InputException("--jobs must be at least 1");
    }
    if (partChars < 64) {
      throw new InputException("--part-size must be at least 64 chars");
    }
    if (isCheck() && destination != null) {
      throw new InputException("--check writes nothing; drop -o/--in-place");
    }
  }

  private static boolean isSameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  Cleaner buildCleaner() {
    Cleaner.Builder builder = Cleaner.builder().only(only).disable(disable).captions(captions);
    if (rulesDir != null) {
      builder.rulesDir(rulesDir);
    }
    boolean isDefault = rulesDir == null && only.isEmpty() && disable.isEmpty() && captions == Captions.DROP;
    return isDefault ? Cleaner.defaults() : builder.build();
  }

  /** Reads the version Maven wrote into the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = MtcleanCommand.class.getResourceAsStream("/mtclean.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"mtclean " + p.getProperty("version", "unknown")};
    }
  }
}
