package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A host already pinned to a key that known_hosts now marks @revoked: the import is refused. */
class HostsImportRevokedCliTest {

  static final String KEY =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEu0fxht8jPkiwnSQe5N77ghrdDDWsgxFGn+FSLGgT3V";

  @TempDir Path dir;
  @TempDir Path ssh;

  @Test
  void aPinnedKeyThatKnownHostsRevokesStopsTheImportLoudly() throws IOException {
    CliRun added =
        CliRun.sitrep(
            dir,
            "ana",
            "hosts",
            "add",
            "db-1",
            "--address",
            "db-1.internal",
            "--user",
            "root",
            "--host-key",
            KEY);
    assertThat(added.exit()).as(added.err()).isZero();
    Path config = ssh.resolve("config");
    Files.writeString(config, "Host db-1   # the primary\n  HostName db-1.internal\n  User root\n");
    Path known = ssh.resolve("known_hosts");
    Files.writeString(known, "@revoked * " + KEY + "\n");
    CliRun imported =
        CliRun.sitrep(
            dir,
            "ana",
            "hosts",
            "import-ssh-config",
            config.toString(),
            "--known-hosts",
            known.toString());
    assertThat(imported.exit()).isNotZero();
    assertThat(imported.err())
        .contains("host db-1 is pinned to a key that")
        .contains("marks @revoked: nothing imported");
  }
}
