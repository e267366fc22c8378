package org.sitrep.app.drill;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitrep.app.shell.Tasks;
import org.sitrep.model.drill.Drill;
import org.sitrep.model.drill.DrillClock;
import org.sitrep.model.log.LogEntry;
import org.sitrep.runbooks.drill.DrillRunner;
import org.sitrep.runbooks.drill.Upcoming;

/**
 * The game-master's view of the open drill: its clock, the scheduled injects in order with when
 * they are due and where they stand, and the facilitator's controls. The window's one-second tick
 * calls {@link #tick}, which also releases what has come due, so injects reach the timeline on
 * their own as they would in real life.
 */
public final class DrillFacilitatorViewModel {

  /** The speeds offered for table-top runs; any 1-600 is allowed by the engine. */
  public static final List<Integer> SPEEDS = List.of(1, 2, 5, 10);

  private final DrillRunner runner;
  private final InstantSource clock;
  private final Tasks tasks;
  private final Consumer<Throwable> onError;
  private final Runnable logged;
  private final BooleanProperty isDrill = new SimpleBooleanProperty(false);
  private final BooleanProperty paused = new SimpleBooleanProperty(false);
  private final BooleanProperty offline = new SimpleBooleanProperty(false);
  private final BooleanProperty ended = new SimpleBooleanProperty(false);
  private final StringProperty title = new SimpleStringProperty("");
  private final StringProperty clockText = new SimpleStringProperty("");
  private final StringProperty message = new SimpleStringProperty("");
  private final ObservableList<InjectRow> injects = FXCollections.observableArrayList();
  private String incidentId;
  private int speed = 1;
  private boolean busy;
  // An incident is a drill from a scenario from its start or never: once read, stop asking.
  private boolean notADrill;

  /** {@code logged} runs after anything reached the log (the timeline refreshes). */
  public DrillFacilitatorViewModel(
      DrillRunner runner,
      InstantSource clock,
      Tasks tasks,
      Consumer<Throwable> onError,
      Runnable logged) {
    this.runner = runner;
    this.clock = clock;
    this.tasks = tasks;
    this.onError = onError;
    this.logged = logged;
  }

  public BooleanProperty isDrill() {
    return isDrill;
  }

  public BooleanProperty paused() {
    return paused;
  }

  public BooleanProperty offline() {
    return offline;
  }

  public BooleanProperty ended() {
    return ended;
  }

  public StringProperty title() {
    return title;
  }

  /** "T+04:12 · 2× · PAUSED". */
  public StringProperty clockText() {
    return clockText;
  }

  /** What the last action did, or why it was refused. */
  public StringProperty message() {
    return message;
  }

  public ObservableList<InjectRow> injects() {
    return injects;
  }

  public Optional<String> incidentId() {
    return isDrill.get() ? Optional.ofNullable(incidentId) : Optional.empty();
  }

  public int speed() {
    return speed;
  }

  /** Shows {@code incident}'s drill, or nothing when it is not a drill from a scenario. */
  public void load(String incident) {
    incidentId = incident;
    message.set("");
    busy = false;
    notADrill = false;
    tick(clock.instant());
  }

  /** Releases what is due (running drills only) and re-reads the drill. */
  public void tick(Instant now) {
    String incident = incidentId;
    if (incident == null || busy || notADrill) {
      return;
    }
    busy = true;
    tasks.run(
        () -> {
          Optional<Drill> found = runner.drills().find(incident);
          if (found.isEmpty()) {
            return Optional.<Reading>empty();
          }
          List<LogEntry> released = runner.tick(incident, now);
          return Optional.of(read(incident, now, released));
        },
        reading -> {
          busy = false;
          if (incident.equals(incidentId)) {
            notADrill = reading.isEmpty();
            show(reading);
          }
        },
        e -> {
          busy = false;
          onError.accept(e);
        });
  }

  public void release(InjectRow row) {
    act(() -> runner.release(incidentId, row.injectId()), "Released " + row.injectId());
  }

  public void delay(InjectRow row, Duration by) {
    act(
        () -> runner.delay(incidentId, row.injectId(), by),
        "Delayed " + row.injectId() + " by " + by.toMinutes() + " min");
  }

  public void skip(InjectRow row) {
    act(() -> runner.skip(incidentId, row.injectId()), "Skipped " + row.injectId());
  }

  public void acknowledge(InjectRow row) {
    act(() -> runner.acknowledge(incidentId, row.injectId()), "Acknowledged " + row.injectId());
  }

  /** A player acknowledges an inject from its timeline entry. */
  public void acknowledgeEntry(String entryId) {
    injects.stream()
        .filter(r -> r.entryId().filter(entryId::equals).isPresent())
        .findFirst()
        .ifPresentOrElse(
            this::acknowledge,
            () -> message.set("That entry is not a released inject of this drill"));
  }

  public void togglePause() {
    boolean resume = paused.get();
    act(
        () -> resume ? runner.drills().resume(incidentId) : runner.drills().pause(incidentId),
        resume ? "Resumed" : "Paused: the drill clock stands still");
  }

  public void setSpeed(int newSpeed) {
    act(() -> runner.drills().setSpeed(incidentId, newSpeed), "Speed " + newSpeed + "×");
  }

  /** Pull the plug, or put it back in. */
  public void togglePlug() {
    boolean pull = !offline.get();
    act(
        () -> runner.drills().setOffline(incidentId, pull),
        pull ? "Plug pulled: sync and integrations paused" : "Plug back in");
  }

  public void end(Runnable then) {
    act(() -> runner.drills().end(incidentId), "Drill ended: the scorecard is ready", then);
  }

  private void act(Supplier<LogEntry> work, String done) {
    act(work, done, () -> {});
  }

  // Refused actions (no drill open, already paused, ended) are told in place and change nothing.
  private void act(Supplier<LogEntry> work, String done, Runnable then) {
    String incident = incidentId;
    if (incident == null || !isDrill.get()) {
      message.set("No drill open: Ctrl+Shift+G starts one from a scenario");
      return;
    }
    tasks.run(
        () -> {
          work.get();
          return read(incident, clock.instant(), List.of());
        },
        reading -> {
          message.set(done);
          show(Optional.of(reading));
          logged.run();
          then.run();
        },
        e -> message.set(e.getMessage()));
  }

  private Reading read(String incident, Instant now, List<LogEntry> released) {
    Drill drill = runner.drills().get(incident);
    return new Reading(drill, runner.plan(incident, now), drill.clock().at(now), released);
  }

  private void show(Optional<Reading> reading) {
    isDrill.set(reading.isPresent());
    if (reading.isEmpty()) {
      title.set("");
      clockText.set("");
      injects.clear();
      return;
    }
    Reading r = reading.get();
    Drill d = r.drill();
    speed = d.clock().speed();
    paused.set(d.clock().paused());
    offline.set(d.offline());
    ended.set(d.ended());
    // The stored title already says "Drill: …"; the panel's badge says DRILL.
    title.set(d.scenarioTitle());
    clockText.set(
        DrillClock.say(r.at())
            + " · "
            + speed
            + "×"
            + (d.ended() ? " · ENDED" : d.clock().paused() ? " · PAUSED" : "")
            + (d.offline() && !d.ended() ? " · PLUG PULLED" : ""));
    List<InjectRow> rows = r.plan().stream().map(u -> InjectRow.of(u, d)).toList();
    if (!rows.equals(injects)) {
      injects.setAll(rows);
    }
    if (!r.released().isEmpty()) {
      message.set("Released on time: " + r.released().size() + " inject(s)");
      logged.run();
    }
  }

  private record Reading(Drill drill, List<Upcoming> plan, Duration at, List<LogEntry> released) {}
}
