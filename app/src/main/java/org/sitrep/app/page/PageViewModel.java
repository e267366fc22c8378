package org.sitrep.app.page;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitrep.app.common.FeedReads;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.escalation.CallTarget;
import org.sitrep.model.escalation.EscalationService;
import org.sitrep.model.escalation.Page;
import org.sitrep.model.escalation.PageOutcome;
import org.sitrep.model.feed.ChangeFeed;

/**
 * The open incident's page in progress as a guided call list: who to call on the current level,
 * how, their local time, the level's timer, and — when it runs out — the reminder to escalate.
 *
 * <p>Read from the store when it is loaded and, while {@link #activate active}, whenever the change
 * feed says the incident, a page or who-to-call changed (a page started from the entry line, a call
 * logged, the scheduler's reminder). The window's clock only redraws the countdown and the local
 * times through {@link #tick}: no store read per second, save once when the level's timer runs out.
 */
public final class PageViewModel {

  private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("EEE HH:mm");

  /** One line of the call list as the panel shows it. */
  public record Call(String person, String why, String numbers, String theirTime, String channel) {}

  /** What the call list depends on besides the incident's own changes. */
  private static final String[] CALL_LIST_KINDS = {
    "page", "escalation_policy", "contact", "rotation", "oncall_override", "oncall_setting"
  };

  private final EscalationService escalation;
  private final FeedReads reads;
  private final java.time.InstantSource clock;
  private final Tasks tasks;
  private final Consumer<Throwable> onError;
  private final Runnable logged;
  private final BooleanProperty showing = new SimpleBooleanProperty(false);
  private final StringProperty title = new SimpleStringProperty("");
  private final StringProperty timer = new SimpleStringProperty("");
  private final StringProperty reminder = new SimpleStringProperty("");
  private final BooleanProperty canEscalate = new SimpleBooleanProperty(false);
  private final ObservableList<Call> calls = FXCollections.observableArrayList();
  private String incidentId;
  private Page page;
  private Optional<Instant> timerEnds = Optional.empty();
  private List<CallTarget> targets = List.of();
  // The page and level whose run-out timer was already looked at: asked once, not every second.
  private String runOutAsked = "";

  /** {@code logged} runs after anything was written to the log (the timeline refreshes). */
  public PageViewModel(
      EscalationService escalation,
      ChangeFeed feed,
      java.time.InstantSource clock,
      Tasks tasks,
      Consumer<Throwable> onError,
      Runnable logged) {
    this.escalation = escalation;
    this.clock = clock;
    this.reads =
        new FeedReads(
            feed,
            tasks,
            changes -> {
              String incident = incidentId;
              return incident != null
                  && (changes.touchesIncident(incident) || changes.touchesKind(CALL_LIST_KINDS));
            },
            () -> reload(clock.instant()));
    this.tasks = tasks;
    this.onError = onError;
    this.logged = logged;
  }

  public BooleanProperty showing() {
    return showing;
  }

  public StringProperty title() {
    return title;
  }

  public StringProperty timer() {
    return timer;
  }

  public StringProperty reminder() {
    return reminder;
  }

  public BooleanProperty canEscalate() {
    return canEscalate;
  }

  public ObservableList<Call> calls() {
    return calls;
  }

  public void load(String incident) {
    incidentId = incident;
    reminder.set("");
    page = null;
    targets = List.of();
    timerEnds = Optional.empty();
    runOutAsked = "";
    reload(clock.instant());
  }

  /**
   * While shown: re-reads the page when a committed change may concern it. Call {@link #deactivate}
   * when hidden.
   */
  public void activate() {
    reads.activate();
  }

  /** Releases the feed subscription: nothing is read for a panel not shown. */
  public void deactivate() {
    reads.deactivate();
  }

  /**
   * Moves the countdown and the callees' local times to {@code now} without reading the store. When
   * the level's timer has just run out, reads once: the reminder is logged (by the scheduler, or
   * here if it has not come by yet) and shown.
   */
  public void tick(Instant now) {
    if (page == null) {
      return;
    }
    updateTimer(now);
    showCalls(now);
    String level = page.id() + "@" + page.level();
    if (timerEnds.isPresent()
        && !now.isBefore(timerEnds.get())
        && page.remindedLevel() < page.level()
        && !runOutAsked.equals(level)) {
      runOutAsked = level;
      reload(now);
    }
  }

  /** Re-reads the incident's open page, logs a run-out timer once, and shows it all. */
  private void reload(Instant now) {
    String incident = incidentId;
    if (incident == null) {
      return;
    }
    reads.read(
        () -> PageReading.read(escalation, incident, now),
        shown -> {
          if (incident.equals(incidentId)) {
            show(shown, clock.instant());
          }
        },
        onError);
  }

  private void show(Optional<PageReading> shown, Instant now) {
    if (shown.isEmpty()) {
      page = null;
      showing.set(false);
      return;
    }
    PageReading s = shown.get();
    boolean changed = page == null || !page.equals(s.page());
    page = s.page();
    timerEnds = s.timerEnds();
    int levels = s.policy().levels().size();
    title.set(
        "Paging "
            + s.policy().name()
            + (levels > 1 ? " · level " + (page.level() + 1) + " of " + levels : ""));
    canEscalate.set(page.level() + 1 < levels);
    s.reminder().ifPresent(reminder::set);
    if (changed && s.reminder().isEmpty() && page.remindedLevel() < page.level()) {
      reminder.set("");
    }
    targets = s.calls();
    showCalls(now);
    showing.set(true);
    updateTimer(now);
    if (s.wroteReminder()) {
      logged.run();
    }
  }

  /** Their local time comes from the contact's zone, so it moves with the clock, not the store. */
  private void showCalls(Instant now) {
    List<Call> rows =
        targets.stream()
            .map(
                c ->
                    new Call(
                        c.person(),
                        c.why(),
                        c.numbers().isEmpty()
                            ? "no number on file"
                            : String.join("  ·  ", c.numbers()),
                        c.contact()
                            .flatMap(x -> x.localTime(now))
                            .or(c::theirTime)
                            .map(t -> "their time " + HHMM.format(t))
                            .orElse(""),
                        c.numbers().isEmpty() ? "" : c.numbers().get(0)))
            .toList();
    if (!rows.equals(calls)) {
      calls.setAll(rows);
    }
  }

  private void updateTimer(Instant now) {
    if (timerEnds.isEmpty()) {
      timer.set("");
      return;
    }
    Duration left = Duration.between(now, timerEnds.get());
    timer.set(
        left.isNegative() || left.isZero()
            ? "time's up"
            : String.format("%d:%02d left", left.toMinutes(), left.toSecondsPart()));
  }

  /** Logs how the call to {@code call} went. */
  public void record(Call call, PageOutcome outcome) {
    Page p = page;
    if (p == null) {
      return;
    }
    tasks.run(
        () -> escalation.recordAttempt(p.id(), call.person(), call.channel(), outcome),
        entry -> {
          logged.run();
          reload(clock.instant());
        },
        onError);
  }

  /** Moves to the next level and restarts its timer. */
  public void escalate() {
    Page p = page;
    if (p == null) {
      return;
    }
    tasks.run(
        () -> escalation.escalate(p.id()),
        moved -> {
          reminder.set("");
          logged.run();
          reload(clock.instant());
        },
        onError);
  }
}
