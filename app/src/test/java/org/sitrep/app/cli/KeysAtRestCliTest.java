package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.app.cli.VaultCliTest.PASS;
import static org.sitrep.app.cli.VaultCliTest.withStdin;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24 as the hostile tester ran it: copy the workspace file and look for this laptop's age
 * identity ({@code AGE-SECRET-KEY-1…}, in the clear before this change) and a vault canary; look at
 * who may read the files.
 */
class KeysAtRestCliTest {

  static final String AGE_SECRET = "AGE-SECRET-KEY-1";
  static final String CANARY = "rest-canary-Hn4Kd8Wq2Zx";

  @TempDir Path dir;
  private final InputStream originalIn = System.in;

  @AfterEach
  void restoreStdin() {
    System.setIn(originalIn);
  }

  @Test
  void clearKeysAreSealedWhenTheVaultIsMadeAndFilesAreOwnerOnly() throws Exception {
    String share = Files.createDirectories(dir.resolve("share")).toUri().toString();
    assertThat(CliRun.sitrep(dir, "Dana", "sync", "add-target", "office", share).exit()).isZero();
    CliRun founded = CliRun.sitrep(dir, "Dana", "team", "found", "office");
    assertThat(founded.exit()).as(founded.err()).isZero();
    assertThat(hits(AGE_SECRET))
        .as("before: with no vault the identity is in the clear, as the tester found")
        .isPositive();
    assertThat(founded.err())
        .as("nobody is left believing the keys are sealed")
        .contains("private sync key(s) of this laptop are stored in the clear")
        .contains("sitrep vault init");

    VaultCliTest.init(dir); // the first unlock seals every clear key
    assertThat(hits(AGE_SECRET)).as("after: in sitrep.db and its WAL").isZero();

    CliRun added =
        withStdin(
            dir,
            PASS + "\n" + CANARY + "\n",
            "vault",
            "add",
            "api",
            "--kind",
            "api-token",
            "--passphrase-stdin");
    assertThat(added.exit()).as(added.err()).isZero();
    CliRun synced = withStdin(dir, PASS + "\n", "sync", "now", "--passphrase-stdin");
    assertThat(synced.exit()).as(synced.err()).isZero();
    assertThat(synced.out()).contains("office: sent");
    assertThat(synced.err()).doesNotContain("in the clear");
    String id =
        CliRun.sitrep(dir, "Dana", "incident", "declare", "--title", "Token leak", "--sev", "2")
            .out()
            .strip();
    Path postmortem = dir.resolve("exports").resolve("postmortem.md");
    CliRun exported = CliRun.sitrep(dir, "Dana", "postmortem", id, "--out", postmortem.toString());
    assertThat(exported.exit()).as(exported.err()).isZero();

    assertThat(hits(AGE_SECRET)).isZero();
    assertThat(hits(CANARY)).isZero();
    assertThat(mode(dir)).isEqualTo("rwx------");
    // SQLite removes -wal and -shm when the last connection closes; PrivateFilesTest checks them
    // open.
    for (String name : new String[] {"sitrep.db", "sitrep.db-wal", "sitrep.db-shm"}) {
      if (Files.exists(dir.resolve(name))) {
        assertThat(mode(dir.resolve(name))).as(name).isEqualTo("rw-------");
      }
    }
    assertThat(mode(postmortem)).isEqualTo("rw-------");
    assertThat(Files.readString(postmortem)).doesNotContain(CANARY, AGE_SECRET);
  }

  @Test
  void aWorkspaceLeftReadableIsNarrowedOnOpenWithOneLine() throws Exception {
    assertThat(
            CliRun.sitrep(dir, "Dana", "incident", "declare", "--title", "x", "--sev", "3").exit())
        .isZero();
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(
        dir.resolve("sitrep.db"), PosixFilePermissions.fromString("rw-r--r--"));

    CliRun first = CliRun.sitrep(dir, "Dana", "incident", "list");
    assertThat(first.err().lines())
        .containsExactly(
            "sitrep: made 2 workspace file(s) owner-only (other local users could read them): "
                + dir.getFileName()
                + ", sitrep.db");
    assertThat(mode(dir)).isEqualTo("rwx------");
    assertThat(CliRun.sitrep(dir, "Dana", "incident", "list").err()).isEmpty();
  }

  private int hits(String text) throws Exception {
    int hits = 0;
    byte[] needle = text.getBytes(StandardCharsets.UTF_8);
    for (String name : new String[] {"sitrep.db", "sitrep.db-wal"}) {
      Path file = dir.resolve(name);
      if (Files.exists(file)) {
        String raw = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        String n = new String(needle, StandardCharsets.ISO_8859_1);
        for (int i = raw.indexOf(n); i >= 0; i = raw.indexOf(n, i + 1)) {
          hits++;
        }
      }
    }
    return hits;
  }

  private static String mode(Path p) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }
}
