package org.sitrep.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestKeys;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.sync.engine.SyncService;
import org.sitrep.sync.engine.SyncTargets;
import org.sitrep.sync.storage.FolderStorage;
import org.sitrep.sync.storage.SyncStorage;
import org.sitrep.sync.team.Team;

class SyncStatusViewModelTest {

  @TempDir Path dir;
  private Workspace ws;
  private Path shared;
  private boolean reachable = true;
  private SyncService sync;
  private SyncStatusViewModel model;

  @BeforeEach
  void open() throws Exception {
    ws = TestWorkspace.open(dir.resolve("ws"));
    shared = dir.resolve("share");
    sync = new SyncService(ws, new Team(ws, TestKeys.noVault(ws)), t -> storage());
    model = new SyncStatusViewModel(sync, Tasks.sameThread());
  }

  private SyncStorage storage() {
    return reachable ? new FolderStorage(shared) : new FolderStorage(dir.resolve("unmounted"));
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private void setUpTeam() throws Exception {
    Files.createDirectories(shared);
    ws.read(
        dsl -> {
          SyncTargets.add(
              dsl, "office", shared.toUri().toString(), Optional.empty(), Optional.empty(), 0);
          return null;
        });
    sync.team().found(new FolderStorage(shared), "laptop");
  }

  @Test
  void saysHowToSetUpWhenThereIsNoTarget() {
    model.syncNow();
    assertThat(model.state().get()).isEqualTo(SyncStatusViewModel.State.NOT_SET_UP);
    assertThat(model.detail().get()).contains("sync add-target");
  }

  @Test
  void showsSyncedThenOfflineWithTheQueueGrowing() throws Exception {
    setUpTeam();
    model.syncNow();
    assertThat(model.state().get()).isEqualTo(SyncStatusViewModel.State.SYNCED);
    assertThat(model.text().get()).startsWith("Synced ");

    reachable = false;
    new IncidentService(ws)
        .declare(
            new NewIncident(
                "Checkout 502s", Severity.SEV2, IncidentKind.REAL, java.util.List.of(), ""));
    model.syncNow();

    assertThat(model.state().get()).isEqualTo(SyncStatusViewModel.State.OFFLINE);
    assertThat(model.text().get()).matches("Sync: offline · [1-9]\\d* queued");
    assertThat(model.detail().get()).contains("queued changes are sent when it is back");

    reachable = true;
    model.syncNow();
    assertThat(model.state().get()).isEqualTo(SyncStatusViewModel.State.SYNCED);
    assertThat(model.text().get()).doesNotContain("queued");
  }

  @Test
  void syncsOnTheTickOnlyEveryFewMinutes() throws Exception {
    setUpTeam();
    Instant t0 = Instant.parse("2026-12-04T10:00:00Z");
    model.tick(t0);
    assertThat(model.state().get()).isEqualTo(SyncStatusViewModel.State.SYNCED);
    reachable = false;
    model.tick(t0.plusSeconds(30));
    assertThat(model.state().get())
        .as("too soon to try again")
        .isEqualTo(SyncStatusViewModel.State.SYNCED);
    model.tick(t0.plus(SyncStatusViewModel.EVERY));
    assertThat(model.state().get()).isEqualTo(SyncStatusViewModel.State.OFFLINE);
  }

  @Test
  void pausedSyncSaysSo() throws Exception {
    setUpTeam();
    sync.setPaused(true);
    model.syncNow();
    assertThat(model.state().get()).isEqualTo(SyncStatusViewModel.State.PAUSED);
  }

  @Test
  void anEmptyMountpointIsShownUnreachableNotSynced() throws Exception {
    setUpTeam();
    model.syncNow();
    Files.createDirectories(dir.resolve("unmounted")); // the mountpoint, its share gone
    reachable = false;
    new IncidentService(ws)
        .declare(
            new NewIncident(
                "Disk full", Severity.SEV2, IncidentKind.REAL, java.util.List.of(), ""));

    model.syncNow();

    assertThat(model.state().get()).isEqualTo(SyncStatusViewModel.State.OFFLINE);
    assertThat(model.text().get()).matches("Sync: offline · [1-9]\\d* queued");
    assertThat(model.detail().get()).contains("is not team").contains("nothing was written");
    try (java.util.stream.Stream<Path> files = Files.list(dir.resolve("unmounted"))) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aTeammateWhoseClockIsADayAheadNeedsAttention() throws Exception {
    setUpTeam();
    org.sitrep.model.testing.SteppingClock ahead =
        org.sitrep.model.testing.SteppingClock.at("2030-01-02T10:00:00Z");
    try (Workspace other = TestWorkspace.open(dir.resolve("other"), ahead)) {
      other.read(
          dsl -> {
            SyncTargets.add(dsl, "office", "memory:", Optional.empty(), Optional.empty(), 0);
            return null;
          });
      SyncService otherSync =
          new SyncService(other, new Team(other, TestKeys.noVault(other)), t -> storage());
      String fp = otherSync.team().join(storage(), sync.team().identity().fingerprint());
      sync.team().invite(storage(), fp);
      new IncidentService(other)
          .declare(
              new NewIncident(
                  "From the future", Severity.SEV3, IncidentKind.REAL, java.util.List.of(), ""));
      otherSync.syncNow("office");
    }

    model.syncNow();

    assertThat(model.state().get()).isEqualTo(SyncStatusViewModel.State.NEEDS_ATTENTION);
    assertThat(model.detail().get()).contains("ahead").contains("check its clock");
  }
}
