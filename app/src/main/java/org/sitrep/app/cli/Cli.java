package org.sitrep.app.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.store.StoreException;
import picocli.CommandLine;

/**
 * Runs one headless command. Bad arguments and refused changes print one line and exit non-zero; a
 * stack trace is never what an operator sees.
 */
public final class Cli {

  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;

  private Cli() {}

  public static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine cli = tree(args);
    cli.setOut(terminal(out));
    cli.setErr(terminal(err));
    cli.setParameterExceptionHandler(
        (e, a) -> {
          CommandLine failed = e.getCommandLine();
          failed
              .getErr()
              .println(
                  "sitrep: "
                      + e.getMessage()
                      + " (see: "
                      + failed.getCommandSpec().qualifiedName()
                      + " --help)");
          return USAGE;
        });
    cli.setExecutionExceptionHandler(
        (e, failed, parsed) -> {
          failed.getErr().println("sitrep: " + describe(e));
          return e instanceof ChangeRefusedException ? USAGE : FAILED;
        });
    try {
      return cli.execute(args);
    } finally {
      // Exports print without a trailing println; an unflushed writer would lose them.
      cli.getOut().flush();
      cli.getErr().flush();
    }
  }

  /**
   * The command tree for these arguments: the root and the one command being run, or every command
   * when help is asked or no known command comes first (see {@link Commands}). Built before the
   * settings below, which picocli applies to the subcommands present at that time.
   */
  static CommandLine tree(String[] args) {
    CommandLine cli = new CommandLine(new SitrepCommand());
    java.util.Optional<String> chosen = Commands.chosen(args);
    if (chosen.isPresent()) {
      cli.addSubcommand(chosen.get(), Commands.all().get(chosen.get()));
    } else if (!asksVersion(args)) {
      Commands.all().forEach(cli::addSubcommand);
    }
    return cli;
  }

  private static boolean asksVersion(String[] args) {
    return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
  }

  /** Stored text never drives the operator's terminal: see {@link TerminalWriter}. */
  private static PrintWriter terminal(PrintStream stream) {
    return new PrintWriter(
        new TerminalWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)), true);
  }

  private static String describe(Exception e) {
    if (e instanceof ChangeRefusedException || e instanceof StoreException) {
      return e.getMessage();
    }
    return "unexpected error: "
        + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
