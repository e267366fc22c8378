package org.sitrep.runbooks.readiness;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.feed.Subscription;
import org.sitrep.model.readiness.ReadinessReminder;
import org.sitrep.model.readiness.ReminderRepository;
import org.sitrep.model.readiness.Reminders;
import org.sitrep.model.readiness.Service;
import org.sitrep.model.schedule.DomainScheduler;
import org.sitrep.model.store.Workspace;

/**
 * Reminds, through the domain scheduler, of what would turn a readiness line amber or red: a
 * restore test due, a runbook going stale, a coverage gap next week. Each occasion is raised once
 * (a stored row); the window lists the open ones and notifies when one is raised, as it does for
 * overdue stakeholder updates.
 */
public final class ReadinessReminders {

  private final Workspace workspace;
  private final ReadinessService readiness;

  public ReadinessReminders(Workspace workspace, ReadinessService readiness) {
    this.workspace = workspace;
    this.readiness = readiness;
  }

  /** Raises every reminder due at {@code now} that was not raised before; returns the new ones. */
  public List<ReadinessReminder> remindAllDue(Instant now) {
    List<ReadinessReminder> due = new ArrayList<>();
    for (Service s : readiness.services()) {
      due.addAll(Reminders.due(readiness.facts(s, now)));
    }
    if (due.isEmpty()) {
      return List.of();
    }
    return workspace.write(
        tx -> {
          List<ReadinessReminder> raised = new ArrayList<>();
          for (ReadinessReminder r : due) {
            if (ReminderRepository.raise(tx, r)) {
              raised.add(r);
            }
          }
          return raised;
        });
  }

  public List<ReadinessReminder> open() {
    return workspace.read(ReminderRepository::open);
  }

  public void dismiss(String key) {
    workspace.write(
        tx -> {
          ReminderRepository.dismiss(tx, key);
          return null;
        });
  }

  /** Puts the reminders on the scheduler: readiness changes by the day, so every ten minutes. */
  public Subscription remindOn(DomainScheduler scheduler) {
    return scheduler.every("readiness reminders", Duration.ofMinutes(10), this::remindAllDue);
  }
}
