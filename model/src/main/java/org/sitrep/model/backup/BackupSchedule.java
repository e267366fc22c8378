package org.sitrep.model.backup;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.sitrep.model.feed.Subscription;
import org.sitrep.model.schedule.DomainScheduler;

/**
 * Scheduled backups while the window runs, on the domain scheduler (ADR 13): each minute it looks
 * whether the newest good backup is older than {@code every}; if so it takes one and prunes by the
 * rotation. Looking each minute rather than sleeping {@code every} means a laptop that slept
 * through its hour backs up as soon as it wakes.
 */
public final class BackupSchedule {

  private BackupSchedule() {}

  /**
   * Puts the job on {@code scheduler}; {@code done} hears of each backup taken (to copy it to a
   * target, or to say so in the status bar). Nothing is scheduled when {@code every} is zero or the
   * workspace has no backup key.
   */
  public static Subscription on(
      DomainScheduler scheduler,
      BackupService backups,
      BackupSettings settings,
      Consumer<BackupResult> done) {
    if (settings.every().isZero() || !backups.hasKey()) {
      return () -> {};
    }
    return scheduler.every(
        "backups", Duration.ofMinutes(1), now -> runIfDue(backups, settings, now, done));
  }

  static void runIfDue(
      BackupService backups, BackupSettings settings, Instant now, Consumer<BackupResult> done) {
    long newest = backups.newest().map(BackupListing::createdMs).orElse(Long.MIN_VALUE);
    if (newest != Long.MIN_VALUE
        && Duration.ofMillis(now.toEpochMilli() - newest).compareTo(settings.every()) < 0) {
      return;
    }
    BackupResult result = backups.backupNow();
    backups.prune(settings);
    done.accept(result);
  }
}
