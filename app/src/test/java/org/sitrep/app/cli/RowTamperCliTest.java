package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.store.Workspace;

/**
 * A workspace used the ordinary way (starter library, a runbook re-imported, contacts added,
 * imported, edited and deleted, action items raised and closed, on-call imported and a shift
 * covered, a vault secret added and revealed) verifies clean; a runbook step turned from `df -h`
 * into `rm -rf /`, a phone number, the incident's title, an override's person and the vault audit
 * changed behind the app's back do not.
 */
class RowTamperCliTest {

  private static final Path FIXTURES = Path.of("../model/src/test/resources");

  @TempDir Path dir;
  @TempDir Path files;
  private final java.io.InputStream originalIn = System.in;

  @org.junit.jupiter.api.AfterEach
  void restoreStdin() {
    System.setIn(originalIn);
  }

  private CliRun sitrep(String... args) {
    return CliRun.sitrep(dir, "Dana Okafor", args);
  }

  @Test
  void ordinaryUseVerifiesCleanAndARewrittenRunbookStepIsNamed() throws Exception {
    String id = sitrep("incident", "declare", "--title", "Disk full", "--sev", "2").out().strip();
    Path rb = files.resolve("cache-flush.md");
    Files.writeString(
        rb,
        "---\nid: cache-flush\ntitle: Flush the edge cache\nreviewed: 2026-11-01\n---\n# Flush\n\n- [ ] Check space: `df -h`\n");
    CliRun imported = sitrep("runbooks", "import", rb.toString());
    assertThat(imported.exit()).as(imported.err()).isZero();
    Files.writeString(rb, Files.readString(rb) + "- [ ] Check the log folder: `du -sh /var`\n");
    assertThat(sitrep("runbooks", "import", rb.toString()).exit()).isZero();
    assertThat(
            sitrep("contacts", "import", FIXTURES.resolve("contacts/team.vcf").toString()).exit())
        .isZero();
    sitrep("contacts", "add", "--name", "Kim Nguyen", "--phone", "cell:+49 170 1234567");
    sitrep("contacts", "edit", "kim-nguyen", "--title", "DBA", "--note", "db on-call\nweekdays");
    sitrep("contacts", "add", "--name", "Temp Person");
    sitrep("contacts", "delete", "temp-person");
    String item = sitrep("actions", "add", id, "Alert at 80% disk").out().strip();
    sitrep("actions", "done", item);
    CliRun onCall = sitrep("oncall", "import", FIXTURES.resolve("oncall/oncall.json").toString());
    assertThat(onCall.exit()).as(onCall.err()).isZero();
    CliRun cover =
        sitrep(
            "oncall",
            "override",
            "payments",
            "--person",
            "Sam Lee",
            "--from",
            "2026-12-01T09:00",
            "--to",
            "2026-12-02T09:00");
    assertThat(cover.exit()).as(cover.err()).isZero();
    VaultCliTest.init(dir);
    String pass = VaultCliTest.PASS + "\n";
    assertThat(
            VaultCliTest.withStdin(
                    dir,
                    pass + "Tr0ub4dor&3-db1-root\n",
                    "vault",
                    "add",
                    "db-1 root",
                    "--kind",
                    "password",
                    "--passphrase-stdin")
                .exit())
        .isZero();
    assertThat(
            VaultCliTest.withStdin(
                    dir,
                    pass,
                    "vault",
                    "get",
                    "db-1 root",
                    "--reason",
                    "replication check",
                    "--passphrase-stdin")
                .exit())
        .isZero();

    CliRun clean = sitrep("verify");
    assertThat(clean.exit()).as(clean.err()).isZero();
    assertThat(clean.out()).contains("match the operations that wrote them").contains("Log intact");

    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Workspace.FILE_NAME));
        Statement s = c.createStatement()) {
      s.execute(
          "UPDATE runbook_version SET source = replace(source, 'df -h', 'rm -rf /')"
              + " WHERE runbook_id = 'cache-flush' AND version_no = 2");
      s.execute(
          "UPDATE contact SET phones = replace(phones, '1234567', '7654321') WHERE id = 'kim-nguyen'");
      s.execute("UPDATE incident SET title = 'Nothing happened'");
      s.execute("UPDATE oncall_override SET person = 'Mallory' WHERE person = 'Sam Lee'");
      s.execute("DELETE FROM vault_audit");
    }
    CliRun tampered = sitrep("verify");

    assertThat(tampered.exit()).isEqualTo(1);
    assertThat(tampered.err())
        .contains("STORE TAMPERED: 5 row(s)")
        .contains("runbook_version cache-flush v2, source: its text no longer matches")
        .contains("contact kim-nguyen, phones: holds")
        .contains("incident " + id + ", title: holds 'Nothing happened' but was last written as")
        .contains("person: holds 'Mallory' but was last written as 'Sam Lee'")
        .contains("vault_audit ")
        .contains("id: the row is gone, but operations wrote it and none deleted it");
  }
}
