package org.sitrep.sync.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.contact.Contact;
import org.sitrep.model.contact.ContactService;
import org.sitrep.model.drill.Drill;
import org.sitrep.model.drill.DrillInjects;
import org.sitrep.model.drill.DrillService;
import org.sitrep.model.drill.NewDrill;
import org.sitrep.model.escalation.EscalationService;
import org.sitrep.model.escalation.Page;
import org.sitrep.model.escalation.PageOutcome;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.Milestone;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Role;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.Attachments;
import org.sitrep.model.log.ChainVerifier;
import org.sitrep.model.log.Draft;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.oncall.OnCallImport;
import org.sitrep.model.oncall.OnCallService;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.Fixtures;
import org.sitrep.model.testing.SteppingClock;
import org.sitrep.model.vault.KdfParams;
import org.sitrep.model.vault.NewVaultItem;
import org.sitrep.model.vault.Seal;
import org.sitrep.model.vault.VaultItem;
import org.sitrep.model.vault.VaultItemKind;
import org.sitrep.model.vault.VaultService;
import org.sitrep.runbooks.checklist.Checklist;
import org.sitrep.runbooks.checklist.ChecklistService;
import org.sitrep.runbooks.format.Step;
import org.sitrep.runbooks.library.RunbookLibrary;
import org.sitrep.sync.storage.MemoryStorage;
import org.sitrep.sync.testing.Peer;
import org.sitrep.sync.testing.TestTeam;

/**
 * One of everything sync carries, made on one laptop through the public services: after a sync the
 * other laptop's tables hold the same rows, and its copy of the vault opens with the same
 * passphrase.
 */
class EveryEntityRoundTripTest {

  /** Tables whose rows must be identical on both laptops (local-only tables are left out). */
  private static final String[] SHARED_TABLES = {
    "incident",
    "incident_service",
    "incident_role",
    "incident_milestone",
    "log_entry",
    "command_record",
    "runbook",
    "runbook_version",
    "checklist_run",
    "checklist_step",
    "contact",
    "rotation",
    "oncall_override",
    "escalation_policy",
    "page",
    "page_attempt",
    "action_item",
    "vault_key_slot",
    "vault_item",
    "vault_audit",
    "host",
    "drill",
    "drill_clock",
    "drill_inject",
    "workspace_setting",
    "comms_update",
    "update_template",
    "update_template_version"
  };

  @TempDir Path dir;
  private final List<Peer> peers = new ArrayList<>();

  @AfterEach
  void close() {
    peers.forEach(Peer::close);
  }

  @Test
  void everyEntityArrivesAsItWasWritten() throws Exception {
    TestTeam team = new TestTeam();
    MemoryStorage storage = new MemoryStorage();
    Peer a = new Peer("a", dir, SteppingClock.at("2026-12-04T09:00:00Z"), team, 50);
    peers.add(a);
    Peer b = new Peer("b", dir, SteppingClock.at("2026-12-04T09:00:00Z"), team, 50);
    peers.add(b);
    Workspace ws = a.workspace;

    new RunbookLibrary(ws).seedIfEmpty();
    IncidentService incidents = new IncidentService(ws);
    Incident inc =
        incidents.declare(
            new NewIncident(
                "db-1 out of disk",
                Severity.SEV2,
                IncidentKind.REAL,
                List.of("postgres"),
                "WAL volume"));
    incidents.assignRole(inc.id(), Role.COMMANDER, "Dana Okafor");
    incidents.setMilestone(inc.id(), Milestone.DETECTED, a.clock.instant());
    // Stakeholder updates (issue 17): a setting, a team's own template version, an update from it.
    org.sitrep.model.comms.CommsService comms = new org.sitrep.model.comms.CommsService(ws);
    comms.settings().set(org.sitrep.model.settings.Setting.CADENCE_SEV2, "45m");
    comms
        .templates()
        .importFile(
            "internal-investigating.md",
            org.sitrep.model.comms.TemplateLibrary.starterText("internal-investigating")
                + "\nAsk the communicator, not the responders.\n");
    comms.send(
        comms.compose(inc.id(), "internal-investigating", "Disk is full.", Optional.empty()),
        java.util.Set.of());
    ChecklistService checklists = new ChecklistService(ws);
    String runbookId = ws.read(dsl -> dsl.fetchValue("SELECT min(id) FROM runbook").toString());
    Checklist run = checklists.attach(inc.id(), runbookId);
    List<Step> steps = run.runbook().steps();
    checklists.check(run.run().id(), steps.get(0).key());
    checklists.skip(run.run().id(), steps.get(1).key(), "not on this host");
    checklists.assign(run.run().id(), steps.get(2).key(), "Sam Lee");
    new ContactService(ws).save(Contact.person("Kim Nguyen"));
    new org.sitrep.model.host.HostInventory(ws)
        .save(org.sitrep.model.host.Host.of("bastion", "203.0.113.5", 22, "jump"));
    new org.sitrep.model.host.HostInventory(ws)
        .save(
            new org.sitrep.model.host.Host(
                "db-1",
                "10.0.4.11",
                2222,
                "postgres",
                "production",
                List.of("postgres", "db"),
                Optional.of("bastion"),
                Optional.of("vault:db-1 key"),
                Optional.empty()));
    new org.sitrep.model.host.HostInventory(ws)
        .save(org.sitrep.model.host.Host.of("old-box", "10.0.9.9", 22, "ops"));
    new org.sitrep.model.host.HostInventory(ws).remove("old-box");
    new OnCallImport(ws).file("oncall.json", Fixtures.text("/oncall/oncall.json"), false);
    EscalationService escalation = new EscalationService(ws, new OnCallService(ws));
    Page page = escalation.page(inc.id(), "payments-escalation");
    escalation.recordAttempt(page.id(), "Dana Okafor", "phone", PageOutcome.NO_ANSWER);
    ws.write(
        tx ->
            Attachments.append(
                tx,
                new Draft(inc.id(), EventCode.COMMAND_SUCCEEDED, "df -h: exit 0", "Dana Okafor"),
                "{\"stdout\":\"/dev/sda1 100%\"}",
                null));
    VaultService vault = new VaultService(ws);
    vault.initialize("correct horse battery staple".toCharArray(), KdfParams.FLOOR);
    VaultItem root =
        vault.add(
            new NewVaultItem(
                "db-1 root",
                VaultItemKind.PASSWORD,
                "root",
                "db-1",
                "",
                List.of("postgres"),
                Optional.empty(),
                Seal.BREAK_GLASS),
            "s3cr3t-db-root".toCharArray(),
            new char[0]);
    vault.openBreakGlass(root.id(), "disk full, need root", inc.id(), Optional.empty());
    vault.lock();
    DrillService drills = new DrillService(ws);
    Drill drill =
        drills.start(
            new NewDrill(
                "db-failover",
                "Primary database fails over",
                "id: db-failover\ntitle: Primary database fails over\n",
                Severity.SEV2,
                List.of("postgres"),
                "tabletop",
                2));
    DrillInjects injects = new DrillInjects(drills);
    injects.release(drill.incidentId(), "replica-lag", "ALERT: replica lag 40 s on pg-2");
    injects.acknowledge(drill.incidentId(), "replica-lag");
    injects.skip(drill.incidentId(), "pager-storm", "short on time");
    drills.pause(drill.incidentId());
    drills.setOffline(drill.incidentId(), true);
    drills.setOffline(drill.incidentId(), false);

    a.sync(storage);
    SyncReport r = b.sync(storage);

    assertThat(dump(a.workspace, "drill_clock").lines()).as("started, paused").hasSize(2);
    assertThat(dump(a.workspace, "drill_inject").lines()).as("acknowledged, skipped").hasSize(2);
    assertThat(r.clean()).as(r.toString()).isTrue();
    assertThat(r.waiting()).isZero();
    for (String table : SHARED_TABLES) {
      assertThat(dump(b.workspace, table)).as(table).isEqualTo(dump(a.workspace, table));
    }
    assertThat(b.workspace.read(ChainVerifier::verify).intact()).isTrue();
    VaultService copy = new VaultService(b.workspace);
    copy.unlock("correct horse battery staple".toCharArray());
    assertThat(copy.find("db-1 root").name()).isEqualTo("db-1 root");
    copy.lock();
  }

  /**
   * The table's rows as text, every column: since ADR 28 this laptop writes its rows with the
   * projections the other laptop uses, so even {@code updated_hlc} (the newest clock of the
   * entity's operations) is the same on both.
   */
  private static String dump(Workspace ws, String table) {
    // Plain JDBC: jOOQ's plain-SQL fetch reads SQLite INTEGER columns as 32-bit and byte arrays
    // print as identities, either of which would hide a difference.
    return ws.read(
        dsl ->
            dsl.connectionResult(
                c -> {
                  StringBuilder out = new StringBuilder();
                  try (java.sql.Statement st = c.createStatement();
                      java.sql.ResultSet rs =
                          st.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
                    java.sql.ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                      for (int i = 1; i <= meta.getColumnCount(); i++) {
                        String name = meta.getColumnName(i);
                        Object v = rs.getObject(i);
                        out.append(name).append('=');
                        out.append(
                            v instanceof byte[] b
                                ? java.util.HexFormat.of().formatHex(b)
                                : String.valueOf(v));
                        out.append(' ');
                      }
                      out.append('\n');
                    }
                  }
                  return out.toString();
                }));
  }
}
