package org.sitrep.app.comms;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.comms.Audience;
import org.sitrep.model.comms.CommsService;
import org.sitrep.model.comms.SentUpdate;
import org.sitrep.model.comms.TemplateFill;
import org.sitrep.model.comms.UpdateDraft;
import org.sitrep.model.comms.UpdatePhase;
import org.sitrep.model.comms.UpdateRefusedException;
import org.sitrep.model.comms.wording.Check;
import org.sitrep.model.comms.wording.Warning;
import org.sitrep.model.comms.wording.WordingChecks;
import org.sitrep.model.comms.wording.WordingContext;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentStatus;

/**
 * The stakeholder-update composer: a phase and an audience pick the template, filled from the
 * incident; the wording checks run on every key typed (from what was read once when the template
 * was picked, never the store); each warning can be overridden by name; Send goes through {@link
 * CommsService#send}, the same path as {@code sitrep update}, which checks again and records the
 * overrides with the update.
 */
public final class ComposerViewModel {

  /** One warning as the composer lists it. */
  public record WarningRow(Check check, String explanation, boolean overridden) {}

  private record Loaded(UpdateDraft draft, WordingContext context) {}

  private final CommsService comms;
  private final Tasks tasks;
  private final Consumer<Throwable> onFailure;
  private final java.time.InstantSource clock;
  private final ObjectProperty<UpdatePhase> phase = new SimpleObjectProperty<>();
  private final ObjectProperty<Audience> audience = new SimpleObjectProperty<>();
  private final StringProperty text = new SimpleStringProperty("");
  private final StringProperty templateLine = new SimpleStringProperty("");
  private final StringProperty preview = new SimpleStringProperty("");
  private final StringProperty problem = new SimpleStringProperty("");
  private final StringProperty sendHint = new SimpleStringProperty("");
  private final BooleanProperty canSend = new SimpleBooleanProperty(false);
  private final ObservableList<WarningRow> warnings = FXCollections.observableArrayList();
  private final Set<Check> overrides = EnumSet.noneOf(Check.class);
  private String incidentId;
  private Loaded loaded;
  private boolean picking;
  private boolean sending;

  public ComposerViewModel(
      CommsService comms,
      Tasks tasks,
      java.time.InstantSource clock,
      Consumer<Throwable> onFailure) {
    this.comms = comms;
    this.tasks = tasks;
    this.clock = clock;
    this.onFailure = onFailure;
    text.addListener((o, was, now) -> recheck());
    phase.addListener((o, was, now) -> pickIfChosen());
    audience.addListener((o, was, now) -> pickIfChosen());
  }

  /**
   * Starts an update for {@code incident}: the phase its status is in, to {@code audience} (the
   * last update's audience, internal stakeholders before any), then {@code ready}.
   */
  public void open(Incident incident, Audience to, Runnable ready) {
    incidentId = incident.id();
    picking = true;
    phase.set(phaseOf(incident.status()));
    audience.set(to);
    picking = false;
    pick(ready);
  }

  /** The phase an update about an incident in {@code status} usually has. */
  static UpdatePhase phaseOf(IncidentStatus status) {
    switch (status) {
      case IDENTIFIED:
        return UpdatePhase.IDENTIFIED;
      case MONITORING:
        return UpdatePhase.MONITORING;
      case RESOLVED:
      case CLOSED:
        return UpdatePhase.RESOLVED;
      default:
        return UpdatePhase.INVESTIGATING;
    }
  }

  private void pickIfChosen() {
    if (!picking && incidentId != null) {
      pick(() -> {});
    }
  }

  /** Fills the template for the phase and audience chosen; what was typed gives way to it. */
  private void pick(Runnable ready) {
    UpdatePhase p = phase.get();
    Audience a = audience.get();
    String id = incidentId;
    tasks.run(
        () -> {
          UpdateDraft draft =
              comms.compose(id, comms.templates().forPhase(p, a).id(), "", Optional.empty());
          return new Loaded(draft, comms.context(draft));
        },
        result -> {
          if (p != phase.get() || a != audience.get()) {
            return; // another choice was made meanwhile: its own read follows
          }
          loaded = result;
          overrides.clear();
          problem.set("");
          templateLine.set(describe(result.draft()));
          if (text.get().equals(result.draft().text())) {
            recheck();
          } else {
            text.set(result.draft().text());
          }
          ready.run();
        },
        this::failed);
  }

  private String describe(UpdateDraft draft) {
    Instant now = clock.instant();
    return "To "
        + draft.template().audience().label()
        + " · template "
        + draft.template().label()
        + draft
            .nextUpdate()
            .map(t -> " · promises the next update by " + TemplateFill.when(t, now))
            .orElse(" · final: promises no next update");
  }

  /** Runs the wording checks on the text as it stands: pure, per key typed. */
  private void recheck() {
    if (loaded == null) {
      return;
    }
    List<Warning> found = WordingChecks.check(text.get(), loaded.context());
    warnings.setAll(
        found.stream()
            .map(w -> new WarningRow(w.check(), w.explain(), overrides.contains(w.check())))
            .toList());
    preview.set(loaded.context().redactor().redact(text.get().strip()));
    long open = warnings.stream().filter(w -> !w.overridden()).count();
    canSend.set(!sending && open == 0 && !text.get().isBlank());
    sendHint.set(
        open == 0
            ? (warnings.isEmpty() ? "" : warnings.size() + " overridden: recorded with the update")
            : "Fix or override " + open + (open == 1 ? " warning" : " warnings") + " to send");
  }

  /** Overrides (or stops overriding) one warning by its name; recorded with the update. */
  public void override(Check check, boolean on) {
    if (on) {
      overrides.add(check);
    } else {
      overrides.remove(check);
    }
    recheck();
  }

  /** Sends the text as it stands; {@code sent} runs with the update once it is in the log. */
  public void send(Consumer<SentUpdate> sent) {
    if (!canSend.get() || loaded == null) {
      return;
    }
    UpdateDraft d = loaded.draft();
    UpdateDraft toSend =
        new UpdateDraft(d.incidentId(), d.template(), text.get(), d.nextUpdate(), List.of());
    Set<Check> chosen = EnumSet.noneOf(Check.class);
    chosen.addAll(overrides);
    sending = true;
    canSend.set(false);
    tasks.run(
        () -> comms.send(toSend, chosen),
        update -> {
          sending = false;
          sent.accept(update);
        },
        failure -> {
          sending = false;
          failed(failure);
          recheck();
        });
  }

  private void failed(Throwable failure) {
    if (failure instanceof UpdateRefusedException || failure instanceof ChangeRefusedException) {
      problem.set(failure.getMessage());
    } else {
      onFailure.accept(failure);
    }
  }

  public ObjectProperty<UpdatePhase> phase() {
    return phase;
  }

  public ObjectProperty<Audience> audience() {
    return audience;
  }

  public StringProperty text() {
    return text;
  }

  /** "To customers / status page · template customers-investigating v1 · promises … by 14:30". */
  public StringProperty templateLine() {
    return templateLine;
  }

  /** The text as it will be logged and sent: secrets masked. */
  public StringProperty preview() {
    return preview;
  }

  /** Why the last send was refused; empty otherwise. */
  public StringProperty problem() {
    return problem;
  }

  /** "Fix or override 2 warnings to send". */
  public StringProperty sendHint() {
    return sendHint;
  }

  public BooleanProperty canSend() {
    return canSend;
  }

  public ObservableList<WarningRow> warnings() {
    return warnings;
  }
}
