package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `contacts import /tmp` gave "unexpected error: IOException" and `/dev/null` was reported as
 * "null:1". Each bad file now gets one line naming it, and nothing is imported.
 */
class BadImportFileCliTest {

  @TempDir Path dir;
  @TempDir Path files;

  private CliRun sitrep(String... args) {
    return CliRun.sitrep(dir, "Dana Okafor", args);
  }

  @Test
  void aFolderIsNamedAndRefused() {
    CliRun run = sitrep("contacts", "import", files.toString());
    assertThat(run.exit()).isEqualTo(Cli.USAGE);
    assertThat(run.err())
        .contains("cannot import " + files + ": it is a folder")
        .doesNotContain("unexpected error")
        .doesNotContain("IOException");
  }

  @Test
  void devNullIsNamedAndSaidToBeEmpty() {
    CliRun run = sitrep("contacts", "import", "/dev/null");
    assertThat(run.exit()).isEqualTo(Cli.USAGE);
    assertThat(run.err()).contains("cannot import /dev/null: it is empty").doesNotContain("null:1");
  }

  @Test
  void anEmptyOrMissingFileIsNamed() throws Exception {
    Path empty = Files.writeString(files.resolve("team.vcf"), "\n\n");
    assertThat(sitrep("contacts", "import", empty.toString()).err())
        .contains(empty + ": it is empty");
    assertThat(sitrep("contacts", "import", files.resolve("gone.csv").toString()).err())
        .contains("cannot read " + files.resolve("gone.csv") + ": no such file");
    assertThat(sitrep("contacts", "find", "a").err()).contains("no contact matches");
  }
}
