package org.sitrep.sync.backup;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.sitrep.model.backup.BackupCopyLedger;
import org.sitrep.model.backup.BackupListing;
import org.sitrep.model.backup.BackupService;
import org.sitrep.model.delivery.Backoff;
import org.sitrep.model.feed.Subscription;
import org.sitrep.model.schedule.DomainScheduler;
import org.sitrep.model.store.Workspace;
import org.sitrep.sync.storage.SyncStorage;

/**
 * Copies finished backups to one sync target, queued like every other piece of network work: each
 * good local backup gets a row in {@code backup_copy}; a copy that fails (offline, target down)
 * waits with backoff (5 s doubling to 15 min) and is tried again, so a laptop that took its hourly
 * backups on a plane copies them once it lands. The copy itself is {@link BackupCopies#upload}:
 * write-once, read back and compared before it counts.
 */
public final class BackupCopyQueue {

  /** Opens the target for one round of copies; throws when it cannot be reached. */
  public interface Opener {
    SyncStorage open() throws IOException;
  }

  /** What one round did: copied now, failed now (waiting to retry), still waiting later. */
  public record Round(List<String> copied, List<String> failed, Optional<String> error) {}

  private final Workspace workspace;
  private final BackupService backups;
  private final String target;
  private final Opener opener;
  private final Backoff backoff;
  private volatile BooleanSupplier paused = () -> false;

  public BackupCopyQueue(
      Workspace workspace, BackupService backups, String target, Opener opener, Backoff backoff) {
    this.workspace = workspace;
    this.backups = backups;
    this.target = target;
    this.opener = opener;
    this.backoff = backoff;
  }

  /** No copies while {@code condition} holds (a drill that pulled the plug). */
  public void pauseWhen(BooleanSupplier condition) {
    this.paused = condition;
  }

  public String target() {
    return target;
  }

  /**
   * Queues every good backup in the local folder not yet queued for this target, then copies what
   * is due. Safe to call from the backup schedule right after a backup and from its own job.
   */
  public Round copyDue(Instant now) {
    long nowMs = now.toEpochMilli();
    List<BackupListing> good = backups.list().stream().filter(BackupListing::good).toList();
    workspace.read(
        db -> {
          for (BackupListing l : good) {
            BackupCopyLedger.queue(db, l.file().getFileName().toString(), target, nowMs);
          }
          return null;
        });
    List<String> due = workspace.read(db -> BackupCopyLedger.due(db, target, nowMs));
    if (due.isEmpty() || paused.getAsBoolean()) {
      return new Round(List.of(), List.of(), Optional.empty());
    }
    List<String> copied = new java.util.ArrayList<>();
    List<String> failed = new java.util.ArrayList<>();
    String error = null;
    try (SyncStorage storage = opener.open()) {
      for (String name : due) {
        java.nio.file.Path file = backups.folder().resolve(name);
        if (!java.nio.file.Files.exists(file)) {
          workspace.read(db -> forget(db, name));
          continue;
        }
        try {
          BackupCopies.upload(storage, file);
          workspace.read(db -> markCopied(db, name, nowMs));
          copied.add(name);
        } catch (IOException | RuntimeException e) {
          error = describe(e);
          fail(name, error, nowMs);
          failed.add(name);
        }
      }
    } catch (Exception e) {
      // The target could not be opened (or closed badly): every copy still due waits its turn.
      error = describe(e);
      for (String name : due) {
        if (!copied.contains(name) && !failed.contains(name)) {
          fail(name, error, nowMs);
          failed.add(name);
        }
      }
    }
    return new Round(copied, failed, Optional.ofNullable(error));
  }

  /** Puts the round on {@code scheduler} once a minute: it retries what waits. */
  public Subscription on(DomainScheduler scheduler) {
    return scheduler.every("backup copies", Duration.ofMinutes(1), this::copyDue);
  }

  private void fail(String name, String error, long nowMs) {
    workspace.read(
        db -> {
          int attempts = BackupCopyLedger.attempts(db, name, target) + 1;
          long next = nowMs + backoff.after(attempts, Optional.empty()).toMillis();
          BackupCopyLedger.failed(db, name, target, error, next);
          return null;
        });
  }

  private Object markCopied(org.jooq.DSLContext db, String name, long nowMs) {
    BackupCopyLedger.copied(db, name, target, nowMs);
    return null;
  }

  private static Object forget(org.jooq.DSLContext db, String name) {
    BackupCopyLedger.forget(db, name);
    return null;
  }

  private static String describe(Exception e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }
}
