package org.sitrep.model.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Last restore test against RTO, RPO and cadence; "can everyone do it?", real vs drill. */
class RestoreRulesTest {

  private static final RestoreTest.Kind REAL = RestoreTest.Kind.REAL;
  private static final RestoreTest.Kind DRILL = RestoreTest.Kind.DRILL;

  @Test
  void achievedRtoIsStartToVerifiedAndRpoIsBackupPointToStart() {
    RestoreTest t =
        Facts.test(
            "alice", REAL, "2026-03-01T10:00:00Z", Duration.ofMinutes(47), Duration.ofMinutes(195));
    assertThat(t.achievedRto()).contains(Duration.ofMinutes(47));
    assertThat(t.achievedRpo()).contains(Duration.ofMinutes(195));
  }

  @Test
  void noRealRestoreTestIsRedEvenWithDrills() {
    Facts f = new Facts();
    f.tests.add(
        Facts.test("alice", DRILL, "2026-03-01T10:00:00Z", Duration.ofMinutes(30), Duration.ZERO));
    ReadinessLine line = f.line(Check.RESTORE_TEST);
    assertThat(line.status()).isEqualTo(Status.RED);
    assertThat(line.fix()).contains("sitrep restore-test start payments-db");
  }

  @Test
  void restoreWithinObjectivesAndCadenceIsGreenWithTheFigures() {
    Facts f = new Facts();
    f.tests.add(
        Facts.test(
            "alice",
            REAL,
            "2026-03-01T10:00:00Z",
            Duration.ofMinutes(47),
            Duration.ofMinutes(195)));
    ReadinessLine line = f.line(Check.RESTORE_TEST);
    assertThat(line.status()).isEqualTo(Status.GREEN);
    assertThat(line.evidence())
        .contains("restored in 47m (RTO 1h)")
        .contains("data 3h 15m old (RPO 4h)")
        .contains("next due 2026-03-31");
  }

  @Test
  void aRestoreSlowerThanTheRtoIsRed() {
    Facts f = new Facts();
    f.tests.add(
        Facts.test(
            "alice", REAL, "2026-03-01T10:00:00Z", Duration.ofMinutes(61), Duration.ofHours(1)));
    ReadinessLine line = f.line(Check.RESTORE_TEST);
    assertThat(line.status()).isEqualTo(Status.RED);
    assertThat(line.evidence()).contains("restored in 1h 1m (RTO 1h)");
    assertThat(line.fix()).contains("faster");
  }

  @Test
  void aBackupOlderThanTheRpoIsRed() {
    Facts f = new Facts();
    f.tests.add(
        Facts.test(
            "alice", REAL, "2026-03-01T10:00:00Z", Duration.ofMinutes(10), Duration.ofHours(5)));
    ReadinessLine line = f.line(Check.RESTORE_TEST);
    assertThat(line.status()).isEqualTo(Status.RED);
    assertThat(line.fix()).contains("back up more often");
  }

  @Test
  void pastTheCadenceTurnsAmberOnTheDayItIsDue() {
    Facts f = new Facts();
    f.tests.add(
        Facts.test("alice", REAL, "2026-03-01T10:00:00Z", Duration.ofMinutes(10), Duration.ZERO));
    f.now = java.time.Instant.parse("2026-03-31T09:59:00Z");
    assertThat(f.line(Check.RESTORE_TEST).status()).isEqualTo(Status.GREEN);
    f.now = java.time.Instant.parse("2026-03-31T10:00:00Z");
    ReadinessLine line = f.line(Check.RESTORE_TEST);
    assertThat(line.status()).isEqualTo(Status.AMBER);
    assertThat(line.evidence()).startsWith("Restore test due since 2026-03-31 (every 30 days)");
  }

  @Test
  void aFailedLastTestIsRedEvenAfterAnEarlierPass() {
    Facts f = new Facts();
    f.tests.add(
        Facts.test("alice", REAL, "2026-03-01T10:00:00Z", Duration.ofMinutes(10), Duration.ZERO));
    RestoreTest failed =
        new RestoreTest(
            "t2",
            "payments-db",
            REAL,
            Optional.empty(),
            Optional.empty(),
            "payments-db-restore",
            2,
            "bob",
            java.time.Instant.parse("2026-03-05T10:00:00Z"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            RestoreTest.Result.FAILED,
            "backup file corrupt");
    f.tests.add(failed);
    ReadinessLine line = f.line(Check.RESTORE_TEST);
    assertThat(line.status()).isEqualTo(Status.RED);
    assertThat(line.evidence()).contains("failed").contains("bob").contains("backup file corrupt");
  }

  @Test
  void everyoneOnTheRotationRestoredIsGreen() {
    Facts f = new Facts();
    f.tests.add(
        Facts.test("alice", REAL, "2026-03-01T10:00:00Z", Duration.ofMinutes(9), Duration.ZERO));
    f.tests.add(
        Facts.test("Bob", REAL, "2026-02-01T10:00:00Z", Duration.ofMinutes(9), Duration.ZERO));
    ReadinessLine line = f.line(Check.EVERYONE_CAN_RESTORE);
    assertThat(line.status()).isEqualTo(Status.GREEN);
    assertThat(line.evidence()).startsWith("2 of 2 on call did a restore or a drill");
  }

  @Test
  void drillsCountWhereTheServiceAllowsThem() {
    Facts f = new Facts();
    f.tests.add(
        Facts.test("alice", REAL, "2026-03-01T10:00:00Z", Duration.ofMinutes(9), Duration.ZERO));
    f.tests.add(
        Facts.test("bob", DRILL, "2026-03-02T10:00:00Z", Duration.ofMinutes(9), Duration.ZERO));
    assertThat(f.line(Check.EVERYONE_CAN_RESTORE).status()).isEqualTo(Status.GREEN);
  }

  @Test
  void drillsDoNotCountWhereARealRestoreIsRequired() {
    Facts f = new Facts();
    f.service = Facts.service(false);
    f.tests.add(
        Facts.test("alice", REAL, "2026-03-01T10:00:00Z", Duration.ofMinutes(9), Duration.ZERO));
    f.tests.add(
        Facts.test("bob", DRILL, "2026-03-02T10:00:00Z", Duration.ofMinutes(9), Duration.ZERO));
    ReadinessLine line = f.line(Check.EVERYONE_CAN_RESTORE);
    assertThat(line.status()).isEqualTo(Status.AMBER);
    assertThat(line.evidence())
        .startsWith("1 of 2 on call did a real restore in the last 90 days")
        .contains("drills do not count")
        .endsWith("not yet: bob");
  }

  @Test
  void restoresOlderThanTheWindowAndByOutsidersDoNotCount() {
    Facts f = new Facts();
    f.rotations.clear();
    f.rotations.add(Facts.daily("alice", "bob", "carol"));
    f.tests.add(
        Facts.test("alice", REAL, "2025-12-09T10:00:00Z", Duration.ofMinutes(9), Duration.ZERO));
    f.tests.add(
        Facts.test("mallory", REAL, "2026-03-01T10:00:00Z", Duration.ofMinutes(9), Duration.ZERO));
    ReadinessLine line = f.line(Check.EVERYONE_CAN_RESTORE);
    assertThat(line.status()).isEqualTo(Status.RED);
    assertThat(line.evidence()).startsWith("0 of 3");
  }
}
