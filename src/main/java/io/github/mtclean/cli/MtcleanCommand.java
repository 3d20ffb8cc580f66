package io.github.mtclean.cli;

import io.github.mtclean.Cleaned;
import io.github.mtclean.Cleaner;
import io.github.mtclean.rules.RuleFormatException;
import io.github.mtclean.rules.RuleSpec;
import io.github.mtclean.rules.RuleTimeoutException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
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

  @Option(names = "--part-size", paramLabel = "CHARS",
      description = "Clean texts longer than CHARS in parts of about CHARS chars (bounded memory; default ${DEFAULT-VALUE}).")
  int partChars = 1 << 21;

  private final InputStream stdin;
  private final OutputStream stdout;

  MtcleanCommand(InputStream stdin, OutputStream stdout) {
    this.stdin = stdin;
    this.stdout = stdout;
  }

  /** Runs the command as {@code mtclean args} would, on the given streams; returns the exit code. */
  public static int run(String[] args, InputStream in, OutputStream out, OutputStream err) {
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine cmd = new CommandLine(new MtcleanCommand(in, out))
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
    InputDecoder decoder;
    Charset outputCharset;
    try {
      checkUsage();
      decoder = new InputDecoder(encoding, lenient);
      outputCharset = charset(outputEncoding);
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
        anyChange |= process(name, cleaner, decoder, outputCharset, out, err);
      } catch (InputException | RuleTimeoutException e) {
        err.println("mtclean: " + e.getMessage());
        anyError = true;
      } catch (IOException e) {
        err.println("mtclean: " + name + ": cannot read: " + e.getMessage());
        anyError = true;
      }
    }
    out.flush();
    if (anyError) {
      return ERROR;
    }
    return isCheck() && anyChange ? CHANGES : OK;
  }

  /** Cleans one input part by part, sending each part's text and report on; returns whether it changed. */
  private boolean process(String name, Cleaner cleaner, InputDecoder decoder, Charset outputCharset,
      PrintWriter out, PrintWriter err) throws IOException, InputException {
    boolean isStdin = STDIN.equals(name);
    String display = isStdin ? "<stdin>" : name;
    Path target = destination == null ? null : destination.inPlace ? Path.of(name) : destination.output;
    try (InputStream in = isStdin ? new CloseShield(stdin) : TextFiles.open(Path.of(name));
        TextFiles.AtomicOutput file = target == null ? null : new TextFiles.AtomicOutput(target)) {
      ChunkedText parts = new ChunkedText(display, in, decoder, partChars, err::println);
      boolean changed = false;
      EditReport.Position at = EditReport.Position.START;
      for (ChunkedText.Part part; (part = parts.next(err::println)) != null; ) {
        Cleaned cleaned = cleaner.clean(part.text(), part.first(), part.last());
        changed |= cleaned.changed();
        report(display, cleaned, part, at, out);
        ByteBuffer bytes = isCheck() || (report != null && file == null) ? null : encode(display, cleaned.text(), outputCharset);
        if (file != null) {
          file.write(bytes);
        } else if (bytes != null) {
          out.flush();
          stdout.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        }
        at = at.after(part.text());
      }
      if (isCheck() && changed) {
        out.println(display);
      }
      if (file != null && (changed || !destination.inPlace)) {
        file.commit();
      }
      return changed;
    }
  }

  private void report(String name, Cleaned cleaned, ChunkedText.Part part, EditReport.Position at, PrintWriter out)
      throws InputException {
    if (report == null || report.check) {
      return;
    }
    if (report.explain) {
      out.print(EditReport.explain(name, cleaned, at));
    } else if (report.json) {
      out.print(EditReport.json(name, cleaned, at));
    } else if (!(part.first() && part.last())) {
      throw new InputException(name + ": --diff works on texts of up to " + partChars + " chars; use --json or --explain for longer ones");
    } else {
      out.print(EditReport.diff(name, cleaned));
    }
  }

  private static ByteBuffer encode(String name, String text, Charset charset) throws InputException {
    try {
      return charset.newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(text));
    } catch (CharacterCodingException e) {
      throw new InputException(name + ": the cleaned text has characters that " + charset.name()
          + " cannot write; choose another --output-encoding (UTF-8 writes everything)");
    }
  }

  private static Charset charset(String name) throws InputException {
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      throw new InputException("unknown encoding '" + name + "'; use a name such as UTF-8, windows-1252 or ISO-8859-1");
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
    Cleaner.Builder builder = Cleaner.builder().only(only).disable(disable);
    if (rulesDir != null) {
      builder.rulesDir(rulesDir);
    }
    return rulesDir == null && only.isEmpty() && disable.isEmpty() ? Cleaner.defaults() : builder.build();
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
