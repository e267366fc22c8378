package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `./sitrep runbooks …` on a real workspace and real files. */
class RunbooksCliTest {

  @TempDir Path dir;
  @TempDir Path files;

  private CliRun sitrep(String... args) {
    return CliRun.sitrep(dir.resolve("ws"), "Alex Rivera", args);
  }

  private static final String GOOD =
      "---\nid: cache-flush\ntitle: Flush the edge cache\nreviewed: 2026-11-01\n---\n# Flush\n\n- [ ] Purge the zone\n";

  @Test
  void lintExitsZeroOnGoodFilesOneOnErrorsTwoOnUnreadableOnes() throws Exception {
    Files.writeString(files.resolve("good.md"), GOOD);
    Files.writeString(
        files.resolve("bad.md"),
        "---\nid: bad\ntitle: Bad\nreviewed: 2026-11-01\n---\n# Bad\n\n- [ ] Restart {{hots}}\n");

    assertThat(sitrep("runbooks", "lint", files.resolve("good.md").toString()).exit()).isZero();
    CliRun bad = sitrep("runbooks", "lint", files.toString());
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.out()).contains("bad.md:8:").contains("error:").contains("{{hots}}");
    assertThat(sitrep("runbooks", "lint", files.resolve("missing.md").toString()).exit())
        .isEqualTo(2);
  }

  @Test
  void aNewWorkspaceHasTheStarterLibrary() {
    CliRun list = sitrep("runbooks", "list");
    assertThat(list.out())
        .contains("first-responder")
        .contains("db-out-of-disk")
        .contains("restore-db-from-backup");
    assertThat(sitrep("runbooks", "search", "disk").out()).contains("db-out-of-disk");
  }

  @Test
  void importIsAllOrNothingAndExportGivesTheSameBytes() throws Exception {
    Files.writeString(files.resolve("cache-flush.md"), GOOD);
    Files.writeString(files.resolve("broken.md"), "---\nid: broken\ntitle: [oops\n---\n");
    CliRun refused = sitrep("runbooks", "import", "--strict", files.toString());
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.err()).contains("broken.md").contains("Nothing imported");
    assertThat(sitrep("runbooks", "list").out()).doesNotContain("cache-flush");

    // Without --strict the good file goes in and the odd one is named, with where and why.
    CliRun each = sitrep("runbooks", "import", files.toString());
    assertThat(each.exit()).isEqualTo(1);
    assertThat(each.err())
        .contains("broken.md:4:1: error: front matter is not valid YAML")
        .contains("refused ");
    assertThat(each.out()).contains("imported cache-flush v1").contains("1 imported, 1 refused");

    Files.delete(files.resolve("broken.md"));
    assertThat(sitrep("runbooks", "export", "cache-flush").out()).isEqualTo(GOOD);
    assertThat(sitrep("runbooks", "import", files.toString()).out())
        .contains("0 new version(s), 1 unchanged");
  }
}
