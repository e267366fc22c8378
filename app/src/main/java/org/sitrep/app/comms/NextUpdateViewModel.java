package org.sitrep.app.comms;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sitrep.app.common.FeedReads;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.comms.Audience;
import org.sitrep.model.comms.CommsService;
import org.sitrep.model.comms.SentUpdate;
import org.sitrep.model.comms.UpdateClock;
import org.sitrep.model.comms.UpdateReminders;
import org.sitrep.model.feed.ChangeFeed;
import org.sitrep.model.log.LogEntry;

/**
 * Who owes the open incident's next stakeholder update and by when, for everyone on the incident:
 * the communicator (or the commander while nobody holds comms), a countdown, and — once the
 * reminder job on the domain scheduler logged {@code comms.update-due} — the reminder itself.
 *
 * <p>Read when loaded and whenever the change feed says the incident or the settings changed; the
 * window's clock only moves the countdown ({@link #tick}), reading nothing.
 */
public final class NextUpdateViewModel {

  private record Reading(UpdateClock clock, Optional<LogEntry> reminder, Audience lastAudience) {}

  private final CommsService comms;
  private final UpdateReminders reminders;
  private final FeedReads reads;
  private final Consumer<Throwable> onError;
  private final Consumer<String> onReminder;
  private final StringProperty line = new SimpleStringProperty("");
  private final StringProperty reminder = new SimpleStringProperty("");
  private final BooleanProperty overdue = new SimpleBooleanProperty(false);
  private final BooleanProperty showing = new SimpleBooleanProperty(false);
  private String incidentId;
  private Reading reading;
  private final java.time.InstantSource clock;
  private String reminded = "";

  /**
   * @param onReminder hears each reminder once, as it arrives (the window's notification)
   */
  public NextUpdateViewModel(
      CommsService comms,
      UpdateReminders reminders,
      ChangeFeed feed,
      java.time.InstantSource clock,
      Tasks tasks,
      Consumer<Throwable> onError,
      Consumer<String> onReminder) {
    this.comms = comms;
    this.reminders = reminders;
    this.onError = onError;
    this.onReminder = onReminder;
    this.clock = clock;
    this.reads =
        new FeedReads(
            feed,
            tasks,
            changes -> {
              String incident = incidentId;
              return incident != null
                  && (changes.touchesIncident(incident)
                      || changes.touchesKind("workspace_setting"));
            },
            this::read);
  }

  /** Shows {@code id}'s promise: read from the store now. */
  public void load(String id) {
    incidentId = id;
    reading = null;
    reads.reset();
    read();
  }

  public void activate() {
    reads.activate();
  }

  public void deactivate() {
    reads.deactivate();
  }

  private void read() {
    String id = incidentId;
    if (id == null) {
      return;
    }
    reads.read(
        () -> {
          java.util.List<SentUpdate> sent = comms.updates(id);
          Audience last = sent.isEmpty() ? Audience.INTERNAL : sent.get(sent.size() - 1).audience();
          return new Reading(comms.clock(id), reminders.reminderLogged(id), last);
        },
        r -> {
          if (!id.equals(incidentId)) {
            return;
          }
          reading = r;
          r.reminder()
              .ifPresent(
                  e -> {
                    if (!reminded.equals(e.id())) {
                      reminded = e.id();
                      onReminder.accept(e.text());
                    }
                  });
          tick(clock.instant());
        },
        onError);
  }

  /** Moves the countdown; reads nothing. */
  public void tick(Instant now) {
    if (reading == null) {
      showing.set(false);
      return;
    }
    UpdateClock clock = reading.clock();
    showing.set(true);
    line.set(clock.say(now));
    overdue.set(clock.isOverdue(now));
    reminder.set(reading.reminder().map(LogEntry::text).orElse(""));
  }

  /** The audience the last update went to: where the composer starts. */
  public Audience lastAudience() {
    return reading == null ? Audience.INTERNAL : reading.lastAudience();
  }

  /** "Dana owes the next update by 14:30 UTC (in 12 min)", "… OVERDUE since …". */
  public StringProperty line() {
    return line;
  }

  /** The reminder logged for the promise in force; empty while none. */
  public StringProperty reminder() {
    return reminder;
  }

  public BooleanProperty overdue() {
    return overdue;
  }

  public BooleanProperty showing() {
    return showing;
  }
}
