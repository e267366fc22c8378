package org.sitrep.model.testing;

import java.nio.file.Path;
import java.time.InstantSource;
import org.sitrep.model.store.Workspace;

/** Opens real workspace files for tests, with an operator already set. */
public final class TestWorkspace {

  private TestWorkspace() {}

  public static Workspace open(Path dir, InstantSource clock) {
    Workspace ws = Workspace.open(dir.resolve(Workspace.FILE_NAME), clock);
    if (ws.device().operator().isEmpty()) {
      ws.setOperator("Alex Rivera");
    }
    return ws;
  }

  public static Workspace open(Path dir) {
    return open(dir, InstantSource.system());
  }
}
