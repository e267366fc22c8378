package org.sitrep.sync.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.NotFoundException;
import org.sitrep.model.merge.RemoteDevices;
import org.sitrep.model.merge.RemoteOperations;
import org.sitrep.model.store.Workspace;
import org.sitrep.sync.engine.SyncTargets.Target;
import org.sitrep.sync.segment.SnapshotObject;
import org.sitrep.sync.storage.SyncStorage;
import org.sitrep.sync.team.RefreshReport;
import org.sitrep.sync.team.Team;

/**
 * Sync as the app and the command line use it: by target name, with the team's roster refreshed
 * first, and the outcome remembered for the status line. Offline is not an error: the target is
 * marked unreachable and everything waits in the outbox for the next try.
 */
public final class SyncService {

  /** Opens a target's storage (the app: credentials from the vault; tests: a shared fake). */
  public interface Opener {
    SyncStorage open(Target target);
  }

  /**
   * This laptop's upkeep on a target: its newest snapshot there (number, when, operations covered;
   * 0 when none) and how many of its segments the target got and how many were collected since.
   */
  public record Upkeep(
      long snapshot, long snapshotMillis, long snapshotOps, long segments, long collected) {}

  /** One target's outcome, for status lines. */
  public record TargetStatus(Target target, long pendingOperations) {}

  private final Workspace workspace;
  private final Team team;
  private final Opener opener;
  private volatile boolean paused;
  private volatile java.util.function.BooleanSupplier pausedWhen = () -> false;

  public SyncService(Workspace workspace, Team team, Opener opener) {
    this.workspace = workspace;
    this.team = team;
    this.opener = opener;
    team.proveStorageWith(new TeamSegments(workspace.device().id()));
  }

  public Team team() {
    return team;
  }

  /** Drills that "pull the plug" pause sync: work goes on, nothing leaves the laptop. */
  public void setPaused(boolean paused) {
    this.paused = paused;
  }

  /** Also paused while {@code condition} holds (a running drill with its plug pulled). */
  public void pauseWhen(java.util.function.BooleanSupplier condition) {
    this.pausedWhen = condition;
  }

  public boolean isPaused() {
    return paused || pausedWhen.getAsBoolean();
  }

  /**
   * Syncs with one target now.
   *
   * @throws IOException when the target cannot be reached: recorded, and retried next time
   */
  public SyncReport syncNow(String targetName) throws IOException {
    return syncNow(targetName, false);
  }

  /**
   * Syncs with one target now; with {@code snapshot}, also writes a snapshot and collects what may
   * be collected, whatever the policy's timing says.
   *
   * @throws IOException when the target cannot be reached: recorded, and retried next time
   */
  public SyncReport syncNow(String targetName, boolean snapshot) throws IOException {
    if (isPaused()) {
      throw new ChangeRefusedException("sync is paused (a drill pulled the plug)");
    }
    Target target =
        workspace
            .read(dsl -> SyncTargets.find(dsl, targetName))
            .orElseThrow(() -> new NotFoundException("no sync target " + targetName));
    if (team.workspaceId().isEmpty()) {
      throw new ChangeRefusedException(
          "this laptop is not in a team yet: sync team found (first laptop) or sync team join");
    }
    try (SyncStorage storage = opener.open(target)) {
      RefreshReport roster = team.refresh(storage);
      nameMembers();
      org.sitrep.sync.team.KeyRing ring = team.keyRing();
      if (ring.currentEpoch() == 0) {
        throw new ChangeRefusedException(NoTeamKey.explain(workspace.device().id(), roster));
      }
      SyncEngine engine = new SyncEngine(workspace, ring);
      SyncReport report = engine.sync(target.name(), storage);
      List<String> upkeep = new ArrayList<>(report.upkeep());
      if (snapshot) {
        upkeep.addAll(engine.upkeepNow(target.name(), storage));
      }
      List<String> refused = new ArrayList<>(report.quarantined());
      roster.refused().forEach(r -> refused.add(r.getMessage()));
      long now = workspace.wallClock().millis();
      workspace.read(
          dsl -> {
            SyncTargets.succeeded(dsl, target.name(), now);
            return null;
          });
      return new SyncReport(
          report.segmentsSent(),
          report.operationsSent(),
          report.bytesSent(),
          report.operationsApplied(),
          report.duplicates(),
          List.copyOf(refused),
          report.stalled(),
          report.waiting(),
          List.copyOf(upkeep));
    } catch (IOException | RuntimeException e) {
      String reason =
          (e instanceof IOException ? "unreachable: " : "")
              + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      workspace.read(
          dsl -> {
            SyncTargets.failed(dsl, target.name(), reason);
            return null;
          });
      throw e;
    }
  }

  public List<TargetStatus> status() {
    String me = workspace.device().id();
    return workspace.read(
        dsl ->
            SyncTargets.all(dsl).stream()
                .map(t -> new TargetStatus(t, SyncTargets.pending(dsl, t.name(), me)))
                .toList());
  }

  public Upkeep upkeep(String targetName) {
    return workspace.read(
        dsl -> {
          long[] counts = UpkeepLedger.segmentCounts(dsl, targetName);
          return UpkeepLedger.newest(dsl, targetName, SnapshotObject.Kind.SNAPSHOT)
              .map(w -> new Upkeep(w.seq(), w.writtenMs(), w.coveredOps(), counts[0], counts[1]))
              .orElse(new Upkeep(0, 0, 0, counts[0], counts[1]));
        });
  }

  /** Refused objects not yet read successfully, on every target. */
  public List<String> quarantined() {
    return workspace.read(dsl -> SyncLedger.quarantined(dsl, Optional.empty())).stream()
        .map(q -> q.target() + ": " + q.key() + ": " + q.reason())
        .toList();
  }

  /**
   * What sync waits for and whose clock is off, on every target: "team-share: waiting for segment 3
   * of Dana's laptop (ab12cd34): operations 41..60 missing (since 18:02 UTC)", "team-share: Sam's
   * laptop's clock is about 1 day behind this laptop's: …".
   */
  public List<String> peerWarnings() {
    return workspace.read(PeerLedger::troubled).stream()
        .flatMap(
            p -> {
              List<String> lines = new ArrayList<>();
              p.gap()
                  .ifPresent(
                      g ->
                          lines.add(
                              p.target()
                                  + ": "
                                  + g
                                  + " (since "
                                  + org.sitrep.model.log.Times.utc(
                                      java.time.Instant.ofEpochMilli(p.gapSinceMillis()))
                                  + ")"));
              p.skewMillis()
                  .ifPresent(
                      s ->
                          lines.add(
                              p.target()
                                  + ": the clock of "
                                  + p.label()
                                  + " is "
                                  + ClockSkew.describe(s)
                                  + ": its entries sort out of place and its edits win or lose"
                                  + " wrongly; check its clock (and this laptop's)"));
              return lines.stream();
            })
        .toList();
  }

  /** Records that arrived before what they need and still wait for it. */
  public int waiting() {
    return workspace.read(RemoteOperations::waitingCount);
  }

  /** Concurrent edits kept for a human (runbook text, vault slots). */
  public int conflicts() {
    Object n =
        workspace.read(
            dsl -> dsl.fetchValue("SELECT count(*) FROM merge_conflict WHERE resolved = 0"));
    return n instanceof Number c ? c.intValue() : 0;
  }

  /** Other laptops' entries say where they were written: their labels from the roster. */
  private void nameMembers() {
    long now = workspace.wallClock().millis();
    List<org.sitrep.sync.team.TeamMember> members = team.members();
    workspace.read(
        dsl -> {
          for (org.sitrep.sync.team.TeamMember m : members) {
            if (!m.device().equals(workspace.device().id())) {
              RemoteDevices.label(dsl, m.device(), m.label(), now);
            }
          }
          return null;
        });
  }
}
