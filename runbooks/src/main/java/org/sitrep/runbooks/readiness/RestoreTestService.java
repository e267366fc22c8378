package org.sitrep.runbooks.readiness;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.readiness.RestoreTest;
import org.sitrep.model.readiness.RestoreTestRepository;
import org.sitrep.model.readiness.RunbookPurpose;
import org.sitrep.model.readiness.Service;
import org.sitrep.model.readiness.ServiceRepository;
import org.sitrep.model.store.Workspace;
import org.sitrep.runbooks.checklist.Checklist;
import org.sitrep.runbooks.checklist.ChecklistService;

/**
 * Restore tests: each starts a checklist run of the service's restore runbook on an incident of its
 * own (a drill-kind incident, so a test never reaches a status page or the real-incident figures),
 * and ends with the backup's point in time and when the restored data was verified.
 */
public final class RestoreTestService {

  private final Workspace workspace;
  private final IncidentService incidents;
  private final ChecklistService checklists;

  public RestoreTestService(
      Workspace workspace, IncidentService incidents, ChecklistService checklists) {
    this.workspace = workspace;
    this.incidents = incidents;
    this.checklists = checklists;
  }

  /**
   * Starts a restore test of {@code serviceName} from its restore runbook. {@code onIncident}: run
   * it inside an incident already open (a drill practising a restore makes it a DRILL test);
   * otherwise the test gets an incident of its own and is a REAL restore.
   */
  public RestoreTest start(
      String serviceName, Optional<String> onIncident, Optional<String> testHost) {
    Service s = workspace.read(dsl -> ServiceRepository.get(dsl, serviceName));
    String runbookId =
        s.runbook(RunbookPurpose.RESTORE)
            .orElseThrow(
                () ->
                    new ChangeRefusedException(
                        "service "
                            + s.name()
                            + " names no restore runbook: add `runbooks:"
                            + " restore: ID` to its service file"));
    RestoreTest.Kind kind = RestoreTest.Kind.REAL;
    String incidentId;
    if (onIncident.isPresent()) {
      Incident i = workspace.read(dsl -> IncidentRepository.resolve(dsl, onIncident.get()));
      incidentId = i.id();
      kind = i.kind() == IncidentKind.DRILL ? RestoreTest.Kind.DRILL : RestoreTest.Kind.REAL;
    } else {
      incidentId =
          incidents
              .declare(
                  new NewIncident(
                      "Restore test: " + s.name(),
                      Severity.SEV4,
                      IncidentKind.DRILL,
                      List.of(s.name()),
                      "Restore of "
                          + s.name()
                          + " from backup, following runbook "
                          + runbookId
                          + testHost.map(h -> ", onto test host " + h).orElse("")))
              .id();
    }
    Checklist run = checklists.attach(incidentId, runbookId);
    RestoreTest.Kind k = kind;
    return workspace.write(
        tx -> {
          RestoreTest t =
              new RestoreTest(
                  UUID.randomUUID().toString(),
                  s.name(),
                  k,
                  Optional.of(incidentId),
                  Optional.of(run.run().id()),
                  runbookId,
                  run.run().versionNo(),
                  workspace.operator(),
                  tx.wallTime(),
                  testHost.filter(h -> !h.isBlank()),
                  Optional.empty(),
                  Optional.empty(),
                  RestoreTest.Result.RUNNING,
                  "");
          RestoreTestRepository.save(tx, t);
          return t;
        });
  }

  /**
   * Records how a restore test ended: the point in time the restored backup holds data up to, and
   * when the restored data was checked. A test of its own resolves its incident.
   */
  public RestoreTest finish(
      String testId, Instant backupPoint, Instant verifiedAt, boolean passed, String notes) {
    return workspace.write(
        tx -> {
          RestoreTest t = RestoreTestRepository.get(tx.dsl(), testId);
          if (t.finished()) {
            throw new ChangeRefusedException(
                "restore test "
                    + testId
                    + " already ended: "
                    + t.result().name().toLowerCase(java.util.Locale.ROOT));
          }
          if (backupPoint.isAfter(t.startedAt())) {
            throw new ChangeRefusedException(
                "the backup's point in time ("
                    + backupPoint
                    + ") is after the test started ("
                    + t.startedAt()
                    + "): give the time the backup holds data up to");
          }
          if (verifiedAt.isBefore(t.startedAt())) {
            throw new ChangeRefusedException(
                "verified at "
                    + verifiedAt
                    + " is before the test started ("
                    + t.startedAt()
                    + ")");
          }
          RestoreTest done =
              new RestoreTest(
                  t.id(),
                  t.service(),
                  t.kind(),
                  t.incidentId(),
                  t.checklistRunId(),
                  t.runbookId(),
                  t.runbookVersion(),
                  t.startedBy(),
                  t.startedAt(),
                  t.testHost(),
                  Optional.of(backupPoint),
                  Optional.of(verifiedAt),
                  passed ? RestoreTest.Result.PASSED : RestoreTest.Result.FAILED,
                  notes == null ? "" : notes.strip());
          RestoreTestRepository.save(tx, done);
          if (t.incidentId().isPresent()) {
            Incident i = IncidentRepository.get(tx.dsl(), t.incidentId().get());
            // Only the incident start() declared for the test; one it ran inside stays open.
            if (i.title().equals("Restore test: " + t.service())) {
              incidents.resolveWithin(tx, i.id(), "restore test " + (passed ? "passed" : "failed"));
            }
          }
          return done;
        });
  }

  public List<RestoreTest> of(String serviceName) {
    return workspace.read(dsl -> RestoreTestRepository.of(dsl, serviceName));
  }
}
