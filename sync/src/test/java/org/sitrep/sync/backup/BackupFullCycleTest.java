package org.sitrep.sync.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.backup.BackupResult;
import org.sitrep.model.backup.BackupService;
import org.sitrep.model.backup.RestoreService;
import org.sitrep.model.log.ChainVerifier;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.vault.KdfParams;
import org.sitrep.sync.storage.S3Storage;
import org.sitrep.sync.storage.StorageTimeouts;
import org.sitrep.sync.storage.SyncStorage;
import org.sitrep.sync.testing.Peer;
import org.sitrep.sync.testing.S3ProxyServer;
import org.sitrep.sync.testing.TestTeam;

/**
 * The whole cycle over a real S3 API (s3proxy on 127.0.0.1): a laptop writes and syncs, backs up to
 * the bucket, is lost; a new laptop restores the newest backup from the bucket, verifies it,
 * rejoins sync with a teammate who kept working, and both end with identical rows.
 */
class BackupFullCycleTest {

  private static final char[] PASS = "office safe, second shelf".toCharArray();

  @TempDir Path dir;

  @Test
  void writeBackUpLoseTheLaptopRestoreFromS3VerifyAndSyncToIdenticalRows() throws Exception {
    Random random = new Random(21);
    TestTeam team = new TestTeam();
    SteppingClock clock = SteppingClock.at("2026-12-07T09:00:00Z");
    try (S3ProxyServer server = S3ProxyServer.start(dir.resolve("s3"));
        SyncStorage sync =
            new S3Storage(server.target("sync/"), server.credentials(), StorageTimeouts.DEFAULT);
        SyncStorage backupTarget =
            new S3Storage(
                server.target("kit-backups/"), server.credentials(), StorageTimeouts.DEFAULT);
        Peer teammate = new Peer("teammate", dir, clock, team, 50)) {
      String lostDevice;
      String backupName;
      Path laptopDir = dir.resolve("laptop");
      try (Peer laptop = new Peer("laptop", dir, clock, team, 50)) {
        lostDevice = laptop.device();
        for (int i = 0; i < 40; i++) {
          (i % 3 == 0 ? teammate : laptop).act(random);
        }
        laptop.sync(sync);
        teammate.sync(sync);
        laptop.sync(sync);
        BackupService backups = new BackupService(laptop.workspace, laptopDir.resolve("backups"));
        backups.createKey(PASS.clone(), KdfParams.FLOOR, false);
        BackupResult made = backups.backupNow();
        backupName = made.manifest().name();
        assertThat(BackupCopies.upload(backupTarget, made.file())).isTrue();
        assertThat(BackupCopies.upload(backupTarget, made.file()))
            .as("a second copy of the same backup is not written")
            .isFalse();
      }
      // the laptop is lost, with its local backups
      deleteTree(laptopDir);
      assertThat(laptopDir).doesNotExist();

      // meanwhile the teammate keeps working
      for (int i = 0; i < 15; i++) {
        teammate.act(random);
      }
      teammate.sync(sync);

      // a new laptop: fetch the newest backup from the bucket and restore it where "laptop" lives
      List<String> onS3 = BackupCopies.list(backupTarget);
      assertThat(onS3).containsExactly(backupName);
      Path fetched =
          BackupCopies.download(backupTarget, onS3.get(onS3.size() - 1), dir.resolve("fetched"));
      var report = new RestoreService().restore(fetched, PASS.clone(), laptopDir);

      try (Peer restored = new Peer("laptop", dir, clock, team, 50)) {
        // It had synced: it rejoins as a new device (ADR 33), the lost one's entries kept as
        // theirs.
        assertThat(restored.device()).isNotEqualTo(lostDevice).isEqualTo(report.newDevice().get());
        assertThat(restored.workspace.read(ChainVerifier::verify).intact()).isTrue();
        restored.sync(sync);
        teammate.sync(sync);
        restored.sync(sync);
        assertThat(restored.stateHash()).isEqualTo(teammate.stateHash());
        // and new work from the restored laptop reaches the teammate
        restored.act(random);
        restored.act(random);
        restored.sync(sync);
        teammate.sync(sync);
        assertThat(teammate.stateHash()).isEqualTo(restored.stateHash());
      }
    }
  }

  private static void deleteTree(Path root) throws java.io.IOException {
    try (var paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
