package io.github.mtclean.cli;

import io.github.mtclean.Captions;
import io.github.mtclean.Cleaned;
import io.github.mtclean.Cleaner;
import io.github.mtclean.rules.RuleFormatException;
import io.github.mtclean.rules.RuleSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
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
  private static final String STDIN = "-";

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

  private final InputStream stdin;

  MtcleanCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  /** Runs the command as {@code mtclean args} would, on the given streams; returns the exit code. */
  public static int run(String[] args, InputStream in, OutputStream out, OutputStream err) {
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine cmd = new CommandLine(new MtcleanCommand(in))
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
    Cleaner cleaner;
    try {
      checkUsage();
      cleaner = buildCleaner();
    } catch (InputException | IllegalArgumentException | RuleFormatException e) {
      err.println("mtclean: " + e.getMessage());
      return ERROR;
    }
    if (listRules) {
      for (RuleSpec r : cleaner.rules()) {
        out.printf("%-40s %s%n", r.id(), r.note());
      }
      return OK;
    }
    List<String> inputs = files.isEmpty() ? List.of(STDIN) : files;
    boolean anyError = false;
    boolean anyChange = false;
    for (String name : inputs) {
      try {
        String text = STDIN.equals(name) ? TextFiles.read("<stdin>", stdin) : TextFiles.read(Path.of(name));
        Cleaned cleaned = cleaner.clean(text);
        anyChange |= cleaned.changed();
        warnIfMostlyRemoved(STDIN.equals(name) ? "<stdin>" : name, cleaned, err);
        emit(STDIN.equals(name) ? "<stdin>" : name, cleaned, out);
      } catch (InputException e) {
        err.println("mtclean: " + e.getMessage());
        anyError = true;
      }
    }
    out.flush();
    if (anyError) {
      return ERROR;
    }
    return isCheck() && anyChange ? CHANGES : OK;
  }

  private void emit(String name, Cleaned cleaned, PrintWriter out) throws InputException {
    if (isCheck()) {
      if (cleaned.changed()) {
        out.println(name);
      }
      return;
    }
    if (report != null && report.explain) {
      out.print(EditReport.explain(name, cleaned));
    } else if (report != null && report.json) {
      out.print(EditReport.json(name, cleaned));
    } else if (report != null && report.diff) {
      out.print(EditReport.diff(name, cleaned));
    }
    if (destination != null && destination.inPlace) {
      if (cleaned.changed()) {
        TextFiles.writeAtomically(Path.of(name), cleaned.text());
      }
    } else if (destination != null && destination.output != null) {
      TextFiles.writeAtomically(destination.output, cleaned.text());
    } else if (report == null) {
      out.print(cleaned.text());
    }
  }

  /** Losing most of a file is possible (a page that was all furniture) but never silent. */
  private static void warnIfMostlyRemoved(String name, Cleaned cleaned, PrintWriter err) {
    long before = cleaned.original().codePoints().filter(Character::isLetterOrDigit).count();
    long after = cleaned.text().codePoints().filter(Character::isLetterOrDigit).count();
    if (before > 0 && 2 * after < before) {
      err.printf("mtclean: warning: %s lost %d%% of its text; check with --explain%n", name, 100 - 100 * after / before);
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
    boolean readsStdin = files.isEmpty() || files.contains(STDIN);
    if (destination != null && destination.inPlace && readsStdin) {
      throw new InputException("--in-place needs FILE arguments; standard input cannot be rewritten in place");
    }
    if (destination != null && destination.output != null) {
      if (files.size() > 1) {
        throw new InputException("-o takes one input; use --in-place to clean several files");
      }
      for (String f : files) {
        if (!STDIN.equals(f) && isSameFile(Path.of(f), destination.output)) {
          throw new InputException("-o " + destination.output + " is the input file; use --in-place to rewrite it");
        }
      }
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

  private Cleaner buildCleaner() {
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
