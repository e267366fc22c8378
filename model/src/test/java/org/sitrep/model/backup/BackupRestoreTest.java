package org.sitrep.model.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.log.ChainVerifier;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.vault.VaultService;

class BackupRestoreTest {

  @TempDir Path dir;

  @Test
  void aBackupTakenWhileTheWorkspaceWritesRestoresIntoANewFolderWithEveryEntry() throws Exception {
    Path live = dir.resolve("live");
    try (Workspace ws = BackupFixture.open(live)) {
      String incident = BackupFixture.fill(ws, 200);
      BackupService backups = BackupFixture.backups(ws, dir.resolve("backups"));
      IncidentService incidents = new IncidentService(ws);
      AtomicBoolean stop = new AtomicBoolean();
      AtomicInteger written = new AtomicInteger();
      Thread writer =
          new Thread(
              () -> {
                while (!stop.get()) {
                  incidents.addEntry(incident, EntryKind.NOTE, "during backup " + written.get());
                  written.incrementAndGet();
                }
              });
      writer.start();
      BackupResult result;
      try {
        result = backups.backupNow();
      } finally {
        stop.set(true);
        writer.join(60_000);
      }
      assertThat(written.get()).as("the workspace kept writing during the backup").isPositive();
      long inBackup = result.manifest().entries();
      assertThat(inBackup).isGreaterThanOrEqualTo(201);
      assertThat(result.file()).exists().hasFileName(result.manifest().name());
      assertThat(result.manifest().schemaVersion()).isEqualTo(Workspace.newestSchema());
      assertThat(result.manifest().chainHeads()).containsKey(ws.device().id());

      RestoreReport restored =
          BackupFixture.restorer()
              .restore(result.file(), BackupFixture.BACKUP_PASSPHRASE.clone(), dir.resolve("new"));
      assertThat(restored.workspaceFile()).isEqualTo(dir.resolve("new").resolve("sitrep.db"));
      try (Workspace back = Workspace.openIn(dir.resolve("new"))) {
        assertThat(back.read(ChainVerifier::verify).intact()).isTrue();
        assertThat(timeline(back, incident)).hasSize((int) inBackup);
        assertThat(back.device().id()).isEqualTo(ws.device().id());
        VaultService vault = new VaultService(back);
        vault.unlock(BackupFixture.VAULT_PASSPHRASE.clone());
        assertThat(vault.list()).extracting(i -> i.name()).containsExactly("db-1 root");
      }
    }
  }

  @Test
  void theCanaryNeverAppearsInTheBackupFileOrAnyMessage() throws Exception {
    try (Workspace ws = BackupFixture.open(dir.resolve("live"))) {
      BackupFixture.fill(ws, 5);
      BackupResult result = BackupFixture.backups(ws, dir.resolve("backups")).backupNow();
      byte[] bytes = Files.readAllBytes(result.file());
      String asLatin = new String(bytes, StandardCharsets.ISO_8859_1);
      assertThat(asLatin).doesNotContain(BackupFixture.CANARY).doesNotContain("db-1 root");
      assertThat(result.toString()).doesNotContain(BackupFixture.CANARY);
      assertThat(Files.list(dir.resolve("backups")).map(p -> p.getFileName().toString()))
          .as("no plaintext copy is left beside the backup")
          .containsExactly(result.file().getFileName().toString());
      assertThatThrownBy(
              () ->
                  BackupFixture.restorer()
                      .restore(result.file(), "wrong passphrase".toCharArray(), dir.resolve("x")))
          .hasMessageContaining("wrong backup passphrase")
          .hasMessageNotContaining(BackupFixture.CANARY);
    }
  }

  @Test
  void aChangedByteATruncationAndTwoSwappedBackupsAreEachRefusedWithTheirReason() throws Exception {
    Path folder = dir.resolve("backups");
    BackupResult first;
    BackupResult second;
    try (Workspace ws = BackupFixture.open(dir.resolve("live"))) {
      BackupFixture.fill(ws, 20);
      BackupService backups = BackupFixture.backups(ws, folder);
      first = backups.backupNow();
      second = backups.backupNow();
    }
    RestoreService restorer = BackupFixture.restorer();
    byte[] whole = Files.readAllBytes(first.file());

    Path flipped = dir.resolve("flipped").resolve(first.file().getFileName());
    Files.createDirectories(flipped.getParent());
    byte[] changed = whole.clone();
    changed[changed.length / 2] ^= 0x01;
    Files.write(flipped, changed);
    assertThatThrownBy(() -> restore(restorer, flipped, "a"))
        .isInstanceOf(BackupRefusedException.class)
        .hasMessageContaining("checksum does not match");

    Path cut = dir.resolve("cut").resolve(first.file().getFileName());
    Files.createDirectories(cut.getParent());
    Files.write(cut, java.util.Arrays.copyOf(whole, whole.length - 100));
    assertThatThrownBy(() -> restore(restorer, cut, "b"))
        .isInstanceOf(BackupRefusedException.class)
        .hasMessageContaining("ends early");

    Path swapped = dir.resolve("swapped").resolve(second.file().getFileName());
    Files.createDirectories(swapped.getParent());
    Files.write(swapped, whole);
    assertThatThrownBy(() -> restore(restorer, swapped, "c"))
        .isInstanceOf(BackupRefusedException.class)
        .hasMessageContaining("swapped or renamed");

    for (String refused : List.of("a", "b", "c")) {
      assertThat(dir.resolve(refused).resolve("sitrep.db")).doesNotExist();
    }
    // the untouched files still restore
    restore(restorer, first.file(), "ok1");
    restore(restorer, second.file(), "ok2");
  }

  @Test
  void aChangedHeaderWithARecomputedChecksumStillFailsToDecrypt() throws Exception {
    BackupResult result;
    try (Workspace ws = BackupFixture.open(dir.resolve("live"))) {
      BackupFixture.fill(ws, 20);
      result = BackupFixture.backups(ws, dir.resolve("backups")).backupNow();
    }
    byte[] whole = Files.readAllBytes(result.file());
    String text = new String(whole, StandardCharsets.ISO_8859_1);
    // promise more entries than the backup holds, and re-seal the trailer as a forger would
    String entries = "\"log_entry\":" + result.manifest().entries();
    int at = text.indexOf(entries);
    assertThat(at).isPositive();
    byte[] forged = whole.clone();
    forged[at + entries.length() - 1] =
        (byte) (forged[at + entries.length() - 1] == '9' ? '8' : '9');
    int body = forged.length - BackupFileFormat.TRAILER_BYTES;
    byte[] hash =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest(java.util.Arrays.copyOf(forged, body));
    System.arraycopy(hash, 0, forged, body + BackupFileFormat.END.length, 32);
    Path file = dir.resolve("forged").resolve(result.file().getFileName());
    Files.createDirectories(file.getParent());
    Files.write(file, forged);
    assertThatThrownBy(() -> restore(BackupFixture.restorer(), file, "f"))
        .isInstanceOf(BackupRefusedException.class)
        .hasMessageContaining("does not open");
  }

  @Test
  void restoringOverTheLiveWorkspaceNeedsTheFlagAndKeepsTheLiveOne() throws Exception {
    Path live = dir.resolve("live");
    BackupResult result;
    String incident;
    try (Workspace ws = BackupFixture.open(live)) {
      incident = BackupFixture.fill(ws, 10);
      result = BackupFixture.backups(ws, dir.resolve("backups")).backupNow();
      new IncidentService(ws).addEntry(incident, EntryKind.NOTE, "after the backup");
      assertThatThrownBy(
              () ->
                  BackupFixture.restorer()
                      .restoreOverLive(
                          result.file(), BackupFixture.BACKUP_PASSPHRASE.clone(), live))
          .as("the workspace is open here")
          .hasMessageContaining("close");
    }
    assertThatThrownBy(() -> restore(BackupFixture.restorer(), result.file(), live))
        .hasMessageContaining("already holds a workspace");
    RestoreReport report =
        BackupFixture.restorer()
            .restoreOverLive(result.file(), BackupFixture.BACKUP_PASSPHRASE.clone(), live);
    assertThat(report.previousKept()).isPresent();
    try (Workspace back = Workspace.openIn(live)) {
      assertThat(timeline(back, incident))
          .extracting(e -> e.text())
          .doesNotContain("after the backup");
      assertThat(back.read(ChainVerifier::verify).intact()).isTrue();
    }
    try (Workspace kept =
        Workspace.open(report.previousKept().get(), java.time.InstantSource.system())) {
      assertThat(timeline(kept, incident)).extracting(e -> e.text()).contains("after the backup");
    }
  }

  private static List<LogEntry> timeline(Workspace ws, String incident) {
    return ws.read(db -> LogRepository.timeline(db, incident));
  }

  private RestoreReport restore(RestoreService restorer, Path file, String to) {
    return restore(restorer, file, dir.resolve(to));
  }

  private static RestoreReport restore(RestoreService restorer, Path file, Path to) {
    return restorer.restore(file, BackupFixture.BACKUP_PASSPHRASE.clone(), to);
  }
}
