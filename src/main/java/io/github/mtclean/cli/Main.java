package io.github.mtclean.cli;

/** The command-line entry point: the only place that exits the JVM. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(MtcleanCommand.run(args, System.in, System.out, System.err));
  }
}
