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
import org.sitrep.app.common.FeedReads;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.drill.Drill;
import org.sitrep.model.feed.ChangeFeed;
import org.sitrep.model.log.LogEntry;
import org.sitrep.runbooks.drill.DrillRunner;

/**
 * The game-master's view of the open drill: its clock, the scheduled injects in order with when
 * they are due and where they stand, and the facilitator's controls.
 *
 * <p>The drill is read when loaded and, while {@link #activate active}, when the change feed says
 * the incident or its injects changed. The window's one-second tick only redraws the drill clock
 * from the drill already read ({@link #tick}); it goes to the store only when an inject has come
 * due, to release it on the second (the scheduler releases every running drill's every 5 s).
 */
public final class DrillFacilitatorViewModel {

  /** The speeds offered for table-top runs; any 1-600 is allowed by the engine. */
  public static final List<Integer> SPEEDS = List.of(1, 2, 5, 10);

  private final DrillRunner runner;
  private final FeedReads reads;
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
  // An incident is a drill from a scenario from its start or never: once read, stop asking.
  private boolean notADrill;
  private DrillReading shown;
  // The injects last found due by the clock: asked to release once, not every second.
  private List<String> dueAsked = List.of();

  /** {@code logged} runs after anything reached the log (the timeline refreshes). */
  public DrillFacilitatorViewModel(
      DrillRunner runner,
      ChangeFeed feed,
      InstantSource clock,
      Tasks tasks,
      Consumer<Throwable> onError,
      Runnable logged) {
    this.runner = runner;
    this.clock = clock;
    this.reads =
        new FeedReads(
            feed,
            tasks,
            changes -> {
              String incident = incidentId;
              return incident != null
                  && !notADrill
                  && (changes.touchesIncident(incident)
                      || changes.touchesKind("drill", "drill_clock", "drill_inject"));
            },
            () -> reload(clock.instant()));
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
    reads.reset();
    notADrill = false;
    shown = null;
    dueAsked = List.of();
    reload(clock.instant());
  }

  /**
   * While shown: re-reads the drill when a committed change may concern it (an inject released by
   * the scheduler, a facilitator's action here or on another laptop). Call {@link #deactivate} when
   * hidden.
   */
  public void activate() {
    reads.activate();
  }

  /** Releases the feed subscription: nothing is read for a panel not shown. */
  public void deactivate() {
    reads.deactivate();
  }

  /**
   * Moves the drill clock to {@code now} from the drill already read; reads the store only when an
   * inject has come due since (it is released, then shown).
   */
  public void tick(Instant now) {
    DrillReading r = shown;
    if (r == null || notADrill) {
      return;
    }
    Duration at = r.drill().clock().at(now);
    clockText.set(r.clockText(at));
    List<String> due = r.dueBy(at);
    if (!due.isEmpty() && !due.equals(dueAsked)) {
      dueAsked = due;
      reload(now);
    }
  }

  /** Releases what is due (running drills only) and re-reads the drill. */
  private void reload(Instant now) {
    String incident = incidentId;
    if (incident == null || notADrill) {
      return;
    }
    reads.read(
        () -> {
          Optional<Drill> found = runner.drills().find(incident);
          if (found.isEmpty()) {
            return Optional.<DrillReading>empty();
          }
          List<LogEntry> released = runner.tick(incident, now);
          return Optional.of(DrillReading.read(runner, incident, now, released));
        },
        reading -> {
          if (incident.equals(incidentId)) {
            notADrill = reading.isEmpty();
            show(reading);
          }
        },
        onError);
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
          return DrillReading.read(runner, incident, clock.instant(), List.of());
        },
        reading -> {
          message.set(done);
          show(Optional.of(reading));
          logged.run();
          then.run();
        },
        e -> message.set(e.getMessage()));
  }

  private String countedFor = "";
  private int releasedOnTime;

  private void show(Optional<DrillReading> reading) {
    isDrill.set(reading.isPresent());
    if (reading.isEmpty()) {
      shown = null;
      title.set("");
      clockText.set("");
      injects.clear();
      return;
    }
    DrillReading r = reading.get();
    Drill d = r.drill();
    shown = r;
    speed = d.clock().speed();
    paused.set(d.clock().paused());
    offline.set(d.offline());
    ended.set(d.ended());
    // The stored title already says "Drill: …"; the panel's badge says DRILL.
    title.set(d.scenarioTitle());
    clockText.set(r.clockText(r.at()));
    List<InjectRow> rows = r.plan().stream().map(u -> InjectRow.of(u, d)).toList();
    if (!rows.equals(injects)) {
      injects.setAll(rows);
    }
    if (!d.incidentId().equals(countedFor)) {
      countedFor = d.incidentId();
      releasedOnTime = 0;
    }
    if (!r.released().isEmpty()) {
      // Each reading releases what came due since the last one: count them over the drill.
      releasedOnTime += r.released().size();
      message.set("Released on time: " + releasedOnTime + " inject(s) so far");
      logged.run();
    }
  }
}
