package org.sitrep.model.command;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.TerminalText;
import org.sitrep.model.log.Attachments;
import org.sitrep.model.log.Draft;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.store.Json;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.store.WriteTx;

/**
 * Finds commands this laptop started whose Sitrep process died before their result was written (a
 * {@code kill -9}, a crash, a power cut) and marks each once in the log as interrupted, result
 * unknown: the command may still be running on its host, so someone has to look. Intents of other
 * laptops, and of a Sitrep process still alive here, are never marked.
 */
public final class InterruptedCommands {

  /** One command marked on this start: what the CLI prints and the window shows. */
  public record Interrupted(LogEntry intent, LogEntry mark, String target, String command) {

    /** One line, control characters dropped: it goes to a terminal. */
    public String notice() {
      return "interrupted — result unknown: `"
          + TerminalText.line(command)
          + "` on "
          + TerminalText.line(target)
          + " at "
          + intent.wallTime().truncatedTo(ChronoUnit.SECONDS)
          + "; check the host";
    }
  }

  /** What the window's status line and console say about the commands marked on this start. */
  public static Optional<String> summary(List<Interrupted> marked) {
    if (marked.isEmpty()) {
      return Optional.empty();
    }
    if (marked.size() == 1) {
      return Optional.of(marked.get(0).notice());
    }
    return Optional.of(
        marked.size()
            + " commands interrupted — result unknown (Sitrep was stopped while they ran):"
            + " check their hosts; each is in its incident's log");
  }

  private final Workspace workspace;

  public InterruptedCommands(Workspace workspace) {
    this.workspace = workspace;
  }

  /**
   * Marks every command of this laptop whose process is gone; returns those marked now (none on a
   * second call, nor in a second process starting at the same time).
   */
  public List<Interrupted> markOnStart() {
    String device = workspace.device().id();
    // Most starts find nothing: read first so they do not take the write lock.
    List<CommandProcess> gone =
        workspace.read(dsl -> CommandProcess.unfinished(dsl, device)).stream()
            .filter(p -> !p.stillRunning())
            .toList();
    if (gone.isEmpty()) {
      return List.of();
    }
    return workspace.write(
        tx -> {
          List<Interrupted> marked = new ArrayList<>();
          // Re-read inside the write transaction: another process may have marked them already.
          for (CommandProcess p : CommandProcess.unfinished(tx.dsl(), device)) {
            if (gone.contains(p)) {
              mark(tx, p).ifPresent(marked::add);
            }
          }
          return marked;
        });
  }

  /**
   * Keeps looking while a window is open: a command run by another Sitrep process on this laptop (a
   * CLI) that is killed writes nothing, so no change announces it; every {@code period} this marks
   * such commands (one indexed read when there are none) and tells {@code marked} of those it
   * marked.
   */
  public org.sitrep.model.feed.Subscription watchOn(
      org.sitrep.model.schedule.DomainScheduler scheduler,
      java.time.Duration period,
      java.util.function.Consumer<List<Interrupted>> marked) {
    return scheduler.every(
        "interrupted commands",
        period,
        now -> {
          List<Interrupted> found = markOnStart();
          if (!found.isEmpty()) {
            marked.accept(found);
          }
        });
  }

  private static Optional<Interrupted> mark(WriteTx tx, CommandProcess p) {
    Optional<LogEntry> intent = LogRepository.find(tx.dsl(), p.intentId());
    if (intent.isEmpty()) {
      CommandProcess.ended(tx, p.intentId());
      return Optional.empty();
    }
    LogEntry i = intent.get();
    String author = tx.device().operator().orElse(i.author());
    String problem =
        "Sitrep (process "
            + p.pid()
            + ") stopped before the command ended: it may still be running there";
    Draft draft =
        new Draft(
            i.incidentId(),
            EventCode.COMMAND_INTERRUPTED,
            "interrupted — result unknown on "
                + p.target()
                + ": "
                + problem
                + "; check the host\n$ "
                + p.command(),
            author);
    LogEntry mark =
        Attachments.append(tx, draft, tx.redact(Json.write(body(i, p, problem))), i.id());
    CommandProcess.ended(tx, p.intentId());
    return Optional.of(new Interrupted(i, mark, p.target(), p.command()));
  }

  /** Shaped like a result's record, so exports and the postmortem read it the same way. */
  private static Map<String, Object> body(LogEntry intent, CommandProcess p, String problem) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("intent", intent.id());
    body.put("target", p.target());
    body.put("command", p.command());
    body.put("outcome", "interrupted");
    body.put("exit_code", null);
    body.put("started", intent.wallTime().toString());
    body.put("ended", null);
    body.put("pid", p.pid());
    body.put("problem", problem);
    return body;
  }
}
