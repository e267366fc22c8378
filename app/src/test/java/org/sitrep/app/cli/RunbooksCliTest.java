package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `./sitrep runbooks …` on a real workspace and real files. */
class RunbooksCliTest {

  @TempDir Path dir;
  @TempDir Path files;

  record Run(int exit, String out, String err) {}

  private Run sitrep(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] full = new String[args.length + 4];
    full[0] = "--data-dir";
    full[1] = dir.resolve("ws").toString();
    full[2] = "--as";
    full[3] = "Alex Rivera";
    System.arraycopy(args, 0, full, 4, args.length);
    int exit =
        Cli.run(
            full,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
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
    Run bad = sitrep("runbooks", "lint", files.toString());
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.out()).contains("bad.md:8:").contains("error:").contains("{{hots}}");
    assertThat(sitrep("runbooks", "lint", files.resolve("missing.md").toString()).exit())
        .isEqualTo(2);
  }

  @Test
  void aNewWorkspaceHasTheStarterLibrary() {
    Run list = sitrep("runbooks", "list");
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
    Run refused = sitrep("runbooks", "import", files.toString());
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.err()).contains("broken.md").contains("Nothing imported");
    assertThat(sitrep("runbooks", "list").out()).doesNotContain("cache-flush");

    Files.delete(files.resolve("broken.md"));
    assertThat(sitrep("runbooks", "import", files.toString()).out())
        .contains("imported cache-flush v1");
    assertThat(sitrep("runbooks", "export", "cache-flush").out()).isEqualTo(GOOD);
    assertThat(sitrep("runbooks", "import", files.toString()).out())
        .contains("0 new version(s), 1 unchanged");
  }
}
