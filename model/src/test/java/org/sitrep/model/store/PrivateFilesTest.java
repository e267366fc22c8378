package org.sitrep.model.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace folder and every file SQLite keeps in it are the owner's alone (issue 24). */
class PrivateFilesTest {

  @TempDir Path tmp;

  @Test
  void aNewWorkspaceIsOwnerOnlyWithItsWalAndShm() throws Exception {
    Path dir = tmp.resolve("fresh");
    try (Workspace ws = Workspace.openIn(dir)) {
      ws.write(
          tx -> {
            tx.dsl().execute("CREATE TABLE canary (v TEXT)");
            tx.dsl().execute("INSERT INTO canary VALUES ('written')");
            return null;
          });
      assertThat(mode(dir)).isEqualTo("rwx------");
      assertThat(mode(dir.resolve("sitrep.db"))).isEqualTo("rw-------");
      assertThat(dir.resolve("sitrep.db-wal")).exists();
      assertThat(mode(dir.resolve("sitrep.db-wal"))).isEqualTo("rw-------");
      assertThat(mode(dir.resolve("sitrep.db-shm"))).isEqualTo("rw-------");
      assertThat(ws.narrowedOnOpen()).as("nothing was wide to begin with").isEmpty();
    }
  }

  @Test
  void anExistingWideWorkspaceIsNarrowedOnOpenAndSaysWhich() throws Exception {
    Path dir = tmp.resolve("old");
    try (Workspace ws = Workspace.openIn(dir)) {
      ws.device();
    }
    // As an earlier version left it: folder 755, database 644.
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(
        dir.resolve("sitrep.db"), PosixFilePermissions.fromString("rw-r--r--"));
    try (Workspace ws = Workspace.openIn(dir)) {
      assertThat(ws.narrowedOnOpen()).contains(dir.toAbsolutePath(), dir.resolve("sitrep.db"));
      assertThat(mode(dir)).isEqualTo("rwx------");
      assertThat(mode(dir.resolve("sitrep.db"))).isEqualTo("rw-------");
      assertThat(mode(dir.resolve("sitrep.db-wal"))).isEqualTo("rw-------");
    }
    try (Workspace ws = Workspace.openIn(dir)) {
      assertThat(ws.narrowedOnOpen()).as("said once, not on every open").isEmpty();
    }
  }

  @Test
  void writtenFilesAreOwnerOnlyEvenWhenTheyReplaceAWideOne() throws Exception {
    Path export = tmp.resolve("postmortem.md");
    Files.writeString(export, "old");
    Files.setPosixFilePermissions(export, PosixFilePermissions.fromString("rw-r--r--"));
    PrivateFiles.writeString(export, "# Postmortem\n");
    assertThat(Files.readString(export)).isEqualTo("# Postmortem\n");
    assertThat(mode(export)).isEqualTo("rw-------");
    try (var leftovers = Files.list(tmp)) {
      assertThat(leftovers).as("no temporary file left behind").containsExactly(export);
    }
  }

  static String mode(Path p) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }
}
