package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.store.Workspace;

/** `verify` and `log show` on a log row edited to hold a kind no version writes. */
class UnreadableEntryCliTest {

  @TempDir Path dir;

  private CliRun sitrep(String... args) {
    return CliRun.sitrep(dir, "Dana Okafor", args);
  }

  @Test
  void aLowerCaseKindIsReportedAsTamperingAndTheTimelineStillShows() throws Exception {
    String id =
        sitrep("incident", "declare", "--title", "Checkout API 502s", "--sev", "2").out().strip();
    String victim = sitrep("log", "add", id, "--kind", "decision", "roll back").out().strip();
    sitrep("log", "add", id, "errors falling");
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Workspace.FILE_NAME));
        Statement s = c.createStatement()) {
      s.execute("DROP TRIGGER log_entry_no_update");
      s.execute("UPDATE log_entry SET kind = 'decision' WHERE id = '" + victim + "'");
    }

    CliRun verify = sitrep("verify");
    assertThat(verify.exit()).isEqualTo(1);
    assertThat(verify.err())
        .contains("LOG TAMPERED")
        .contains("entry:  " + victim)
        .contains("author: Dana Okafor")
        .contains("entry #2")
        .contains("column kind holds 'decision'")
        .doesNotContain("IllegalArgumentException");

    CliRun shown = sitrep("log", "show", id);
    assertThat(shown.exit()).isEqualTo(1);
    assertThat(shown.out())
        .contains("Declared SEV2 incident: Checkout API 502s")
        .contains("UNREADABLE entry " + victim)
        .contains("note       Dana Okafor: errors falling");
    assertThat(shown.err()).contains("1 entry could not be read").contains("sitrep verify");

    CliRun export = sitrep("export", id, "--format", "json");
    assertThat(export.exit()).isEqualTo(1);
    assertThat(export.err()).contains(victim).doesNotContain("IllegalArgumentException");
  }
}
