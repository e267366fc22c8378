package org.sitrep.runbooks.exec;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
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
  private final Function<Host, Executor> remote;
  private final Executor local;
  private final int capBytes;

  public CommandRunner(
      Workspace workspace, Function<Host, Executor> remote, Executor local, int capBytes) {
    this.workspace = workspace;
    this.log = new CommandLog(workspace);
    this.remote = remote;
    this.local = local;
    this.capBytes = capBytes;
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
      Executor executor = request.host().map(remote).orElse(local);
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
