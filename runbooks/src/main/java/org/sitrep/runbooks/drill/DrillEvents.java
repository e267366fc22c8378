package org.sitrep.runbooks.drill;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.model.checklist.StepState;
import org.sitrep.model.checklist.StepStatus;
import org.sitrep.model.drill.Drill;
import org.sitrep.model.drill.InjectState;
import org.sitrep.model.incident.Role;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.runbooks.checklist.Checklist;

/**
 * The players' actions in a drill as trigger events, read from what the real tools stored: role
 * entries in the log, status updates, checklist runs and step states, and the drill's injects. Used
 * by the scheduler (what has happened) and the scorecard (when).
 */
final class DrillEvents {

  private DrillEvents() {}

  static List<SeenEvent> of(Drill drill, List<LogEntry> log, List<Checklist> checklists) {
    List<SeenEvent> seen = new ArrayList<>();
    for (LogEntry e : log) {
      if (drill.endedAt().map(end -> !e.wallTime().isBefore(end)).orElse(false)) {
        continue; // ending the drill resolves its incident: that is not the players' update
      }
      role(e)
          .ifPresent(
              r -> {
                seen.add(event(Trigger.Event.ROLE_ASSIGNED, r.name(), e));
                if (r == Role.COMMANDER) {
                  seen.add(event(Trigger.Event.COMMANDER_ASSIGNED, "", e));
                }
              });
      if (isStatusUpdate(e)) {
        seen.add(event(Trigger.Event.STATUS_UPDATE, "", e));
      }
    }
    for (Checklist c : checklists) {
      seen.add(
          new SeenEvent(
              new Trigger(Trigger.Event.CHECKLIST_ATTACHED, c.run().runbookId()),
              c.run().startedAt()));
      for (StepState s : c.states().values()) {
        if (s.status() == StepStatus.DONE) {
          seen.add(new SeenEvent(new Trigger(Trigger.Event.STEP_DONE, s.stepKey()), s.updatedAt()));
        } else if (s.status() == StepStatus.SKIPPED) {
          seen.add(
              new SeenEvent(new Trigger(Trigger.Event.STEP_SKIPPED, s.stepKey()), s.updatedAt()));
        }
      }
    }
    for (InjectState s : drill.injects().values()) {
      s.acknowledgedAt()
          .ifPresent(
              at ->
                  seen.add(
                      new SeenEvent(
                          new Trigger(Trigger.Event.INJECT_ACKNOWLEDGED, s.injectId()), at)));
    }
    return seen;
  }

  /** Status updates to stakeholders: a comms entry or a status change, as a real incident has. */
  static boolean isStatusUpdate(LogEntry e) {
    return e.event() == EventCode.COMMS_RECORDED
        || e.event() == EventCode.STATUS_CHANGED
        || e.event() == EventCode.INCIDENT_RESOLVED;
  }

  /** The role a role entry gives: "Dana is commander", "Commander handed off from A to B". */
  static Optional<Role> role(LogEntry e) {
    if (e.event() != EventCode.ROLE_ASSIGNED && e.event() != EventCode.ROLE_HANDED_OFF) {
      return Optional.empty();
    }
    String text = e.text().toLowerCase(Locale.ROOT);
    for (Role r : Role.values()) {
      String label = r.label().toLowerCase(Locale.ROOT);
      if (e.event() == EventCode.ROLE_ASSIGNED
          ? text.endsWith(" is " + label)
          : text.startsWith(label + " handed off")) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  private static SeenEvent event(Trigger.Event what, String argument, LogEntry e) {
    return new SeenEvent(new Trigger(what, argument), e.wallTime());
  }
}
