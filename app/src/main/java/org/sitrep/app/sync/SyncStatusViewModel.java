package org.sitrep.app.sync;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.log.Times;
import org.sitrep.sync.engine.SyncReport;
import org.sitrep.sync.engine.SyncService;

/**
 * The sync indicator's state: whether the team's storage was reachable (and was the team's: an
 * empty mountpoint is not), when the last sync finished, how many operations wait to be sent,
 * anything refused, whose missing segment sync waits for, and a teammate's clock that is off. Syncs
 * in the background every few minutes and on demand; a sync never runs on the UI thread and never
 * two at once.
 */
public final class SyncStatusViewModel {

  /** How the indicator looks. */
  public enum State {
    NOT_SET_UP,
    SYNCING,
    SYNCED,
    OFFLINE,
    NEEDS_ATTENTION,
    PAUSED
  }

  private record Outcome(State state, String text, String detail) {}

  static final Duration EVERY = Duration.ofMinutes(2);

  private final SyncService sync;
  private final Tasks tasks;
  private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.NOT_SET_UP);
  private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("Sync: not set up");
  private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
  private boolean running;
  private Instant lastTry = Instant.EPOCH;

  public SyncStatusViewModel(SyncService sync, Tasks tasks) {
    this.sync = sync;
    this.tasks = tasks;
  }

  public ReadOnlyObjectProperty<State> state() {
    return state.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty text() {
    return text.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty detail() {
    return detail.getReadOnlyProperty();
  }

  /** Called every second by the window: syncs when the last try is {@link #EVERY} old. */
  public void tick(Instant now) {
    if (!running && Duration.between(lastTry, now).compareTo(EVERY) >= 0) {
      lastTry = now;
      syncNow();
    }
  }

  /** Syncs every target now (Ctrl+Shift+Y), unless a sync is running. */
  public void syncNow() {
    if (running) {
      return;
    }
    running = true;
    boolean hasTargets = !sync.status().isEmpty() && sync.team().workspaceId().isPresent();
    if (hasTargets) {
      show(new Outcome(State.SYNCING, "Sync: syncing…", detail.get()));
    }
    tasks.run(
        this::syncAll,
        outcome -> {
          running = false;
          show(outcome);
        },
        failure -> {
          running = false;
          show(new Outcome(State.NEEDS_ATTENTION, "Sync: problem", failure.getMessage()));
        });
  }

  private Outcome syncAll() {
    if (sync.isPaused()) {
      return new Outcome(State.PAUSED, "Sync paused (drill: plug pulled)", "");
    }
    List<SyncService.TargetStatus> targets = sync.status();
    if (targets.isEmpty() || sync.team().workspaceId().isEmpty()) {
      return new Outcome(
          State.NOT_SET_UP,
          "Sync: not set up",
          "sitrep sync add-target NAME URI, then sitrep team found NAME (or team join)");
    }
    List<String> problems = new ArrayList<>();
    List<String> unreachable = new ArrayList<>();
    long applied = 0;
    for (SyncService.TargetStatus t : targets) {
      try {
        SyncReport r = sync.syncNow(t.target().name());
        applied += r.operationsApplied();
        problems.addAll(r.quarantined());
      } catch (IOException e) {
        unreachable.add(t.target().name() + ": " + e.getMessage());
      } catch (RuntimeException e) {
        problems.add(t.target().name() + ": " + e.getMessage());
      }
    }
    long queued =
        sync.status().stream()
            .mapToLong(SyncService.TargetStatus::pendingOperations)
            .max()
            .orElse(0);
    problems.addAll(sync.quarantined());
    // Gaps (whose segment is missing) and clocks that are off, as sync status shows them.
    problems.addAll(sync.peerWarnings());
    String at = Times.utc(Instant.now()).substring(11, 16);
    if (!unreachable.isEmpty() && unreachable.size() == targets.size()) {
      return new Outcome(
          State.OFFLINE,
          "Sync: offline · " + queued + " queued",
          String.join("\n", unreachable)
              + "\nWork goes on; queued changes are sent when it is back.");
    }
    if (!problems.isEmpty() || !unreachable.isEmpty()) {
      List<String> all = new ArrayList<>(unreachable);
      all.addAll(problems);
      return new Outcome(
          State.NEEDS_ATTENTION,
          "Sync: "
              + all.size()
              + " problem"
              + (all.size() == 1 ? "" : "s")
              + " · "
              + queued
              + " queued",
          String.join("\n", all));
    }
    return new Outcome(
        State.SYNCED,
        "Synced " + at + " UTC" + (queued > 0 ? " · " + queued + " queued" : ""),
        applied + " changes from the team in the last sync");
  }

  private void show(Outcome o) {
    state.set(o.state());
    text.set(o.text());
    detail.set(o.detail());
  }
}
