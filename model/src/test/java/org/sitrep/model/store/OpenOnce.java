package org.sitrep.model.store;

import java.nio.file.Path;

/** A process that opens a workspace and closes it: the parallel-start test runs several. */
public final class OpenOnce {

  private OpenOnce() {}

  public static void main(String[] args) {
    try (Workspace ws = Workspace.openIn(Path.of(args[0]))) {
      System.out.println("opened " + ws.device().id());
    }
  }
}
