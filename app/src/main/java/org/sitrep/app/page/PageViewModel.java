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
import org.sitrep.app.shell.Tasks;
import org.sitrep.model.escalation.CallTarget;
import org.sitrep.model.escalation.EscalationPolicy;
import org.sitrep.model.escalation.EscalationService;
import org.sitrep.model.escalation.Page;
import org.sitrep.model.escalation.PageOutcome;

/**
 * The open incident's page in progress as a guided call list: who to call on the current level,
 * how, their local time, the level's timer, and — when it runs out — the reminder to escalate.
 * Refreshed by the window's one-second tick, so a page started from the entry line shows at once.
 */
public final class PageViewModel {

  private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("EEE HH:mm");

  /** One line of the call list as the panel shows it. */
  public record Call(String person, String why, String numbers, String theirTime, String channel) {}

  private final EscalationService escalation;
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
  private boolean busy;

  /** {@code logged} runs after anything was written to the log (the timeline refreshes). */
  public PageViewModel(
      EscalationService escalation,
      java.time.InstantSource clock,
      Tasks tasks,
      Consumer<Throwable> onError,
      Runnable logged) {
    this.escalation = escalation;
    this.clock = clock;
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
    tick(clock.instant());
  }

  /** Re-reads the incident's open page, logs a run-out timer once, and updates the countdown. */
  public void tick(Instant now) {
    String incident = incidentId;
    if (incident == null || busy) {
      return;
    }
    busy = true;
    tasks.run(
        () -> {
          Optional<Page> open =
              escalation.pages(incident).stream().filter(Page::isOpen).findFirst();
          if (open.isEmpty()) {
            return Optional.<Shown>empty();
          }
          Optional<String> due = escalation.remindIfDue(open.get().id(), now);
          Page p = escalation.get(open.get().id());
          EscalationPolicy policy = escalation.policyOf(p);
          // The scheduler may have logged the reminder first: show it all the same.
          Optional<String> shown = due.isPresent() ? due : escalation.reminderLogged(p);
          return Optional.of(
              new Shown(
                  p,
                  policy,
                  escalation.callList(p, now),
                  escalation.timerEnds(p),
                  shown,
                  due.isPresent()));
        },
        shown -> {
          busy = false;
          if (!incident.equals(incidentId)) {
            return;
          }
          show(shown, now);
        },
        failure -> {
          busy = false;
          onError.accept(failure);
        });
  }

  private record Shown(
      Page page,
      EscalationPolicy policy,
      List<CallTarget> calls,
      Optional<Instant> timerEnds,
      Optional<String> reminder,
      boolean wroteReminder) {}

  private void show(Optional<Shown> shown, Instant now) {
    if (shown.isEmpty()) {
      page = null;
      showing.set(false);
      return;
    }
    Shown s = shown.get();
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
    List<Call> rows =
        s.calls().stream()
            .map(
                c ->
                    new Call(
                        c.person(),
                        c.why(),
                        c.numbers().isEmpty()
                            ? "no number on file"
                            : String.join("  ·  ", c.numbers()),
                        c.theirTime().map(t -> "their time " + HHMM.format(t)).orElse(""),
                        c.numbers().isEmpty() ? "" : c.numbers().get(0)))
            .toList();
    if (!rows.equals(calls)) {
      calls.setAll(rows);
    }
    showing.set(true);
    updateTimer(now);
    if (s.wroteReminder()) {
      logged.run();
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
          tick(clock.instant());
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
          tick(clock.instant());
        },
        onError);
  }
}
