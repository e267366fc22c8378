package org.sitrep.app.cli;

import org.sitrep.app.Session;
import org.sitrep.model.NotFoundException;
import org.sitrep.sync.engine.SyncTargets;
import org.sitrep.sync.engine.TargetCredentials;
import org.sitrep.sync.storage.StorageFactory;
import org.sitrep.sync.storage.SyncStorage;

/** Opens a sync target by name for backup copies: the same drivers and vault credentials. */
final class BackupTargets {

  private BackupTargets() {}

  static SyncStorage open(Session session, String name) {
    SyncTargets.Target target =
        session
            .workspace()
            .read(db -> SyncTargets.find(db, name))
            .orElseThrow(
                () -> new NotFoundException("no sync target " + name + " (sync add-target)"));
    return StorageFactory.open(
        target.uri(), new TargetCredentials(session.vault()).forTarget(target));
  }
}
