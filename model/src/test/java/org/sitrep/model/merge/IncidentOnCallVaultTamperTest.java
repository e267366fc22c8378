package org.sitrep.model.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.IncidentStatus;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Role;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.oncall.OnCallService;
import org.sitrep.model.oncall.Rotation;
import org.sitrep.model.oncall.RotationLayer;
import org.sitrep.model.oncall.RotationRepository;
import org.sitrep.model.oncall.ShiftLength;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.testing.TestKeys;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.model.vault.NewVaultItem;
import org.sitrep.model.vault.Seal;
import org.sitrep.model.vault.SecretValue;
import org.sitrep.model.vault.VaultItem;
import org.sitrep.model.vault.VaultItemKind;
import org.sitrep.model.vault.VaultService;

/**
 * After runbooks, contacts and action items (RowTamperTest), the hostile run's remaining rows: the
 * incident's title, severity, status and roles, the on-call rotation and its overrides, the vault's
 * audit trail, and the outbox itself. Each is edited behind the app's back (plain JDBC, as the
 * sqlite3 shell would) and must be named by table, row and column; untouched, on the laptop that
 * wrote them and on one that received them by sync, they verify clean.
 */
class IncidentOnCallVaultTamperTest {

  @TempDir Path dir;
  private final SteppingClock wall = SteppingClock.at("2026-12-07T09:00:00Z");
  private Workspace a;
  private Workspace b;
  private String incident;
  private String overrideId;
  private String auditId;

  @BeforeEach
  void writeOnAEditOnBSyncBothWays() {
    a = TestWorkspace.open(dir.resolve("a"), wall);
    b = TestWorkspace.open(dir.resolve("b"), wall);
    IncidentService onA = new IncidentService(a);
    incident =
        onA.declare(
                new NewIncident(
                    "Checkout 502s", Severity.SEV2, IncidentKind.REAL, List.of("checkout"), ""))
            .id();
    onA.assignRole(incident, Role.COMMANDER, "Dana Okafor");
    onA.changeStatus(incident, IncidentStatus.IDENTIFIED);
    a.write(
        tx ->
            RotationRepository.save(
                tx,
                new Rotation(
                    "payments",
                    "Payments primary",
                    "payments",
                    List.of("checkout"),
                    ZoneId.of("Europe/Berlin"),
                    LocalDateTime.parse("2026-12-01T09:00"),
                    ShiftLength.parse("1w"),
                    List.of(new RotationLayer("primary", List.of("Dana Okafor", "Sam Lee"))))));
    overrideId =
        new OnCallService(a)
            .cover(
                "payments",
                "primary",
                "Kim Nguyen",
                "2026-12-08T09:00",
                "2026-12-09T09:00",
                "Dana at the dentist")
            .id();
    VaultService vault = new VaultService(a);
    TestKeys.unlocked(vault);
    VaultItem item =
        vault.add(
            new NewVaultItem(
                "db-1 root",
                VaultItemKind.PASSWORD,
                "root",
                "db-1",
                "",
                List.of(),
                Optional.empty(),
                Seal.NONE),
            "s3cret-canary".toCharArray(),
            new char[0]);
    try (SecretValue v = vault.reveal(item.id(), "checking replication", Optional.of(incident))) {
      assertThat(v).isNotNull();
    }
    auditId = vault.audit(Optional.empty(), 1).get(0).id();
    RemoteOperationsTest.exchange(a, b);
    // b's own edits, merged back into a: registers, not only a's outbox, must explain a's rows.
    IncidentService onB = new IncidentService(b);
    onB.assignRole(incident, Role.SCRIBE, "Sam Lee");
    onB.changeSeverity(incident, Severity.SEV1);
    onB.changeStatus(incident, IncidentStatus.RESOLVED);
    RemoteOperationsTest.exchange(b, a);
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
  void untouchedWorkspacesVerifyCleanOnBothLaptopsAfterSyncBothWays() {
    assertThat(verify(a)).isEmpty();
    assertThat(verify(b)).isEmpty();
  }

  @Test
  void catchesTheIncidentsTitleSeverityAndStatusChangedOnBothLaptops() throws SQLException {
    for (Workspace ws : List.of(a, b)) {
      tamper(ws, "UPDATE incident SET title = 'Nothing happened', severity = 4, status = 'CLOSED'");
      assertThat(verify(ws))
          .extracting(RowTamper::toString)
          .containsExactlyInAnyOrder(
              "incident "
                  + incident
                  + ", title: holds 'Nothing happened' but was last written as 'Checkout 502s'",
              "incident " + incident + ", severity: holds '4' but was last written as '1'",
              "incident "
                  + incident
                  + ", status: holds 'CLOSED' but was last written as 'RESOLVED'");
    }
  }

  @Test
  void catchesARoleHandedToSomeoneElseAndARoleRemoved() throws SQLException {
    tamper(a, "UPDATE incident_role SET person = 'Mallory' WHERE role = 'COMMANDER'");
    tamper(b, "DELETE FROM incident_role WHERE role = 'SCRIBE'");
    assertThat(verify(a))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.table()).isEqualTo("incident_role");
              assertThat(t.row()).isEqualTo(incident + " COMMANDER");
              assertThat(t.column()).isEqualTo("person");
              assertThat(t.problem()).contains("Mallory").contains("Dana Okafor");
            });
    assertThat(verify(b))
        .singleElement()
        .hasToString(
            "incident_role "
                + incident
                + " SCRIBE, person: holds nothing but was last written as 'Sam Lee'");
  }

  @Test
  void catchesAMilestoneMovedAndAnIncidentInserted() throws SQLException {
    tamper(a, "UPDATE incident_milestone SET at_ms = at_ms + 3600000 WHERE milestone = 'RESOLVED'");
    tamper(
        a,
        "INSERT INTO incident (id, title, severity, kind, status, description, declared_ms,"
            + " declared_by, updated_hlc) VALUES ('FAKE', 'Planted', 3, 'REAL', 'CLOSED', '', 0,"
            + " 'Mallory', 0)");
    assertThat(verify(a))
        .extracting(RowTamper::toString)
        .anySatisfy(
            s -> assertThat(s).startsWith("incident_milestone " + incident + " RESOLVED, at_ms:"))
        .anySatisfy(s -> assertThat(s).startsWith("incident FAKE, id: no operation wrote"));
  }

  @Test
  void catchesTheRotationAndAnOverrideEditedOnBothLaptops() throws SQLException {
    for (Workspace ws : List.of(a, b)) {
      tamper(ws, "UPDATE rotation SET layers = replace(layers, 'Sam Lee', 'Mallory')");
      tamper(ws, "UPDATE oncall_override SET person = 'Mallory'");
      assertThat(verify(ws))
          .extracting(RowTamper::toString)
          .anySatisfy(
              s ->
                  assertThat(s)
                      .startsWith("rotation payments, layers: holds")
                      .contains("Mallory")
                      .contains("Sam Lee"))
          .anySatisfy(
              s ->
                  assertThat(s)
                      .isEqualTo(
                          "oncall_override "
                              + overrideId
                              + ", person: holds 'Mallory' but was last written as 'Kim Nguyen'"))
          .hasSize(2);
    }
  }

  @Test
  void catchesAnOverrideDeletedOutright() throws SQLException {
    tamper(b, "DELETE FROM oncall_override");
    assertThat(verify(b))
        .singleElement()
        .hasToString(
            "oncall_override "
                + overrideId
                + ", id: the row is gone, but operations wrote it and none deleted it");
  }

  @Test
  void catchesTheVaultAuditEditedDeletedOrPlanted() throws SQLException {
    tamper(a, "UPDATE vault_audit SET purpose = 'routine', actor = 'Nobody'");
    assertThat(verify(a))
        .extracting(RowTamper::toString)
        .containsExactlyInAnyOrder(
            "vault_audit "
                + auditId
                + ", actor: holds 'Nobody' but was last written as '"
                + a.operator()
                + "'",
            "vault_audit "
                + auditId
                + ", purpose: holds 'routine' but was last written as 'checking replication'");
    tamper(
        b,
        "INSERT INTO vault_audit (id, item_id, item_name, action, actor, purpose, at_ms, hlc,"
            + " device_id) SELECT 'planted', item_id, item_name, action, 'Dana', 'x', at_ms, hlc,"
            + " device_id FROM vault_audit LIMIT 1");
    tamper(b, "DELETE FROM vault_audit WHERE id = '" + auditId + "'");
    assertThat(verify(b))
        .extracting(RowTamper::toString)
        .contains(
            "vault_audit "
                + auditId
                + ", id: the row is gone, but operations wrote it and none deleted it",
            "vault_audit planted, id: no operation wrote this row: it was inserted");
  }

  @Test
  void catchesTheOutboxRewrittenWithTheRowItWrote() throws SQLException {
    // The tamperer edits the row and the operation that wrote it consistently: the row checks
    // agree with the outbox, the outbox's own chain does not.
    tamper(a, "UPDATE oncall_override SET person = 'Mallory'");
    tamper(
        a,
        "UPDATE outbox SET value = '\"Mallory\"' WHERE entity = 'oncall_override'"
            + " AND field = 'person'");
    assertThat(verify(a))
        .anySatisfy(
            t -> {
              assertThat(t.table()).isEqualTo("outbox");
              assertThat(t.row()).startsWith(a.device().id() + " #");
              assertThat(t.column()).isEqualTo("hash");
              assertThat(t.problem())
                  .contains("oncall_override " + overrideId + " person")
                  .contains("no longer matches its hash");
            });
  }

  @Test
  void catchesAnOperationDeletedFromTheOutboxAndTheTailCutOff() throws SQLException {
    long last =
        a.read(dsl -> org.sitrep.model.outbox.OutboxRepository.lastSeq(dsl, a.device().id()));
    tamper(a, "DELETE FROM outbox WHERE seq = 3");
    tamper(a, "DELETE FROM outbox WHERE seq = " + last);
    assertThat(verify(a))
        .extracting(RowTamper::toString)
        .contains(
            "outbox "
                + a.device().id()
                + " #3, seq: operation missing (the sequence jumps from 2 to 4)",
            "outbox "
                + a.device().id()
                + " #"
                + last
                + ", seq: operation missing (the outbox ends at #"
                + (last - 1)
                + ", its head says #"
                + last
                + ")");
  }
}
