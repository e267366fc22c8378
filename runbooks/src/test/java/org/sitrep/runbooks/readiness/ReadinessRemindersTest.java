package org.sitrep.runbooks.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.oncall.Rotation;
import org.sitrep.model.oncall.RotationLayer;
import org.sitrep.model.oncall.RotationRepository;
import org.sitrep.model.oncall.ShiftLength;
import org.sitrep.model.oncall.ShiftOverride;
import org.sitrep.model.readiness.ReadinessReminder;
import org.sitrep.model.readiness.RestoreTest;
import org.sitrep.model.schedule.DomainScheduler;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.runbooks.checklist.ChecklistService;
import org.sitrep.runbooks.library.RunbookLibrary;
import org.sitrep.runbooks.library.SourceFile;

/** Reminders on the domain scheduler, moved by a test clock: each occasion raised once. */
class ReadinessRemindersTest {

  @TempDir Path dir;
  private final SteppingClock clock = SteppingClock.at("2026-03-10T09:00:00Z");
  private Workspace ws;
  private ReadinessReminders reminders;
  private RestoreTestService restores;
  private DomainScheduler scheduler;
  private final List<Throwable> failures = new ArrayList<>();

  @BeforeEach
  void open() throws Exception {
    ws = TestWorkspace.open(dir, clock);
    new RunbookLibrary(ws)
        .importFiles(
            List.of(
                new SourceFile(
                    "payments-db-restore.md",
                    ServiceFileParserTest.fixture("payments-db-restore.md"))),
            "tester");
    ReadinessService readiness = new ReadinessService(ws, ReadinessPolicy.DEFAULT);
    readiness.importText(
        "s.yaml",
        "services:\n  - name: payments-db\n    owner: payments\n    rto: 1h\n    rpo: 15m\n"
            + "    restore_every: 30d\n    runbooks:\n      restore: payments-db-restore\n");
    ws.write(
        tx ->
            RotationRepository.save(
                tx,
                new Rotation(
                    "payments",
                    "Payments",
                    "payments",
                    List.of(),
                    java.time.ZoneOffset.UTC,
                    LocalDateTime.parse("2026-01-01T09:00"),
                    ShiftLength.parse("1d"),
                    List.of(
                        new RotationLayer("primary", List.of("alice", "bob")),
                        new RotationLayer("secondary", List.of("bob", "alice"))))));
    reminders = new ReadinessReminders(ws, readiness);
    restores = new RestoreTestService(ws, new IncidentService(ws), new ChecklistService(ws));
    scheduler = new DomainScheduler(clock, failures::add);
    reminders.remindOn(scheduler);
  }

  @AfterEach
  void close() {
    scheduler.close();
    ws.close();
    assertThat(failures).isEmpty();
  }

  private List<String> texts() {
    return reminders.open().stream().map(ReadinessReminder::text).toList();
  }

  @Test
  void aRestoreTestDueIsRemindedOnceThenAgainAtTheNextDueDate() {
    scheduler.runDue();
    assertThat(texts()).containsExactly("Restore test due for payments-db: none recorded yet");
    clock.advance(Duration.ofMinutes(10));
    scheduler.runDue();
    assertThat(texts()).hasSize(1);
    reminders.dismiss(reminders.open().get(0).key());

    RestoreTest t = restores.start("payments-db", Optional.empty(), Optional.empty());
    clock.advance(Duration.ofMinutes(30));
    restores.finish(t.id(), t.startedAt(), clock.instant(), true, "");
    clock.set(Instant.parse("2026-04-09T08:59:00Z"));
    scheduler.runDue();
    assertThat(texts()).isEmpty();
    clock.set(Instant.parse("2026-04-09T09:10:00Z"));
    scheduler.runDue();
    assertThat(texts())
        .containsExactly("Restore test due for payments-db since 2026-04-09 (every 30 days)");
  }

  @Test
  void aRunbookIsRemindedTwoWeeksBeforeItGoesStale() {
    clock.set(Instant.parse("2026-08-05T09:00:00Z"));
    assertThat(reminders.remindAllDue(clock.instant()))
        .extracting(ReadinessReminder::kind)
        .doesNotContain(ReadinessReminder.Kind.RUNBOOK_GOING_STALE);
    clock.set(Instant.parse("2026-08-06T09:00:00Z"));
    assertThat(reminders.remindAllDue(clock.instant()))
        .extracting(ReadinessReminder::text)
        .contains(
            "Runbook payments-db-restore (restore, payments-db) goes stale on 2026-08-20: review it");
  }

  @Test
  void aCoverageGapNextWeekIsRemindedOnce() {
    // An imported calendar for primary: covered to the 15th and from the 16th, not between.
    ws.write(
        tx -> {
          RotationRepository.save(
              tx,
              new Rotation(
                  "payments",
                  "Payments",
                  "payments",
                  List.of(),
                  java.time.ZoneOffset.UTC,
                  LocalDateTime.parse("2026-01-01T09:00"),
                  ShiftLength.parse("1d"),
                  List.of(
                      new RotationLayer("primary", List.of()),
                      new RotationLayer("secondary", List.of("bob", "alice")))));
          RotationRepository.addOverride(
              tx,
              new ShiftOverride(
                  "",
                  "payments",
                  "primary",
                  "alice",
                  Instant.parse("2026-03-01T09:00:00Z"),
                  Instant.parse("2026-03-15T09:00:00Z"),
                  "ics"));
          return RotationRepository.addOverride(
              tx,
              new ShiftOverride(
                  "",
                  "payments",
                  "primary",
                  "bob",
                  Instant.parse("2026-03-16T09:00:00Z"),
                  Instant.parse("2026-04-16T09:00:00Z"),
                  "ics"));
        });
    assertThat(reminders.remindAllDue(clock.instant()))
        .filteredOn(r -> r.kind() == ReadinessReminder.Kind.COVERAGE_GAP)
        .extracting(ReadinessReminder::text)
        .containsExactly(
            "Nobody is primary for payments-db from 2026-03-15 09:00 UTC to 2026-03-16 09:00 UTC");
    clock.advance(Duration.ofHours(1));
    assertThat(reminders.remindAllDue(clock.instant())).isEmpty();
  }
}
