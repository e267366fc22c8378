package org.sitrep.model.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestWorkspace;

/**
 * A row edited to hold a value the app never writes (a kind in lower case, an invented event code)
 * used to crash verify and the timeline with IllegalArgumentException. It is tampering: verify
 * names the entry and the column, and the timeline shows the rest of the log around it.
 */
class UnknownValueTamperTest {

  @TempDir Path dir;
  private String incident;
  private List<LogEntry> entries;

  @BeforeEach
  void writeALog() {
    try (Workspace ws = TestWorkspace.open(dir)) {
      IncidentService incidents = new IncidentService(ws);
      incident =
          incidents
              .declare(
                  new NewIncident("API 5xx spike", Severity.SEV2, IncidentKind.REAL, List.of(), ""))
              .id();
      incidents.addEntry(incident, EntryKind.DECISION, "roll back to 4.2");
      incidents.addEntry(incident, EntryKind.NOTE, "errors falling");
      entries = ws.read(dsl -> LogRepository.timeline(dsl, incident));
    }
  }

  private void tamper(String sql) throws SQLException {
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Workspace.FILE_NAME));
        Statement s = c.createStatement()) {
      s.execute("DROP TRIGGER log_entry_no_update");
      s.execute(sql);
    }
  }

  @ParameterizedTest
  @CsvSource({"kind, decision", "event, decision.invented", "author_role, BOSS"})
  void verifyReportsAnUnknownValueAsTamperingNamingTheEntryAndColumn(String column, String value)
      throws SQLException {
    LogEntry victim = entries.get(1);
    tamper(
        "UPDATE log_entry SET " + column + " = '" + value + "' WHERE id = '" + victim.id() + "'");

    ChainReport report;
    try (Workspace ws = TestWorkspace.open(dir)) {
      report = ws.read(ChainVerifier::verify);
    }

    assertThat(report.intact()).isFalse();
    ChainBreak b = report.firstBreak().orElseThrow();
    assertThat(b.entryId()).contains(victim.id());
    assertThat(b.device()).isEqualTo(victim.device());
    assertThat(b.seq()).isEqualTo(victim.deviceSeq());
    assertThat(b.author()).contains("Alex Rivera");
    assertThat(b.problem())
        .contains("column " + column)
        .contains("'" + value + "'")
        .contains("changed behind the app's back");
  }

  @ParameterizedTest
  @CsvSource({"kind, decision", "event, decision.invented"})
  void theTimelineShowsTheUnreadableRowInItsPlaceAndEveryOtherEntry(String column, String value)
      throws SQLException {
    LogEntry victim = entries.get(1);
    tamper(
        "UPDATE log_entry SET " + column + " = '" + value + "' WHERE id = '" + victim.id() + "'");

    try (Workspace ws = TestWorkspace.open(dir)) {
      List<TimelineRow> rows = ws.read(dsl -> LogRepository.timelineRows(dsl, incident));
      assertThat(rows).hasSize(3);
      assertThat(rows.get(0).entry()).contains(entries.get(0));
      assertThat(rows.get(1).entry()).isEmpty();
      UnreadableEntryException u = rows.get(1).unreadable().orElseThrow();
      assertThat(u.entryId()).isEqualTo(victim.id());
      assertThat(u.column()).isEqualTo(column);
      assertThat(u.value()).isEqualTo(value);
      assertThat(rows.get(2).entry()).contains(entries.get(2));
      // A strict reader (an export handed over as evidence) refuses, naming the entry.
      assertThatThrownBy(() -> ws.read(dsl -> LogRepository.timeline(dsl, incident)))
          .isInstanceOf(UnreadableEntryException.class)
          .hasMessageContaining(victim.id())
          .hasMessageContaining("sitrep verify");
    }
  }
}
