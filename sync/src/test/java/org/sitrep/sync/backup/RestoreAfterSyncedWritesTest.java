package org.sitrep.sync.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.backup.BackupResult;
import org.sitrep.model.backup.BackupService;
import org.sitrep.model.backup.RestoreReport;
import org.sitrep.model.backup.RestoreService;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.log.ChainVerifier;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.vault.KdfParams;
import org.sitrep.sync.storage.FolderStorage;
import org.sitrep.sync.storage.SyncStorage;
import org.sitrep.sync.testing.Peer;
import org.sitrep.sync.testing.TestTeam;

/**
 * A laptop restored from a backup older than what it had already synced (issue 21): it rejoins as a
 * new device, gets back what it wrote after the backup from the team's folder target, writes on
 * (also while offline, before its first sync), and every laptop ends with the same rows — nothing
 * lost, nothing twice.
 */
class RestoreAfterSyncedWritesTest {

  private static final char[] PASS = "office safe, second shelf".toCharArray();

  @TempDir Path dir;

  @Test
  void aLaptopRestoredFromAnOlderBackupRejoinsWithoutLosingOrDuplicatingAnything()
      throws Exception {
    Random random = new Random(2133);
    TestTeam team = new TestTeam();
    SteppingClock clock = SteppingClock.at("2026-12-07T09:00:00Z");
    SyncStorage target =
        new FolderStorage(java.nio.file.Files.createDirectories(dir.resolve("team-share")));
    try (Peer teammate = new Peer("teammate", dir, clock, team, 7)) {
      String oldDevice;
      Path backup;
      String incident;
      try (Peer laptop = new Peer("laptop", dir, clock, team, 7)) {
        oldDevice = laptop.device();
        for (int i = 0; i < 30; i++) {
          (i % 3 == 0 ? teammate : laptop).act(random);
        }
        laptop.sync(target);
        teammate.sync(target);
        laptop.sync(target);
        BackupService backups = new BackupService(laptop.workspace, dir.resolve("backups"));
        backups.createKey(PASS.clone(), KdfParams.FLOOR, false);
        BackupResult made = backups.backupNow();
        backup = made.file();

        // After the backup the laptop writes and syncs more: a teammate already holds these.
        incident = laptop.workspace.read(IncidentRepository::all).get(0).id();
        IncidentService incidents = new IncidentService(laptop.workspace);
        for (int i = 0; i < 12; i++) {
          incidents.addEntry(incident, EntryKind.DECISION, "after the backup " + i);
          laptop.act(random);
        }
        laptop.sync(target);
        teammate.sync(target);
        assertThat(teammate.stateHash()).isEqualTo(laptop.stateHash());
      }

      // The laptop's disk dies; the older backup is restored on a new one.
      RestoreReport report = new RestoreService().restore(backup, PASS.clone(), dir.resolve("new"));
      assertThat(report.newDevice()).as("it had synced: a new device").isPresent();
      assertThat(report.newDevice().get()).isNotEqualTo(oldDevice);

      try (Peer restored = new Peer("new", dir, clock, team, 7)) {
        assertThat(restored.device()).isEqualTo(report.newDevice().get());
        assertThat(restored.workspace.read(ChainVerifier::verify).intact()).isTrue();
        // Offline first: the responder goes on writing before the restored laptop syncs.
        IncidentService incidents = new IncidentService(restored.workspace);
        for (int i = 0; i < 5; i++) {
          incidents.addEntry(incident, EntryKind.NOTE, "restored laptop, offline " + i);
          restored.act(random);
        }
        restored.sync(target);
        teammate.act(random);
        teammate.sync(target);
        restored.sync(target);

        assertThat(restored.stateHash()).isEqualTo(teammate.stateHash());
        for (Peer p : List.of(restored, teammate)) {
          List<String> texts = texts(p, incident);
          for (int i = 0; i < 12; i++) {
            assertThat(texts)
                .as(p.name + " keeps what was written after the backup")
                .containsOnlyOnce("after the backup " + i);
          }
          for (int i = 0; i < 5; i++) {
            assertThat(texts)
                .as(p.name + " has the restored laptop's new entries")
                .containsOnlyOnce("restored laptop, offline " + i);
          }
          assertThat(p.workspace.read(ChainVerifier::verify).intact()).as(p.name).isTrue();
        }
        assertThat(rows(restored)).isEqualTo(rows(teammate));
      }
    }
  }

  private static List<String> texts(Peer p, String incident) {
    return p.workspace.read(
        db ->
            db.fetch("SELECT text FROM log_entry WHERE incident_id = ?", incident)
                .getValues(0, String.class));
  }

  private static long rows(Peer p) {
    return p.workspace.read(db -> db.fetchOne("SELECT count(*) FROM log_entry").get(0, Long.class));
  }
}
