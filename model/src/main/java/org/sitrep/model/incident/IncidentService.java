package org.sitrep.model.incident;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.clock.Hlc;
import org.sitrep.model.log.Draft;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.log.Times;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.store.WriteTx;
import org.sitrep.model.write.IncidentOperation;

/**
 * Everything a commander does to an incident. Each call is one transaction that changes the state,
 * writes the log entry that says so, and records the outbox operations — all or nothing. The author
 * is the operator at this laptop.
 */
public final class IncidentService {

  private final Workspace workspace;

  public IncidentService(Workspace workspace) {
    this.workspace = workspace;
  }

  public Incident declare(NewIncident request) {
    return workspace.write(tx -> declare(tx, request));
  }

  /**
   * Declares inside a transaction the caller owns, so another change (a drill starting) commits
   * together with the incident or not at all.
   */
  public Incident declare(WriteTx tx, NewIncident request) {
    String title = workspace.redactor().redact(EntryText.title(request.title()));
    Set<String> services = new LinkedHashSet<>();
    request.services().forEach(s -> services.add(EntryText.service(s)));
    String description =
        request.description().isBlank()
            ? ""
            : workspace.redactor().redact(EntryText.entry(request.description()));
    String author = workspace.operator();
    Instant now = tx.wallTime();
    Incident incident =
        new Incident(
            IncidentIds.next(now),
            title,
            request.severity(),
            request.kind(),
            IncidentStatus.INVESTIGATING,
            description,
            List.copyOf(services),
            now,
            author,
            java.util.Map.of(),
            java.util.Map.of());
    Hlc hlc = tx.tick();
    tx.apply(hlc, new IncidentOperation.Declare(incident));
    String text =
        (incident.isDrill() ? "DRILL — declared " : "Declared ")
            + request.severity()
            + " incident: "
            + title
            + (services.isEmpty() ? "" : " — services: " + String.join(", ", services));
    LogRepository.append(tx, new Draft(incident.id(), EventCode.INCIDENT_DECLARED, text, author));
    return IncidentMilestones.atDeclare(tx, incident, request, hlc);
  }

  /** A hand-typed note, decision, action or comms entry. */
  public LogEntry addEntry(String incidentId, EntryKind kind, String text) {
    EventCode event = EventCode.typedAs(kind);
    String body = EntryText.entry(text);
    return append(incidentId, event, body, Optional.empty());
  }

  /** Writes a correction next to {@code entryId}; the original stays as it was. */
  public LogEntry correct(String entryId, String text) {
    String body = EntryText.entry(text);
    LogEntry original =
        workspace
            .read(dsl -> LogRepository.find(dsl, entryId))
            .orElseThrow(
                () ->
                    new org.sitrep.model.NotFoundException(
                        "no log entry " + entryId + " to correct"));
    return append(original.incidentId(), EventCode.ENTRY_CORRECTED, body, Optional.of(entryId));
  }

  public LogEntry changeStatus(String incidentId, IncidentStatus to) {
    String author = workspace.operator();
    return workspace.write(
        tx -> {
          Incident incident = IncidentRepository.get(tx.dsl(), incidentId);
          IncidentStatus from = incident.status();
          if (from == to) {
            throw new ChangeRefusedException("the incident is already " + to.label());
          }
          if (to == IncidentStatus.CLOSED && from != IncidentStatus.RESOLVED) {
            throw new ChangeRefusedException(
                "only a resolved incident can be closed: it is "
                    + from.label()
                    + " (use /status resolved first)");
          }
          if (from == IncidentStatus.CLOSED && to == IncidentStatus.RESOLVED) {
            throw new ChangeRefusedException(
                "a closed incident re-opens to investigating, identified or monitoring, not resolved");
          }
          Hlc hlc = tx.tick();
          tx.apply(hlc, new IncidentOperation.ChangeStatus(incidentId, to));
          EventCode event;
          String text;
          if (!from.isActive() && to.isActive()) {
            event = EventCode.INCIDENT_REOPENED;
            text = "Re-opened: " + from.label() + " → " + to.label();
            IncidentMilestones.clearResolved(tx, incidentId, hlc);
          } else if (to == IncidentStatus.RESOLVED) {
            event = EventCode.INCIDENT_RESOLVED;
            text = "Status: " + from.label() + " → resolved";
            if (incident.milestone(Milestone.RESOLVED).isEmpty()) {
              IncidentMilestones.set(tx, incident, Milestone.RESOLVED, tx.wallTime(), author, hlc);
            }
          } else {
            event =
                to == IncidentStatus.CLOSED ? EventCode.INCIDENT_CLOSED : EventCode.STATUS_CHANGED;
            text = "Status: " + from.label() + " → " + to.label();
          }
          return LogRepository.append(tx, new Draft(incidentId, event, text, author));
        });
  }

  /**
   * Resolves an active incident inside a transaction the caller owns (a drill ending), with the
   * resolved milestone and an {@code incident.resolved} entry saying {@code why}; a resolved or
   * closed incident is left as it is.
   */
  public void resolveWithin(WriteTx tx, String incidentId, String why) {
    Incident incident = IncidentRepository.get(tx.dsl(), incidentId);
    if (!incident.status().isActive()) {
      return;
    }
    String author = workspace.operator();
    Hlc hlc = tx.tick();
    if (incident.milestone(Milestone.RESOLVED).isEmpty()) {
      IncidentMilestones.set(tx, incident, Milestone.RESOLVED, tx.wallTime(), author, hlc);
    }
    IncidentMilestones.resolveStatus(tx, incident, author, hlc, why);
  }

  public LogEntry changeSeverity(String incidentId, Severity to) {
    String author = workspace.operator();
    return workspace.write(
        tx -> {
          Incident incident = IncidentRepository.get(tx.dsl(), incidentId);
          Severity from = incident.severity();
          if (from == to) {
            throw new ChangeRefusedException("the incident is already " + to);
          }
          Hlc hlc = tx.tick();
          tx.apply(hlc, new IncidentOperation.ChangeSeverity(incidentId, to));
          boolean raised = to.level() < from.level();
          String text =
              "Severity "
                  + (raised ? "raised" : "lowered")
                  + ": "
                  + from
                  + " → "
                  + to
                  + " ("
                  + to.meaning()
                  + ")";
          return LogRepository.append(
              tx,
              new Draft(
                  incidentId,
                  raised ? EventCode.SEVERITY_RAISED : EventCode.SEVERITY_LOWERED,
                  text,
                  author));
        });
  }

  /** Gives {@code role} to {@code person}; when someone held it, this is a handoff naming both. */
  public LogEntry assignRole(String incidentId, Role role, String person) {
    String name = EntryText.person(person);
    String author = workspace.operator();
    return workspace.write(
        tx -> {
          Incident incident = IncidentRepository.get(tx.dsl(), incidentId);
          Optional<String> previous = incident.holder(role);
          if (previous.isPresent() && previous.get().equals(name)) {
            throw new ChangeRefusedException(name + " is already " + role.label());
          }
          Hlc hlc = tx.tick();
          java.time.Instant since = tx.wallTime();
          tx.apply(hlc, new IncidentOperation.AssignRole(incidentId, role, name, since));
          String label = Character.toUpperCase(role.label().charAt(0)) + role.label().substring(1);
          if (previous.isPresent()) {
            return LogRepository.append(
                tx,
                new Draft(
                    incidentId,
                    EventCode.ROLE_HANDED_OFF,
                    label + " handed off from " + previous.get() + " to " + name,
                    author));
          }
          return LogRepository.append(
              tx,
              new Draft(incidentId, EventCode.ROLE_ASSIGNED, name + " is " + role.label(), author));
        });
  }

  /** Sets a milestone, back-dated if {@code at} is earlier than now; refuses out-of-order times. */
  public LogEntry setMilestone(String incidentId, Milestone milestone, Instant at) {
    String author = workspace.operator();
    return workspace.write(
        tx -> {
          Incident incident = IncidentRepository.get(tx.dsl(), incidentId);
          Instant now = tx.wallTime();
          Hlc hlc = tx.tick();
          IncidentMilestones.set(tx, incident, milestone, at, author, hlc);
          boolean backDated = now.toEpochMilli() - at.toEpochMilli() > 60_000;
          String text =
              "Milestone "
                  + milestone.label()
                  + " at "
                  + Times.utc(at)
                  + (backDated ? " (back-dated)" : "");
          LogEntry set =
              LogRepository.append(
                  tx, new Draft(incidentId, EventCode.MILESTONE_SET, text, author));
          if (milestone == Milestone.RESOLVED && incident.status().isActive()) {
            IncidentMilestones.resolveStatus(tx, incident, author, hlc, "resolved milestone set");
          }
          return set;
        });
  }

  private LogEntry append(
      String incidentId, EventCode event, String text, Optional<String> corrects) {
    String author = workspace.operator();
    return workspace.write(
        tx -> {
          IncidentRepository.get(tx.dsl(), incidentId);
          return LogRepository.append(tx, new Draft(incidentId, event, text, author, corrects));
        });
  }
}
