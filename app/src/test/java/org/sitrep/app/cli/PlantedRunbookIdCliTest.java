package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.store.Workspace;

/**
 * `runbooks export ID --out DIR` built the file name from the stored id: an id planted in the
 * database wrote outside DIR. Now every such name stays inside DIR.
 */
class PlantedRunbookIdCliTest {

  @TempDir Path dir;

  @Test
  void aPlantedIdWithDotDotIsWrittenInsideTheChosenFolder() throws Exception {
    Path ws = dir.resolve("ws");
    Path out = dir.resolve("a/b/out");
    // `runbooks list` no longer makes a workspace (read-only commands never create one).
    assertThat(
            CliRun.sitrep(ws, "Dana Okafor", "incident", "declare", "--title", "x", "--sev", "3")
                .exit())
        .isZero();
    String planted = "../../../escaped";
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + ws.resolve(Workspace.FILE_NAME));
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO runbook (id, current_version, updated_hlc) SELECT '"
              + planted
              + "', current_version, updated_hlc FROM runbook WHERE id = 'db-out-of-disk'");
      s.execute(
          "INSERT INTO runbook_version SELECT '"
              + planted
              + "', version_no, title, owner, tags, services, reviewed, file_name, source,"
              + " content_hash, imported_ms, imported_by FROM runbook_version"
              + " WHERE runbook_id = 'db-out-of-disk'");
    }

    CliRun run =
        CliRun.sitrep(ws, "Dana Okafor", "runbooks", "export", planted, "--out", out.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(dir.resolve("escaped.md")).doesNotExist();
    assertThat(dir.resolve("a/escaped.md")).doesNotExist();
    try (Stream<Path> files = Files.list(out)) {
      Path only = files.findFirst().orElseThrow();
      assertThat(only.getFileName().toString()).matches("escaped-[0-9a-f]{8}\\.md");
      assertThat(Files.readString(only)).contains("db-out-of-disk");
      assertThat(run.out()).contains(only.getFileName().toString());
    }
    try (Stream<Path> all = Files.walk(dir)) {
      assertThat(all.filter(p -> p.getFileName().toString().startsWith("escaped"))).hasSize(1);
    }
  }
}
