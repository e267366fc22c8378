package org.sitrep.runbooks.exec;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.command.CommandIntent;
import org.sitrep.model.command.CommandLog;
import org.sitrep.model.command.CommandOutcome;
import org.sitrep.model.command.CommandResult;
import org.sitrep.model.host.Host;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.store.Workspace;

/**
 * Runs a command for an incident and makes it evidence: guard rails first, then an intent entry,
 * then the command with its output streamed live and captured (capped, redacted), then a result
 * entry with the full record attached. Whatever happens in between, the intent is already in the
 * log.
 */
public final class CommandRunner {

  public static final int DEFAULT_CAP_BYTES = 1024 * 1024;

  private final Workspace workspace;
  private final CommandLog log;
  private final java.util.function.BiFunction<Host, String, Executor> remote;
  private final Executor local;
  private final int capBytes;
  private final CommandSimulator simulator;

  public CommandRunner(
      Workspace workspace,
      java.util.function.BiFunction<Host, String, Executor> remote,
      Executor local,
      int capBytes) {
    this(workspace, remote, local, capBytes, CommandSimulator.NONE);
  }

  /** As above; drills show {@code simulator}'s output instead of running anything. */
  public CommandRunner(
      Workspace workspace,
      java.util.function.BiFunction<Host, String, Executor> remote,
      Executor local,
      int capBytes,
      CommandSimulator simulator) {
    this.workspace = workspace;
    this.log = new CommandLog(workspace);
    this.remote = remote;
    this.local = local;
    this.capBytes = capBytes;
    this.simulator = simulator;
  }

  public CommandLog log() {
    return log;
  }

  /** What must happen before this request may run (nothing is written). */
  public Guardrails.Review review(RunRequest request) {
    Incident incident = workspace.read(dsl -> IncidentRepository.get(dsl, request.incidentId()));
    boolean production = request.host().map(Host::isProduction).orElse(false);
    return Guardrails.review(
        request.targetName(), production, incident.isDrill(), request.command());
  }

  /**
   * Runs the request to its end.
   *
   * @throws ChangeRefusedException when the guard rails refuse it or it needs a confirmation that
   *     was not given: nothing ran and nothing was written
   */
  public Outcome run(RunRequest request, OutputListener listener, Stopper stopper) {
    return run(request, listener, stopper, intent -> {});
  }

  /** As {@link #run}, telling {@code onIntent} as soon as the intent entry is written. */
  public Outcome run(
      RunRequest request,
      OutputListener listener,
      Stopper stopper,
      java.util.function.Consumer<LogEntry> onIntent) {
    Guardrails.Review review = review(request);
    if (review.refused()) {
      throw new ChangeRefusedException(review.refusal().get());
    }
    if (!review.confirmedBy(request.confirmation())) {
      throw new ChangeRefusedException(
          String.join("; ", review.reasons())
              + ": type the host name '"
              + review.confirmWith()
              + "' to run it");
    }
    CommandIntent intent = intentOf(request);
    LogEntry intentEntry = log.intent(intent);
    onIntent.accept(intentEntry);
    if (review.drill()) {
      // The one place a command could start; a drill never gets past it (ADR 11).
      CommandResult simulated = simulate(request, listener);
      return new Outcome(intentEntry, log.result(intentEntry, intent, simulated), simulated);
    }
    var redactor = workspace.redactor();
    StreamCapture out =
        new StreamCapture(
            capBytes, new LineSplitter(OutputListener.Stream.STDOUT, listener, redactor));
    StreamCapture err =
        new StreamCapture(
            capBytes, new LineSplitter(OutputListener.Stream.STDERR, listener, redactor));
    Instant started = workspace.wallClock().instant();
    CommandResult result;
    try {
      Executor executor =
          request.host().map(h -> remote.apply(h, request.incidentId())).orElse(local);
      Executor.Exit exit = executor.run(request.command(), out, err, stopper);
      CommandOutcome outcome =
          exit.stoppedBy()
              .map(
                  r ->
                      r == Stopper.Reason.TIMEOUT
                          ? CommandOutcome.TIMED_OUT
                          : CommandOutcome.CANCELLED)
              .orElse(CommandOutcome.EXITED);
      result =
          new CommandResult(
              outcome,
              exit.exitCode(),
              started,
              workspace.wallClock().instant(),
              out.captured(redactor),
              err.captured(redactor),
              Optional.empty());
    } catch (HostKeyProblem e) {
      result = CommandResult.notRun(started, e.getMessage());
      if (e.changed()) {
        HostKeyAlarm.raise(workspace, request.incidentId(), e);
      }
      log.result(intentEntry, intent, result);
      throw new UntrustedHostKey(e);
    } catch (CommandNotRun e) {
      result = CommandResult.notRun(started, e.getMessage());
    }
    LogEntry resultEntry = log.result(intentEntry, intent, result);
    return new Outcome(intentEntry, resultEntry, result);
  }

  /**
   * Runs the same command on several hosts at once, each with its own intent and result entries,
   * output lines prefixed with the host name. Every request must already be confirmed as {@link
   * #run} requires; one host refusing does not stop the others.
   *
   * @return one outcome per host, in the order given; a host that was refused has its reason
   */
  public List<ManyOutcome> runMany(
      List<RunRequest> requests, OutputListener listener, Stopper stopper) {
    return runMany(requests, listener, stopper, intent -> {});
  }

  /** As {@link #runMany}, telling {@code onIntent} as each intent entry is written. */
  public List<ManyOutcome> runMany(
      List<RunRequest> requests,
      OutputListener listener,
      Stopper stopper,
      java.util.function.Consumer<LogEntry> onIntent) {
    List<java.util.concurrent.CompletableFuture<ManyOutcome>> running = new java.util.ArrayList<>();
    for (RunRequest r : requests) {
      OutputListener out =
          requests.size() == 1
              ? listener
              : (stream, line) -> listener.line(stream, "[" + r.targetName() + "] " + line);
      running.add(
          java.util.concurrent.CompletableFuture.supplyAsync(
              () -> {
                try {
                  return new ManyOutcome(
                      r.targetName(),
                      Optional.of(run(r, out, stopper, onIntent)),
                      Optional.empty());
                } catch (RuntimeException e) {
                  return new ManyOutcome(r.targetName(), Optional.empty(), Optional.of(e));
                }
              },
              command ->
                  Thread.ofPlatform()
                      .daemon()
                      .name("sitrep-command-" + r.targetName())
                      .start(command)));
    }
    return running.stream().map(java.util.concurrent.CompletableFuture::join).toList();
  }

  /** One host's part of {@link #runMany}: its outcome, or why it did not run. */
  public record ManyOutcome(
      String target, Optional<Outcome> outcome, Optional<RuntimeException> failure) {

    /** Why it did not run, in the operator's words. */
    public Optional<String> refused() {
      return failure.map(RuntimeException::getMessage);
    }

    public boolean succeeded() {
      return outcome.map(o -> o.record().succeeded()).orElse(false);
    }

    /** One command: its result line. Several: how many exited 0, then each one that did not. */
    public static String summarise(List<ManyOutcome> outcomes) {
      if (outcomes.size() == 1) {
        return outcomes.get(0).summary();
      }
      long ok = outcomes.stream().filter(ManyOutcome::succeeded).count();
      String failed =
          String.join(
              " · ",
              outcomes.stream()
                  .filter(o -> !o.succeeded())
                  .map(o -> o.target() + ": " + o.summary())
                  .toList());
      return ok
          + " of "
          + outcomes.size()
          + " hosts exited 0"
          + (failed.isEmpty() ? "" : "; " + failed);
    }

    /** The result's first line, or why it did not run. */
    public String summary() {
      return outcome
          .map(o -> o.result().text().lines().findFirst().orElse(""))
          .orElseGet(() -> refused().orElse(""));
    }
  }

  private CommandResult simulate(RunRequest request, OutputListener listener) {
    Instant at = workspace.wallClock().instant();
    var redactor = workspace.redactor();
    Optional<CommandSimulator.Simulated> found = simulator.simulate(request);
    String output =
        found
            .map(CommandSimulator.Simulated::output)
            .orElse("(the scenario has no simulated output for this command)");
    String origin =
        found.map(CommandSimulator.Simulated::origin).orElse("nothing in the scenario for it");
    StreamCapture out =
        new StreamCapture(
            capBytes,
            new LineSplitter(
                OutputListener.Stream.STDOUT,
                (stream, line) -> listener.line(stream, "SIMULATED │ " + line),
                redactor));
    try {
      out.write(output.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      out.close();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new CommandResult(
        org.sitrep.model.command.CommandOutcome.SIMULATED,
        Optional.of(found.map(CommandSimulator.Simulated::exitCode).orElse(0)),
        at,
        at,
        out.captured(redactor),
        org.sitrep.model.command.Captured.NOTHING,
        Optional.of(origin));
  }

  /** The two entries written and what they record. */
  public record Outcome(LogEntry intent, LogEntry result, CommandResult record) {}

  private static CommandIntent intentOf(RunRequest r) {
    return new CommandIntent(
        r.incidentId(),
        r.targetName(),
        r.host().map(Host::destination).orElse(System.getProperty("user.name") + "@this laptop"),
        r.host().map(Host::environment).orElse(""),
        r.command(),
        r.source(),
        r.host().flatMap(Host::jumpHost));
  }
}
