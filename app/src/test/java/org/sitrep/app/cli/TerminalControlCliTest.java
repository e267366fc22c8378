package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.store.Workspace;

/**
 * Contact names and notes and plain-Markdown runbook titles and steps reached the terminal raw: an
 * OSC title change, a screen clear, a CR that hides what came before. Nothing the CLI prints may
 * carry a control character, however it got into the store.
 */
class TerminalControlCliTest {

  private static final String ESC = "\u001b";
  private static final String BEL = "\u0007";
  private static final String HOSTILE = ESC + "]0;pwned" + BEL + ESC + "[2J";

  @TempDir Path dir;
  @TempDir Path files;

  private CliRun sitrep(String... args) {
    return CliRun.sitrep(dir, "Dana Okafor", args);
  }

  private static void assertNoControls(String printed) {
    assertThat(printed.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' || c == 0x7f))
        .as("control characters in: %s", printed)
        .isEmpty();
  }

  @Test
  void contactsAddStoresNoControlCharactersAndFindPrintsNone() throws Exception {
    CliRun added =
        sitrep(
            "contacts",
            "add",
            "--name",
            HOSTILE + "Kim Nguyen",
            "--note",
            "db on-call" + ESC + "[2J\rfake line\nsecond line",
            "--phone",
            "cell:+49 170 1234567" + BEL);
    assertThat(added.exit()).as(added.err()).isZero();

    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Workspace.FILE_NAME));
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT name, notes, phones FROM contact")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getString(1)).isEqualTo("]0;pwned  [2JKim Nguyen");
      assertThat(r.getString(2)).isEqualTo("db on-call[2Jfake line\nsecond line");
      assertThat(r.getString(3)).doesNotContain("\\u0007");
    }
    CliRun found = sitrep("contacts", "find", "Nguyen");
    assertThat(found.out()).contains("Kim Nguyen");
    assertNoControls(found.out());
  }

  @Test
  void textPlantedInTheStoreIsPrintedWithoutControlCharacters() throws Exception {
    sitrep("contacts", "add", "--name", "Kim Nguyen", "--note", "db on-call");
    Files.writeString(
        files.resolve("plain.md"),
        "# Restart the " + HOSTILE + "cache\n\n1. Check disk" + ESC + "[1A\r`df -h`\n");
    CliRun imported = sitrep("runbooks", "import", files.resolve("plain.md").toString());
    assertThat(imported.exit()).as(imported.err()).isZero();
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Workspace.FILE_NAME));
        Statement s = c.createStatement()) {
      s.execute("UPDATE contact SET name = '" + HOSTILE + "Kim' || char(13) || 'Nguyen'");
      s.execute("UPDATE runbook_version SET title = title || '" + HOSTILE + "'");
    }

    for (CliRun run :
        new CliRun[] {
          sitrep("contacts", "find", "Nguyen"),
          sitrep("runbooks", "list"),
          sitrep("runbooks", "search", "restart"),
          sitrep("runbooks", "export", "plain")
        }) {
      assertThat(run.exit()).as(run.err()).isZero();
      assertNoControls(run.out());
      assertNoControls(run.err());
    }
    assertThat(sitrep("contacts", "find", "Nguyen").out()).contains("]0;pwned[2JKimNguyen");
  }
}
