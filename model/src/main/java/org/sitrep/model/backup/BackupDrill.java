package org.sitrep.model.backup;

import static org.sitrep.model.store.schema.Tables.BACKUP_DRILL;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.store.Workspace;

/**
 * The kit's own restore drill: restores the newest good backup into a scratch folder with every
 * check a real restore makes, measures RTO (restore time) and RPO (age of the newest restorable
 * data) against the targets, keeps the result in {@code backup_drill} and removes the scratch copy
 * (it is the whole workspace in the clear).
 */
public final class BackupDrill {

  private final Workspace workspace;
  private final BackupService backups;
  private final BackupSettings settings;

  public BackupDrill(Workspace workspace, BackupService backups, BackupSettings settings) {
    this.workspace = workspace;
    this.backups = backups;
    this.settings = settings;
  }

  /** Runs the drill now; the result is kept whatever it is. */
  public DrillResult run(char[] passphrase, Path scratchParent) {
    long now = workspace.wallClock().millis();
    Optional<BackupListing> newest = backups.newest();
    DrillResult result;
    if (newest.isEmpty()) {
      result =
          failed(now, Optional.empty(), Duration.ZERO, "no good backup in " + backups.folder());
    } else {
      BackupManifest m = newest.get().manifest().orElseThrow();
      Duration age = Duration.ofMillis(Math.max(0, now - m.createdMs()));
      Path scratch = scratchParent.resolve(".drill-" + now);
      long started = System.nanoTime();
      try {
        new RestoreService().restore(newest.get().file(), passphrase, scratch);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        result =
            new DrillResult(
                now,
                Optional.of(m.name()),
                true,
                took,
                age,
                settings.rtoTarget(),
                settings.rpoTarget(),
                Optional.empty());
        result = withMissedTargets(result);
      } catch (RuntimeException e) {
        result = failed(now, Optional.of(m.name()), age, e.getMessage());
      } finally {
        BackupService.deleteTree(scratch);
      }
    }
    DrillResult kept = result;
    workspace.read(
        db ->
            db.insertInto(BACKUP_DRILL)
                .set(BACKUP_DRILL.RAN_MS, kept.ranMs())
                .set(BACKUP_DRILL.BACKUP_NAME, kept.backup().orElse(null))
                .set(BACKUP_DRILL.PASSED, kept.passed() ? 1L : 0L)
                .set(BACKUP_DRILL.RESTORE_MS, kept.restoreTook().toMillis())
                .set(BACKUP_DRILL.DATA_AGE_MS, kept.dataAge().toMillis())
                .set(BACKUP_DRILL.RTO_TARGET_MS, kept.rtoTarget().toMillis())
                .set(BACKUP_DRILL.RPO_TARGET_MS, kept.rpoTarget().toMillis())
                .set(BACKUP_DRILL.PROBLEM, kept.problem().orElse(null))
                .execute());
    return kept;
  }

  /** The drills kept, newest first. */
  public List<DrillResult> history() {
    return workspace.read(
        db ->
            db.selectFrom(BACKUP_DRILL)
                .orderBy(BACKUP_DRILL.ID.desc())
                .fetch(
                    r ->
                        new DrillResult(
                            r.getRanMs(),
                            Optional.ofNullable(r.getBackupName()),
                            r.getProblem() == null || !r.getProblem().startsWith(NOT_RESTORED),
                            Duration.ofMillis(r.getRestoreMs()),
                            Duration.ofMillis(r.getDataAgeMs()),
                            Duration.ofMillis(r.getRtoTargetMs()),
                            Duration.ofMillis(r.getRpoTargetMs()),
                            Optional.ofNullable(r.getProblem()))));
  }

  public Optional<DrillResult> last() {
    return history().stream().findFirst();
  }

  private static final String NOT_RESTORED = "not restored: ";

  private DrillResult failed(long now, Optional<String> name, Duration age, String why) {
    return new DrillResult(
        now,
        name,
        false,
        Duration.ZERO,
        age,
        settings.rtoTarget(),
        settings.rpoTarget(),
        Optional.of(NOT_RESTORED + why));
  }

  private static DrillResult withMissedTargets(DrillResult r) {
    StringBuilder missed = new StringBuilder();
    if (!r.rtoMet()) {
      missed.append("restore took longer than the RTO target; ");
    }
    if (!r.rpoMet()) {
      missed.append("the newest backup is older than the RPO target; ");
    }
    if (missed.length() == 0) {
      return r;
    }
    return new DrillResult(
        r.ranMs(),
        r.backup(),
        true,
        r.restoreTook(),
        r.dataAge(),
        r.rtoTarget(),
        r.rpoTarget(),
        Optional.of(missed.substring(0, missed.length() - 2)));
  }
}
