package org.sitrep.model.readiness;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One restore of a service's data from a backup, worked through its restore runbook.
 *
 * @param kind REAL when data was really restored; DRILL when practised in a drill
 * @param backupPoint the point in time the restored backup holds data up to
 * @param verifiedAt when someone checked the restored data was whole and usable
 */
public record RestoreTest(
    String id,
    String service,
    Kind kind,
    Optional<String> incidentId,
    Optional<String> checklistRunId,
    String runbookId,
    int runbookVersion,
    String startedBy,
    Instant startedAt,
    Optional<String> testHost,
    Optional<Instant> backupPoint,
    Optional<Instant> verifiedAt,
    Result result,
    String notes) {

  /** Whether the restore was done for real or practised in a drill. */
  public enum Kind {
    REAL,
    DRILL
  }

  /** Running until someone records how it ended. */
  public enum Result {
    RUNNING,
    PASSED,
    FAILED
  }

  /**
   * The achieved recovery time: from the start of the restore to the moment the restored data was
   * verified. Empty until verified.
   */
  public Optional<Duration> achievedRto() {
    return verifiedAt.map(v -> Duration.between(startedAt, v));
  }

  /**
   * The achieved recovery point: the data written between the backup's point in time and the start
   * of the restore (the simulated failure) is what a real failure would have lost.
   */
  public Optional<Duration> achievedRpo() {
    return backupPoint.map(b -> Duration.between(b, startedAt));
  }

  public boolean finished() {
    return result != Result.RUNNING;
  }

  /** When it ended: the verification, or the start for a test that failed before it. */
  public Instant endedAt() {
    return verifiedAt.orElse(startedAt);
  }
}
