package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.sitrep.app.Session;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.host.Host;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.runbooks.exec.CommandRunner;
import org.sitrep.runbooks.exec.Guardrails;
import org.sitrep.runbooks.exec.HostSelection;
import org.sitrep.runbooks.exec.OutputListener;
import org.sitrep.runbooks.exec.RunRequest;
import org.sitrep.runbooks.exec.Stopper;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Run a command on a host (or this laptop) and log it: intent before, result after.",
      "Exits with the command's exit code; 124 on timeout, 130 when interrupted, 255 when it"
          + " could not run."
    })
final class RunCommand implements Callable<Integer> {

  static final int TIMED_OUT = 124;
  static final int INTERRUPTED = 130;
  static final int NOT_RUN = 255;

  @ParentCommand SitrepCommand root;
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "INCIDENT",
      description = "Incident id, or a unique part of it.")
  String incident;

  static final class Where {
    @Option(names = "--host", paramLabel = "NAME", description = "A host from ./sitrep hosts list.")
    String host;

    @Option(names = "--local", description = "Run on this laptop.")
    boolean local;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Where where;

  @Option(
      names = "--timeout",
      paramLabel = "S",
      description = "Seconds before Sitrep stops it (default 600).")
  long timeoutSeconds = RunRequest.DEFAULT_TIMEOUT.toSeconds();

  @Option(
      names = "--confirm",
      paramLabel = "NAME",
      description = "The host name, typed to confirm a production or destructive command.")
  String confirm;

  @Option(
      names = "--max-output",
      paramLabel = "BYTES",
      description = "Output kept per stream (default 1048576); the middle is cut beyond it.")
  int maxOutput = CommandRunner.DEFAULT_CAP_BYTES;

  @Parameters(
      index = "1..*",
      arity = "1..*",
      paramLabel = "COMMAND",
      description = "The command (after --).")
  List<String> command;

  @Override
  public Integer call() {
    if (timeoutSeconds < 1) {
      throw new ChangeRefusedException("--timeout must be at least 1 second");
    }
    if (maxOutput < 1024) {
      throw new ChangeRefusedException("--max-output must be at least 1024 bytes");
    }
    try (Session session = root.open()) {
      String id = session.workspace().read(dsl -> IncidentRepository.resolve(dsl, incident)).id();
      List<Host> chosen =
          where.local ? List.of() : HostSelection.resolve(where.host, session.hosts().list());
      if (chosen.size() > 1) {
        return runOnMany(session, id, chosen);
      }
      Optional<Host> host = chosen.stream().findFirst();
      RunRequest request =
          new RunRequest(
              id,
              host,
              String.join(" ", command),
              "command line",
              Duration.ofSeconds(timeoutSeconds),
              Optional.ofNullable(confirm));
      CommandRunner runner = session.commands(maxOutput);
      request = confirmIfNeeded(runner, request);
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Stopper stopper = new Stopper(request.timeout(), InstantSource.system());
      CountDownLatch logged = new CountDownLatch(1);
      // Ctrl+C stops the command but lets the result entry be written before the JVM exits.
      Thread onInterrupt =
          new Thread(
              () -> {
                stopper.cancel();
                try {
                  logged.await(15, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
      Runtime.getRuntime().addShutdownHook(onInterrupt);
      CommandRunner.Outcome outcome;
      try {
        outcome =
            runner.run(
                request,
                (stream, line) ->
                    (stream == OutputListener.Stream.STDOUT ? out : err).println(line),
                stopper);
      } finally {
        logged.countDown();
      }
      try {
        Runtime.getRuntime().removeShutdownHook(onInterrupt);
      } catch (IllegalStateException shuttingDown) {
        // Interrupted: the hook is already running and waits for us.
      }
      err.println("sitrep: " + outcome.result().text().lines().findFirst().orElse(""));
      return exitCode(outcome);
    }
  }

  /**
   * The same command on several hosts at once. When any of them needs a confirmation, the operator
   * types the whole selection as given (e.g. {@code tag:postgres}), which then confirms each host.
   */
  private int runOnMany(Session session, String incidentId, List<Host> hosts) {
    CommandRunner runner = session.commands(maxOutput);
    String text = String.join(" ", command);
    List<RunRequest> requests = new java.util.ArrayList<>();
    for (Host h : hosts) {
      requests.add(
          new RunRequest(
              incidentId,
              Optional.of(h),
              text,
              "command line, on " + where.host,
              Duration.ofSeconds(timeoutSeconds),
              Optional.empty()));
    }
    List<String> reasons =
        requests.stream()
            .map(runner::review)
            .filter(Guardrails.Review::needsConfirmation)
            .flatMap(r -> r.reasons().stream())
            .distinct()
            .toList();
    if (!reasons.isEmpty()) {
      String typed = confirm;
      var console = System.console();
      if (typed == null && console != null) {
        typed =
            console.readLine(
                "%s.%nType %s to run it on all %d hosts: ",
                String.join("; ", reasons), where.host, hosts.size());
      }
      if (typed == null || !typed.strip().equals(where.host)) {
        throw new ChangeRefusedException(
            String.join("; ", reasons) + ": type '" + where.host + "' (--confirm) to run it");
      }
      requests = requests.stream().map(r -> r.confirmedWith(r.targetName())).toList();
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<CommandRunner.ManyOutcome> outcomes =
        runner.runMany(
            requests,
            (stream, line) -> (stream == OutputListener.Stream.STDOUT ? out : err).println(line),
            new Stopper(Duration.ofSeconds(timeoutSeconds), InstantSource.system()));
    int exit = 0;
    for (CommandRunner.ManyOutcome o : outcomes) {
      err.println(
          "sitrep: "
              + o.target()
              + ": "
              + (o.outcome().isPresent() ? "" : "not run: ")
              + o.summary());
      int code = o.outcome().map(RunCommand::exitCode).orElse(NOT_RUN);
      if (exit == 0 && code != 0) {
        exit = code;
      }
    }
    return exit;
  }

  private static int exitCode(CommandRunner.Outcome outcome) {
    return switch (outcome.record().outcome()) {
      case EXITED -> outcome.record().exitCode().orElse(NOT_RUN);
      case TIMED_OUT -> TIMED_OUT;
      case CANCELLED -> INTERRUPTED;
      case NOT_RUN -> NOT_RUN;
      case SIMULATED -> outcome.record().exitCode().orElse(0);
    };
  }

  /** Asks on the terminal when there is one; otherwise --confirm must already say it. */
  private static RunRequest confirmIfNeeded(CommandRunner runner, RunRequest request) {
    Guardrails.Review review = runner.review(request);
    if (review.refused() || review.confirmedBy(request.confirmation())) {
      return request;
    }
    var console = System.console();
    if (console == null) {
      return request; // the runner refuses with the reasons and what to type
    }
    String typed =
        console.readLine(
            "%s.%nType the host name to run it: ", String.join("; ", review.reasons()));
    return typed == null ? request : request.confirmedWith(typed);
  }
}
