package org.sitrep.model.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestWorkspace;

/** Edits the file behind the app's back, as someone with the sqlite3 shell would, and verifies. */
class ChainTamperTest {

  @TempDir Path dir;
  private List<LogEntry> entries;

  @BeforeEach
  void writeALog() {
    try (Workspace ws = TestWorkspace.open(dir)) {
      IncidentService incidents = new IncidentService(ws);
      String id =
          incidents
              .declare(
                  new NewIncident(
                      "Disk full on db-2", Severity.SEV2, IncidentKind.REAL, List.of(), ""))
              .id();
      for (int i = 1; i <= 5; i++) {
        incidents.addEntry(id, EntryKind.NOTE, "step " + i);
      }
      entries = ws.read(dsl -> LogRepository.timeline(dsl, id));
    }
  }

  private ChainReport verify() {
    try (Workspace ws = TestWorkspace.open(dir)) {
      return ws.read(ChainVerifier::verify);
    }
  }

  /** Drops the immutability triggers first: a real tamperer would. */
  private void tamper(String... sql) throws SQLException {
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Workspace.FILE_NAME));
        Statement s = c.createStatement()) {
      s.execute("DROP TRIGGER log_entry_no_update");
      s.execute("DROP TRIGGER log_entry_no_delete");
      for (String statement : sql) {
        s.execute(statement);
      }
    }
  }

  @Test
  void anUntouchedLogVerifies() {
    ChainReport report = verify();
    assertThat(report.intact()).isTrue();
    assertThat(report.entriesChecked()).isEqualTo(6);
  }

  @Test
  void catchesAnEditedEntryAndNamesIt() throws SQLException {
    LogEntry victim = entries.get(3);
    tamper("UPDATE log_entry SET text = 'nothing to see here' WHERE id = '" + victim.id() + "'");

    ChainReport report = verify();

    assertThat(report.intact()).isFalse();
    ChainBreak b = report.firstBreak().orElseThrow();
    assertThat(b.entryId()).contains(victim.id());
    assertThat(b.author()).contains("Alex Rivera");
    assertThat(b.time()).contains(victim.wallTime());
    assertThat(b.problem()).contains("changed after it was written");
  }

  @Test
  void catchesAnEditedAuthor() throws SQLException {
    tamper("UPDATE log_entry SET author = 'Someone Else' WHERE id = '" + entries.get(2).id() + "'");
    assertThat(verify().firstBreak())
        .hasValueSatisfying(b -> assertThat(b.entryId()).contains(entries.get(2).id()));
  }

  @Test
  void catchesADeletedEntryInTheMiddle() throws SQLException {
    tamper("DELETE FROM log_entry WHERE id = '" + entries.get(2).id() + "'");

    ChainBreak b = verify().firstBreak().orElseThrow();

    assertThat(b.entryId()).as("the first entry after the hole").contains(entries.get(3).id());
    assertThat(b.problem()).contains("entry 3 of this device is missing");
  }

  @Test
  void catchesTheLastEntryDeleted() throws SQLException {
    tamper("DELETE FROM log_entry WHERE id = '" + entries.get(5).id() + "'");

    ChainBreak b = verify().firstBreak().orElseThrow();

    assertThat(b.problem()).contains("entries 6 to 6 of this device are missing");
  }

  @Test
  void catchesTheLastEntryDeletedAndTheHeadRewound() throws SQLException {
    LogEntry last = entries.get(5);
    tamper(
        "DELETE FROM log_entry WHERE id = '" + last.id() + "'",
        "UPDATE device SET chain_seq = 5, chain_head = '" + entries.get(4).hash() + "'");

    ChainBreak b = verify().firstBreak().orElseThrow();

    assertThat(b.entryId()).contains(last.id());
    assertThat(b.problem()).contains("missing or different in the log");
  }

  @Test
  void catchesReorderedEntries() throws SQLException {
    LogEntry a = entries.get(1);
    LogEntry b = entries.get(2);
    tamper(
        "UPDATE log_entry SET hlc = "
            + b.hlc().packed()
            + ", device_seq = -1 WHERE id = '"
            + a.id()
            + "'",
        "UPDATE log_entry SET hlc = "
            + a.hlc().packed()
            + ", device_seq = "
            + a.deviceSeq()
            + " WHERE id = '"
            + b.id()
            + "'",
        "UPDATE log_entry SET device_seq = " + b.deviceSeq() + " WHERE id = '" + a.id() + "'");

    ChainReport report = verify();

    assertThat(report.intact()).isFalse();
    assertThat(report.firstBreak().orElseThrow().entryId()).contains(b.id());
  }

  @Test
  void catchesAForgedEntryInsertedIntoTheChain() throws SQLException {
    LogEntry after = entries.get(2);
    tamper(
        "UPDATE log_entry SET device_seq = device_seq + 100 WHERE device_seq > 3",
        "INSERT INTO log_entry (id, incident_id, hlc, wall_ms, device_id, device_seq, author, kind, event, text, prev_hash, hash) "
            + "SELECT 'forged', incident_id, hlc + 1, wall_ms, device_id, 4, author, kind, event, 'all fine', hash, 'f00' FROM log_entry WHERE id = '"
            + after.id()
            + "'");

    assertThat(verify().intact()).isFalse();
  }
}
