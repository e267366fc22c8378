package org.sitrep.model.comms;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.feed.Subscription;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.model.log.Draft;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.schedule.DomainScheduler;
import org.sitrep.model.store.Workspace;

/**
 * Reminds the communicator when an update is overdue: a {@code comms.update-due} entry in the
 * incident's log, once per promise, so everyone on the incident sees it and the window can notify.
 * Runs on the domain scheduler (ADR 13), whatever view is open or none.
 */
public final class UpdateReminders {

  private final Workspace workspace;
  private final CommsService comms;

  public UpdateReminders(Workspace workspace, CommsService comms) {
    this.workspace = workspace;
    this.comms = comms;
  }

  /**
   * Logs the reminder when the incident's next update is overdue and nobody reminded of this
   * promise yet (here or on a laptop this one synced with); returns the reminder written now.
   */
  public Optional<LogEntry> remindIfDue(String incidentId, Instant now) {
    UpdateClock clock = comms.clock(incidentId);
    if (!clock.isOverdue(now)) {
      return Optional.empty();
    }
    String author = workspace.operator();
    String text =
        "Update overdue: the next stakeholder update was due at "
            + TemplateFill.when(clock.due().get(), now)
            + " — "
            + clock.owner().map(o -> o + " (comms) owes it").orElse("nobody holds comms");
    return workspace.write(
        tx -> {
          if (remindedAlready(tx.dsl(), incidentId, clock)) {
            return Optional.<LogEntry>empty();
          }
          return Optional.of(
              LogRepository.append(
                  tx, new Draft(incidentId, EventCode.COMMS_UPDATE_DUE, text, author)));
        });
  }

  /** The reminder logged for the promise in force, to show beside the countdown. */
  public Optional<LogEntry> reminderLogged(String incidentId) {
    UpdateClock clock = comms.clock(incidentId);
    return workspace.read(dsl -> lastReminderAfterPromise(dsl, incidentId, clock));
  }

  /** Reminds of every overdue update of every active incident; returns the reminders written. */
  public List<LogEntry> remindAllDue(Instant now) {
    List<LogEntry> written = new ArrayList<>();
    for (Incident i : workspace.read(IncidentRepository::all)) {
      if (i.status().isActive() || !comms.clock(i.id()).due().isEmpty()) {
        remindIfDue(i.id(), now).ifPresent(written::add);
      }
    }
    return written;
  }

  /** Puts the reminders on the domain scheduler, checked every five seconds. */
  public Subscription remindOn(DomainScheduler scheduler) {
    return scheduler.every("update reminders", Duration.ofSeconds(5), this::remindAllDue);
  }

  private static boolean remindedAlready(
      org.jooq.DSLContext dsl, String incidentId, UpdateClock clock) {
    return lastReminderAfterPromise(dsl, incidentId, clock).isPresent();
  }

  private static Optional<LogEntry> lastReminderAfterPromise(
      org.jooq.DSLContext dsl, String incidentId, UpdateClock clock) {
    List<LogEntry> entries =
        LogRepository.timeline(
            dsl,
            incidentId,
            List.of(
                EventCode.COMMS_UPDATE_DUE,
                EventCode.COMMS_UPDATE_INTERNAL,
                EventCode.COMMS_UPDATE_PUBLIC,
                EventCode.COMMS_UPDATE_EXECUTIVES));
    // Entries come in causal order: a reminder counts when no update came after it.
    LogEntry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
    return last != null && last.event() == EventCode.COMMS_UPDATE_DUE && clock.due().isPresent()
        ? Optional.of(last)
        : Optional.empty();
  }
}
