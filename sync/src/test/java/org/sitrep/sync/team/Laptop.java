package org.sitrep.sync.team;

import java.nio.file.Path;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestKeys;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.model.vault.VaultService;

/** One laptop in a team test: its own real SQLite workspace and its Team. */
final class Laptop implements AutoCloseable {

  final Workspace workspace;
  final VaultService vault;
  final Team team;

  Laptop(Path dir, String name) {
    this.workspace = TestWorkspace.open(dir.resolve(name));
    this.vault = new VaultService(workspace);
    // Every team test runs with this laptop's keys sealed, as on a laptop with a vault.
    this.team = new Team(workspace, TestKeys.unlocked(vault));
  }

  String device() {
    return team.identity().device();
  }

  String fingerprint() {
    return team.identity().fingerprint();
  }

  KeyRing ring() {
    return team.keyRing();
  }

  @Override
  public void close() {
    workspace.close();
  }
}
