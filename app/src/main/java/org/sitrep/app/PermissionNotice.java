package org.sitrep.app;

import java.nio.file.Path;
import java.util.Optional;
import org.sitrep.model.store.Workspace;

/** What opening a workspace narrowed that other local users could read before (ADR 17). */
final class PermissionNotice {

  private PermissionNotice() {}

  static Optional<String> after(Workspace workspace, Path dataDir) {
    java.util.List<Path> narrowed = new java.util.ArrayList<>(workspace.narrowedOnOpen());
    for (String name : new String[] {"vault.properties", "ui.properties", "backup.properties"}) {
      try {
        if (org.sitrep.model.store.PrivateFiles.restrict(dataDir.resolve(name))) {
          narrowed.add(dataDir.resolve(name));
        }
      } catch (java.io.IOException e) {
        // Settings only: the workspace itself was narrowed (or refused to open) already.
      }
    }
    if (narrowed.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "made "
            + narrowed.size()
            + " workspace file(s) owner-only (other local users could read them): "
            + narrowed.stream()
                .map(p -> p.getFileName().toString())
                .collect(java.util.stream.Collectors.joining(", ")));
  }
}
