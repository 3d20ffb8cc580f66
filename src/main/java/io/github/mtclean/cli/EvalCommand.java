package io.github.mtclean.cli;

import io.github.mtclean.Cleaner;
import io.github.mtclean.eval.Evaluation;
import io.github.mtclean.rules.RuleFormatException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mtclean eval}: how well the cleaner turns dirty texts into their gold versions. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the cleaner against gold pairs: DIR/dirty/NAME.txt and DIR/gold/NAME.txt (or --dirty and --gold).",
      "Prints, per rule and in total, token-level precision, recall and F0.5 of the changes made, the changes made"
          + " where the gold needed none, and the error reduction 1 - d(output, gold) / d(input, gold)."
    })
final class EvalCommand implements Callable<Integer> {
  @ParentCommand MtcleanCommand parent;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", arity = "0..1", description = "Holds dirty/ and gold/.")
  Path dir;

  @Option(names = "--dirty", paramLabel = "DIR", description = "The dirty texts (default DIR/dirty).")
  Path dirtyDir;

  @Option(names = "--gold", paramLabel = "DIR", description = "Their gold versions, same file names (default DIR/gold).")
  Path goldDir;

  @Option(names = "--json", description = "Print the scores as one JSON object.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      Path dirty = dirtyDir != null ? dirtyDir : dir == null ? null : dir.resolve("dirty");
      Path gold = goldDir != null ? goldDir : dir == null ? null : dir.resolve("gold");
      if (dirty == null || gold == null) {
        throw new InputException("eval needs DIR (with dirty/ and gold/) or both --dirty and --gold");
      }
      Cleaner cleaner = parent.buildCleaner();
      Evaluation eval = new Evaluation();
      for (Path d : texts(dirty)) {
        Path g = gold.resolve(d.getFileName());
        if (!Files.isRegularFile(g)) {
          throw new InputException(d + " has no gold version " + g);
        }
        eval.add(cleaner.clean(read(d)), read(g));
      }
      out.print(json ? EvalReports.json(eval) : EvalReports.table(eval));
      return MtcleanCommand.OK;
    } catch (InputException | IllegalArgumentException | RuleFormatException e) {
      err.println("mtclean eval: " + e.getMessage());
      return MtcleanCommand.ERROR;
    }
  }

  private static List<Path> texts(Path dir) throws InputException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      if (texts.isEmpty()) {
        throw new InputException(dir + ": no .txt files to score");
      }
      return texts;
    } catch (IOException e) {
      throw new InputException(dir + ": cannot list (" + e.getMessage() + ")");
    }
  }

  private static String read(Path p) throws InputException {
    try {
      return Files.readString(p);
    } catch (MalformedInputException e) {
      throw new InputException(p + ": not valid UTF-8; eval reads UTF-8 only");
    } catch (IOException e) {
      throw new InputException(p + ": cannot read (" + e.getMessage() + ")");
    }
  }
}
