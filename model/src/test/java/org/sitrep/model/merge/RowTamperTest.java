package org.sitrep.model.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.action.ActionItemService;
import org.sitrep.model.action.Tracking;
import org.sitrep.model.contact.Contact;
import org.sitrep.model.contact.ContactService;
import org.sitrep.model.contact.Phone;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.runbook.NewRunbookVersion;
import org.sitrep.model.runbook.RunbookRepository;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.testing.TestWorkspace;

/**
 * verify caught every change to the log but none to a runbook's text, a contact's phone or an
 * action item. Each is edited here behind the app's back (plain JDBC, as the sqlite3 shell would),
 * on the laptop that wrote it and on one that received it by sync.
 */
class RowTamperTest {

  private static final String RUNBOOK =
      "---\nid: db-out-of-disk\ntitle: Database out of disk\n---\n# Disk\n\n1. Check space: `df -h`\n";

  @TempDir Path dir;
  private final SteppingClock wall = SteppingClock.at("2026-12-07T09:00:00Z");
  private Workspace a;
  private Workspace b;
  private String contactId;
  private String actionId;

  @BeforeEach
  void writeOnATheSyncToB() {
    a = TestWorkspace.open(dir.resolve("a"), wall);
    b = TestWorkspace.open(dir.resolve("b"), wall);
    a.write(
        tx ->
            RunbookRepository.store(
                tx,
                new NewRunbookVersion(
                    "db-out-of-disk",
                    "Database out of disk",
                    "dba",
                    List.of("db"),
                    List.of("postgres"),
                    Optional.empty(),
                    "db-out-of-disk.md",
                    RUNBOOK,
                    "Check space: df -h"),
                "Alex Rivera"));
    Contact kim = Contact.person("Kim Nguyen");
    contactId =
        new ContactService(a)
            .save(
                new Contact(
                    kim.id(),
                    kim.kind(),
                    kim.name(),
                    "",
                    "DBA",
                    List.of(new Phone("cell", "+49 170 1234567")),
                    List.of(),
                    "",
                    Optional.empty(),
                    List.of("team:dba"),
                    "",
                    kim.vendor()))
            .id();
    String incident =
        new IncidentService(a)
            .declare(new NewIncident("Disk full", Severity.SEV2, IncidentKind.REAL, List.of(), ""))
            .id();
    actionId = new ActionItemService(a).add(incident, "Alert at 80% disk", Tracking.NONE).id();
    RemoteOperationsTest.exchange(a, b);
  }

  @AfterEach
  void close() {
    a.close();
    b.close();
  }

  private static List<RowTamper> verify(Workspace ws) {
    return ws.read(RowVerifier::verify);
  }

  private static void tamper(Workspace ws, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws.file());
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  @Test
  void untouchedWorkspacesVerifyCleanOnTheWriterAndAfterSync() {
    assertThat(verify(a)).isEmpty();
    assertThat(verify(b)).isEmpty();
  }

  @Test
  void catchesARunbookCommandRewrittenWithItsHash() throws SQLException {
    for (Workspace ws : List.of(a, b)) {
      String evil = RUNBOOK.replace("df -h", "rm -rf /");
      tamper(
          ws,
          "UPDATE runbook_version SET source = '"
              + evil
              + "', content_hash = '"
              + RunbookRepositoryHash.of(evil)
              + "'");
      assertThat(verify(ws))
          .anySatisfy(
              t -> {
                assertThat(t.table()).isEqualTo("runbook_version");
                assertThat(t.row()).isEqualTo("db-out-of-disk v1");
                assertThat(t.column()).isEqualTo("source");
                assertThat(t.problem()).contains("rm -rf /").contains("df -h");
              });
    }
  }

  @Test
  void catchesARunbookTextEditedWithoutItsHash() throws SQLException {
    tamper(a, "UPDATE runbook_version SET source = replace(source, 'df -h', 'rm -rf /')");
    assertThat(verify(a))
        .singleElement()
        .satisfies(t -> assertThat(t.problem()).contains("no longer matches its content hash"));
  }

  @Test
  void catchesAChangedPhoneNumberOnBothLaptops() throws SQLException {
    for (Workspace ws : List.of(a, b)) {
      tamper(ws, "UPDATE contact SET phones = replace(phones, '1234567', '7654321')");
      assertThat(verify(ws))
          .singleElement()
          .satisfies(
              t -> {
                assertThat(t.table()).isEqualTo("contact");
                assertThat(t.row()).isEqualTo(contactId);
                assertThat(t.column()).isEqualTo("phones");
                assertThat(t.problem()).contains("7654321").contains("1234567");
              });
    }
  }

  @Test
  void catchesAnActionItemMarkedDoneAndAContactInserted() throws SQLException {
    tamper(a, "UPDATE action_item SET status = 'DONE', text = 'nothing to do'");
    tamper(
        a,
        "INSERT INTO contact (id, kind, name, updated_hlc) VALUES ('mallory', 'PERSON',"
            + " 'Mallory', 0)");
    List<RowTamper> found = verify(a);
    assertThat(found)
        .extracting(RowTamper::toString)
        .anySatisfy(s -> assertThat(s).startsWith("action_item " + actionId + ", text:"))
        .anySatisfy(s -> assertThat(s).startsWith("action_item " + actionId + ", status:"))
        .anySatisfy(s -> assertThat(s).startsWith("contact mallory, id: no operation wrote"));
  }
}
