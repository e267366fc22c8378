package org.sitrep.model.readiness;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.oncall.RestRule;
import org.sitrep.model.oncall.Rotation;
import org.sitrep.model.oncall.ShiftOverride;

/**
 * Everything the readiness rules look at for one service, read from the store once, so the rules
 * are plain functions of it (and tests give them facts with a fixed clock).
 *
 * @param zone the zone "today" is counted in (review dates, due dates, rotate-by dates)
 * @param rotations the rotations covering the service or its owner team
 * @param answeredPages pages each person answered recently, by lower-case name
 * @param zones each person's own zone, by lower-case name, where the contact book knows it
 * @param contacts the contact book's entries by id and by lower-case name: reachable or not
 * @param credentials each break-glass reference of the service, with what the vault holds for it
 * @param drills the drills played for the service (or for no service in particular)
 * @param openActions the postmortem actions still open on the service's incidents
 */
public record ReadinessFacts(
    Service service,
    Instant now,
    ZoneId zone,
    List<RestoreTest> restoreTests,
    int practiceDays,
    List<Rotation> rotations,
    List<ShiftOverride> overrides,
    RestRule restRule,
    Map<String, List<Instant>> answeredPages,
    Map<String, ZoneId> zones,
    Map<RunbookPurpose, RunbookState> runbooks,
    int staleAfterDays,
    Map<String, Reachable> contacts,
    List<Credential> credentials,
    List<DrillHeld> drills,
    int drillEveryDays,
    List<OpenAction> openActions) {

  public ReadinessFacts {
    restoreTests = List.copyOf(restoreTests);
    rotations = List.copyOf(rotations);
    overrides = List.copyOf(overrides);
    answeredPages = Map.copyOf(answeredPages);
    zones = Map.copyOf(zones);
    runbooks = Map.copyOf(runbooks);
    contacts = Map.copyOf(contacts);
    credentials = List.copyOf(credentials);
    drills = List.copyOf(drills);
    openActions = List.copyOf(openActions);
  }

  public LocalDate today() {
    return LocalDate.ofInstant(now, zone);
  }

  /** A runbook named for a purpose, as the library holds it (absent when it does not). */
  public record RunbookState(
      String runbookId,
      boolean inLibrary,
      int version,
      Optional<LocalDate> reviewed,
      long lintErrors,
      long lintWarnings) {}

  /** A contact as readiness needs it: found, and whether it has a phone number or an e-mail. */
  public record Reachable(String name, boolean reachable) {}

  /** A break-glass reference and the vault item it names, when there is one. */
  public record Credential(String reference, boolean found, Optional<LocalDate> rotateBy) {}

  /** A drill played, with the kind of scenario it practised. */
  public record DrillHeld(
      String scenarioId, Optional<ScenarioKind> kind, Instant startedAt, boolean ended) {}

  /** An open postmortem action and its due date. */
  public record OpenAction(String id, String incidentId, String text, Optional<LocalDate> due) {}
}
