package org.sitrep.model.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.backup.BackupService;
import org.sitrep.model.backup.BackupSettings;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.model.vault.KdfParams;

/** Each fault planted by hand, as something outside Sitrep would leave it, then found. */
class DoctorTest {

  @TempDir Path dir;
  private final SteppingClock clock = SteppingClock.at("2026-12-07T10:00:00Z");
  private Path data;
  private Workspace ws;
  private BackupService backups;
  private String incident;
  private final BackupSettings settings = BackupSettings.defaults();

  @BeforeEach
  void open() {
    data = dir.resolve("data");
    ws = TestWorkspace.open(data, clock);
    ws.setOperator("Dana Okafor");
    IncidentService incidents = new IncidentService(ws);
    incident =
        incidents
            .declare(
                new NewIncident(
                    "Disk full on db-1", Severity.SEV2, IncidentKind.REAL, List.of("db"), ""))
            .id();
    for (int i = 0; i < 20; i++) {
      incidents.addEntry(incident, EntryKind.NOTE, "vacuum step " + i);
    }
    backups = new BackupService(ws, BackupService.defaultFolder(data));
    backups.createKey("backup passphrase for tests".toCharArray(), KdfParams.FLOOR, false);
    backups.backupNow();
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private Doctor doctor() {
    return new Doctor(ws, data, backups, settings);
  }

  private Finding finding(String check) {
    return doctor().examine().stream()
        .filter(f -> f.check().equals(check))
        .findFirst()
        .orElseThrow();
  }

  private void raw(String... sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws.file());
        Statement s = c.createStatement()) {
      for (String q : sql) {
        s.execute(q);
      }
    }
  }

  @Test
  void aHealthyWorkspaceHasNoProblems() {
    assertThat(doctor().examine()).allMatch(Finding::healthy, "healthy");
  }

  @Test
  void aSearchIndexMissingAnEntryIsFoundAndRebuiltOnlyWhenAsked() throws Exception {
    raw(
        "INSERT INTO log_entry_fts (log_entry_fts, rowid, text, author)"
            + " SELECT 'delete', row_no, text, author FROM log_entry WHERE text = 'vacuum step 7'");
    Finding f = finding("search index");
    assertThat(f.healthy()).isFalse();
    assertThat(f.repair()).contains("rebuild the search index from the log");
    assertThat(finding("search index").healthy()).as("examining changed nothing").isFalse();
    assertThat(Doctor.repair(List.of(f))).singleElement().asString().contains("rebuilt");
    assertThat(finding("search index").healthy()).isTrue();
  }

  @Test
  void anOrphanedRowIsNamed() throws Exception {
    raw("INSERT INTO incident_service (incident_id, service) VALUES ('INC-GONE', 'db')");
    Finding f = finding("orphans");
    assertThat(f.healthy()).isFalse();
    assertThat(f.explanation()).contains("incident_service").contains("incident");
    assertThat(f.repair()).isEmpty();
  }

  @Test
  void aChainThatEndsEarlyIsNamed() throws Exception {
    raw("UPDATE device SET chain_seq = chain_seq + 3 WHERE is_local = 1");
    Finding f = finding("hash chains");
    assertThat(f.healthy()).isFalse();
    assertThat(f.explanation()).contains("missing");
  }

  @Test
  void aGapInTheSyncOutboxIsNamed() throws Exception {
    raw("DELETE FROM outbox WHERE seq = 5");
    Finding f = finding("sync outbox");
    assertThat(f.healthy()).isFalse();
    assertThat(f.explanation()).contains("1 operation(s)").contains("first missing: #5");
  }

  @Test
  void anOldOrMissingBackupIsNamed() {
    assertThat(finding("backups").healthy()).isTrue();
    clock.advance(Duration.ofHours(3));
    Finding f = finding("backups");
    assertThat(f.healthy()).isFalse();
    assertThat(f.explanation()).contains("180 min old").contains("backup now");
  }

  @Test
  void piecesOfAKilledBackupAreOfferedForRemoval() throws Exception {
    Path part = backups.folder().resolve("sitrep-20261207T090000Z-abcdef.sitrep-backup.part");
    Files.write(part, new byte[100]);
    Files.setLastModifiedTime(
        part, FileTime.fromMillis(System.currentTimeMillis() - Duration.ofHours(2).toMillis()));
    Finding f = finding("unfinished backups");
    assertThat(f.healthy()).isFalse();
    assertThat(part).exists();
    Doctor.repair(List.of(f));
    assertThat(part).doesNotExist();
    assertThat(finding("unfinished backups").healthy()).isTrue();
  }

  @Test
  void filesOthersCanReadAreNamedAndNarrowedOnRequest() throws Exception {
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(ws.file(), PosixFilePermissions.fromString("rw-r--r--"));
    Finding f = finding("permissions");
    assertThat(f.healthy()).isFalse();
    assertThat(f.explanation()).contains("2 file(s) or folder(s)");
    Doctor.repair(List.of(f));
    assertThat(Files.getPosixFilePermissions(ws.file()))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(finding("permissions").healthy()).isTrue();
  }

  @Test
  void aDamagedPageFailsTheIntegrityCheckAndStopsTheOtherChecks() throws Exception {
    long root =
        ws.read(
            db ->
                ((Number)
                        db.fetchValue(
                            "SELECT rootpage FROM sqlite_master WHERE name = 'outbox_entity'"))
                    .longValue());
    ws.checkpoint();
    ws.close();
    try (var ch =
        java.nio.channels.FileChannel.open(
            data.resolve("sitrep.db"), java.nio.file.StandardOpenOption.WRITE)) {
      ch.write(java.nio.ByteBuffer.wrap(new byte[4096]), (root - 1) * 4096);
    }
    ws = TestWorkspace.open(data, clock);
    List<Finding> findings = new Doctor(ws, data, backups, settings).examine();
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.check()).isEqualTo("file");
              assertThat(f.healthy()).isFalse();
              assertThat(f.explanation()).contains("restore");
            });
    assertThat(Optional.ofNullable(findings.get(0).action())).isEmpty();
  }
}
