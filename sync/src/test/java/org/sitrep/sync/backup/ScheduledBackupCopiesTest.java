package org.sitrep.sync.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.backup.BackupCopyLedger;
import org.sitrep.model.backup.BackupResult;
import org.sitrep.model.backup.BackupSchedule;
import org.sitrep.model.backup.BackupService;
import org.sitrep.model.backup.BackupSettings;
import org.sitrep.model.backup.RestoreService;
import org.sitrep.model.delivery.Backoff;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.schedule.DomainScheduler;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.model.vault.KdfParams;
import org.sitrep.sync.storage.S3Storage;
import org.sitrep.sync.storage.StorageTimeouts;
import org.sitrep.sync.storage.SyncStorage;
import org.sitrep.sync.testing.S3ProxyServer;

/**
 * The backups the window takes on its own reach the backup target: over a real S3 API (s3proxy on
 * 127.0.0.1), queued while the target does not answer (the server frozen with SIGSTOP) and copied
 * once it does, each exactly once, and restorable from there.
 */
class ScheduledBackupCopiesTest {

  private static final char[] PASS = "office safe, second shelf".toCharArray();
  private static final StorageTimeouts SHORT =
      new StorageTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3));

  @TempDir Path dir;

  @Test
  void scheduledBackupsAreQueuedWhileTheTargetIsDownAndCopiedOnceItAnswers() throws Exception {
    SteppingClock clock = SteppingClock.at("2026-12-07T09:00:00Z");
    List<Throwable> jobFailures = new ArrayList<>();
    try (S3ProxyServer server = S3ProxyServer.start(dir.resolve("s3"));
        Workspace ws = TestWorkspace.open(dir.resolve("laptop"), clock);
        DomainScheduler scheduler = new DomainScheduler(clock, jobFailures::add)) {
      ws.setOperator("Dana Okafor");
      IncidentService incidents = new IncidentService(ws);
      String incident =
          incidents
              .declare(
                  new NewIncident(
                      "Checkout 502s", Severity.SEV2, IncidentKind.REAL, List.of("checkout"), ""))
              .id();
      BackupService backups = new BackupService(ws, dir.resolve("laptop/backups"));
      backups.createKey(PASS.clone(), KdfParams.FLOOR, false);
      BackupSettings settings =
          new BackupSettings(
              Duration.ofHours(1),
              24,
              7,
              12,
              Optional.empty(),
              Optional.of("office"),
              Duration.ofMinutes(15),
              Duration.ofHours(2));
      List<String> opened = new ArrayList<>();
      BackupCopyQueue queue =
          new BackupCopyQueue(
              ws,
              backups,
              "office",
              () -> {
                opened.add("office");
                return new S3Storage(server.target("kit-backups/"), server.credentials(), SHORT);
              },
              new Backoff(() -> 0.0));
      List<BackupResult> taken = new ArrayList<>();
      BackupSchedule.on(
          scheduler,
          backups,
          settings,
          r -> {
            taken.add(r);
            queue.copyDue(clock.instant());
          });
      queue.on(scheduler);

      // The first scheduled backup, target up: copied at once.
      scheduler.runDue();
      assertThat(taken).hasSize(1);
      SyncStorage reader =
          new S3Storage(
              server.target("kit-backups/"), server.credentials(), StorageTimeouts.DEFAULT);
      assertThat(BackupCopies.list(reader)).containsExactly(name(taken.get(0)));

      // The target stops answering; two more hourly backups are taken and wait.
      server.pause();
      for (int hour = 1; hour <= 2; hour++) {
        incidents.addEntry(incident, EntryKind.NOTE, "hour " + hour + ": still degraded");
        clock.advance(Duration.ofMinutes(61));
        scheduler.runDue();
      }
      assertThat(taken).hasSize(3);
      List<BackupCopyLedger.Copy> waiting =
          ws.read(BackupCopyLedger::all).stream().filter(c -> !c.copied()).toList();
      assertThat(waiting)
          .extracting(BackupCopyLedger.Copy::name)
          .containsExactlyInAnyOrder(name(taken.get(1)), name(taken.get(2)));
      assertThat(waiting).allMatch(c -> c.attempts() >= 1 && c.lastError().isPresent());

      // Back online: the next round of the copy job sends both, each once.
      server.resume();
      clock.advance(Duration.ofMinutes(20));
      scheduler.runDue();
      assertThat(ws.read(BackupCopyLedger::all)).hasSize(3).allMatch(BackupCopyLedger.Copy::copied);
      assertThat(BackupCopies.list(reader))
          .containsExactly(name(taken.get(0)), name(taken.get(1)), name(taken.get(2)));
      int opensBefore = opened.size();
      clock.advance(Duration.ofMinutes(2));
      scheduler.runDue();
      assertThat(opened)
          .as("nothing left to copy: the target is not even opened")
          .hasSize(opensBefore);

      // And the newest copy restores: what was written while the target was down is in it.
      Path fetched = BackupCopies.download(reader, name(taken.get(2)), dir.resolve("fetched"));
      var report = new RestoreService().restore(fetched, PASS.clone(), dir.resolve("restored"));
      assertThat(report.manifest().entries()).isEqualTo(taken.get(2).manifest().entries());
      reader.close();
      assertThat(jobFailures).isEmpty();
    }
  }

  private static String name(BackupResult r) {
    return r.file().getFileName().toString();
  }
}
