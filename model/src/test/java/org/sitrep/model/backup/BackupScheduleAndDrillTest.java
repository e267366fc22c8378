package org.sitrep.model.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.schedule.DomainScheduler;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.testing.TestWorkspace;

class BackupScheduleAndDrillTest {

  @TempDir java.nio.file.Path dir;
  private final SteppingClock clock = SteppingClock.at("2026-12-07T10:00:00Z");
  private Workspace ws;
  private BackupService backups;
  private final BackupSettings settings =
      new BackupSettings(
          Duration.ofHours(1),
          24,
          7,
          4,
          Optional.empty(),
          Optional.empty(),
          Duration.ofMinutes(15),
          Duration.ofHours(2));

  @BeforeEach
  void open() {
    ws = TestWorkspace.open(dir.resolve("live"), clock);
    ws.setOperator("Dana Okafor");
    BackupFixture.fill(ws, 30);
    backups = BackupFixture.backups(ws, dir.resolve("backups"));
  }

  @AfterEach
  void close() {
    ws.close();
  }

  @Test
  void theSchedulerBacksUpWhenTheNewestBackupIsOlderThanTheInterval() {
    DomainScheduler scheduler =
        new DomainScheduler(
            clock,
            e -> {
              throw new AssertionError(e);
            });
    List<BackupResult> taken = new ArrayList<>();
    BackupSchedule.on(scheduler, backups, settings, taken::add);
    assertThat(scheduler.jobs()).contains("backups");
    scheduler.runDue();
    assertThat(taken).hasSize(1);
    clock.advance(Duration.ofMinutes(30));
    scheduler.runDue();
    assertThat(taken).as("the newest is 30 minutes old: not due").hasSize(1);
    clock.advance(Duration.ofMinutes(31));
    scheduler.runDue();
    assertThat(taken).hasSize(2);
    assertThat(backups.list()).hasSize(2).allMatch(BackupListing::good);
  }

  @Test
  void theDrillRestoresTheNewestChecksItAndKeepsRtoAndRpo() {
    BackupResult made = backups.backupNow();
    clock.advance(Duration.ofMinutes(20));
    BackupDrill drill = new BackupDrill(ws, backups, settings);
    DrillResult result = drill.run(BackupFixture.BACKUP_PASSPHRASE.clone(), dir);
    assertThat(result.restored()).as(result.problem().orElse("")).isTrue();
    assertThat(result.backup()).contains(made.manifest().name());
    assertThat(result.dataAge()).isEqualTo(Duration.ofMinutes(20));
    assertThat(result.rpoMet()).isTrue();
    assertThat(result.restoreTook()).isPositive();
    assertThat(drill.last()).isPresent();
    assertThat(drill.last().get().backup()).contains(made.manifest().name());
    assertThat(dir.resolve(".drill-" + result.ranMs()))
        .as("the clear scratch copy is gone")
        .doesNotExist();

    clock.advance(Duration.ofHours(3));
    DrillResult stale = drill.run(BackupFixture.BACKUP_PASSPHRASE.clone(), dir);
    assertThat(stale.restored()).isTrue();
    assertThat(stale.rpoMet()).isFalse();
    assertThat(stale.passed()).isFalse();
    assertThat(stale.problem()).hasValueSatisfying(p -> assertThat(p).contains("RPO"));
    assertThat(drill.history()).hasSize(2);
  }

  @Test
  void aDrillWithNoBackupOrTheWrongPassphraseFailsAndIsKept() {
    BackupDrill drill = new BackupDrill(ws, backups, settings);
    DrillResult none = drill.run(BackupFixture.BACKUP_PASSPHRASE.clone(), dir);
    assertThat(none.restored()).isFalse();
    assertThat(none.problem()).hasValueSatisfying(p -> assertThat(p).contains("no good backup"));
    backups.backupNow();
    DrillResult wrong = drill.run("not the passphrase".toCharArray(), dir);
    assertThat(wrong.restored()).isFalse();
    assertThat(wrong.problem())
        .hasValueSatisfying(p -> assertThat(p).contains("wrong backup passphrase"));
    assertThat(drill.history()).hasSize(2).noneMatch(DrillResult::passed);
  }

  @Test
  void pruningRemovesWhatTheRotationDoesNotKeep() {
    for (int i = 0; i < 3; i++) {
      backups.backupNow();
      clock.advance(Duration.ofMinutes(10));
    }
    assertThat(backups.list()).hasSize(3);
    List<String> removed = backups.prune(settings);
    assertThat(removed).hasSize(2);
    assertThat(backups.list()).hasSize(1);
  }
}
