package org.sitrep.app;

import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.sitrep.delivery.HttpCourier;
import org.sitrep.delivery.VaultSecrets;
import org.sitrep.model.comms.CommsService;
import org.sitrep.model.delivery.Backoff;
import org.sitrep.model.delivery.DeliveryDispatcher;
import org.sitrep.model.delivery.DeliveryOutbox;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.vault.VaultService;
import org.sitrep.runbooks.drill.DrillRunner;
import org.sitrep.sync.engine.SyncService;
import org.sitrep.sync.engine.SyncTargets;
import org.sitrep.sync.engine.TargetCredentials;
import org.sitrep.sync.publish.StatusPagePublisher;
import org.sitrep.sync.storage.StorageFactory;
import org.sitrep.sync.team.Team;

/**
 * Everything that leaves the laptop: sync with the team, deliveries to the war room and trackers,
 * the public status page. Each takes its credentials from the session's vault once unlocked, and
 * each pauses while a drill has pulled the plug. Built on first use: most CLI commands never go
 * out, and the HTTP client is not worth starting for them.
 */
final class Outward implements AutoCloseable {

  private final Workspace workspace;
  private final VaultService vault;
  private final DrillRunner drills;
  private final DeliveryOutbox deliveries;
  private final CommsService comms;
  private SyncService sync;
  private DeliveryDispatcher dispatcher;
  private HttpCourier courier;

  Outward(
      Workspace workspace,
      VaultService vault,
      DrillRunner drills,
      DeliveryOutbox deliveries,
      CommsService comms) {
    this.workspace = workspace;
    this.vault = vault;
    this.drills = drills;
    this.deliveries = deliveries;
    this.comms = comms;
  }

  synchronized SyncService sync() {
    if (sync == null) {
      TargetCredentials credentials = new TargetCredentials(vault);
      sync =
          new SyncService(
              workspace,
              new Team(workspace, vault.keysAtRest()),
              target -> StorageFactory.open(target.uri(), credentials.forTarget(target)));
      sync.pauseWhen(() -> drills.drills().isOffline());
    }
    return sync;
  }

  synchronized DeliveryDispatcher deliveryDispatcher() {
    if (dispatcher == null) {
      courier = new HttpCourier(new VaultSecrets(vault), workspace.wallClock());
      dispatcher =
          new DeliveryDispatcher(
              workspace,
              deliveries,
              courier,
              new Backoff(() -> ThreadLocalRandom.current().nextDouble()));
      dispatcher.pauseWhen(() -> drills.drills().isOffline());
    }
    return dispatcher;
  }

  /**
   * Copies of backups to the sync target named in {@code backup.properties} (issue 21), queued and
   * retried like deliveries; none when no target is named. The target is looked up at each round,
   * so one added later (or renamed) is picked up without a restart.
   */
  Optional<org.sitrep.sync.backup.BackupCopyQueue> backupCopies(
      org.sitrep.model.backup.BackupService backups,
      org.sitrep.model.backup.BackupSettings settings) {
    if (settings.target().isEmpty()) {
      return Optional.empty();
    }
    String name = settings.target().get();
    TargetCredentials credentials = new TargetCredentials(vault);
    org.sitrep.sync.backup.BackupCopyQueue queue =
        new org.sitrep.sync.backup.BackupCopyQueue(
            workspace,
            backups,
            name,
            () -> {
              SyncTargets.Target target =
                  workspace
                      .read(db -> SyncTargets.find(db, name))
                      .orElseThrow(
                          () ->
                              new java.io.IOException(
                                  "no sync target " + name + " (sync add-target)"));
              return StorageFactory.open(target.uri(), credentials.forTarget(target));
            },
            new Backoff(() -> ThreadLocalRandom.current().nextDouble()));
    queue.pauseWhen(() -> drills.drills().isOffline());
    return Optional.of(queue);
  }

  /** A publisher per call: the publish target and its credential are settings that may change. */
  StatusPagePublisher statusPage() {
    TargetCredentials credentials = new TargetCredentials(vault);
    Optional<String> credential = comms.settings().publishCredential();
    return new StatusPagePublisher(
        workspace,
        uri ->
            StorageFactory.openPublic(
                uri,
                credentials.forTarget(
                    new SyncTargets.Target(
                        "status-page",
                        uri,
                        credential,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()))));
  }

  @Override
  public synchronized void close() {
    if (courier != null) {
      courier.close();
    }
  }
}
