package org.sitrep.app.declare;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.entry.QuickEntryParser;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;

/**
 * The declare form: title, severity, drill or real, services, description, and when the impact
 * started and was detected if the commander knows (the postmortem figures are measured from them).
 */
public final class DeclareIncidentViewModel {

  private final IncidentService incidents;
  private final Tasks tasks;
  private final InstantSource clock;
  private final StringProperty title = new SimpleStringProperty("");
  private final ObjectProperty<Severity> severity = new SimpleObjectProperty<>(Severity.SEV2);
  private final BooleanProperty drill = new SimpleBooleanProperty(false);
  private final StringProperty services = new SimpleStringProperty("");
  private final StringProperty description = new SimpleStringProperty("");
  private final StringProperty started = new SimpleStringProperty("");
  private final StringProperty detected = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private final BooleanBinding canDeclare;

  public DeclareIncidentViewModel(IncidentService incidents, Tasks tasks) {
    this(incidents, tasks, InstantSource.system());
  }

  /** {@code clock} reads "13:50" and "-20m" in the started and detected fields. */
  public DeclareIncidentViewModel(IncidentService incidents, Tasks tasks, InstantSource clock) {
    this.incidents = incidents;
    this.tasks = tasks;
    this.clock = clock;
    canDeclare =
        Bindings.createBooleanBinding(
            () -> !title.get().isBlank() && severity.get() != null && !busy.get(),
            title,
            severity,
            busy);
  }

  public StringProperty title() {
    return title;
  }

  public ObjectProperty<Severity> severity() {
    return severity;
  }

  public BooleanProperty drill() {
    return drill;
  }

  public StringProperty services() {
    return services;
  }

  public StringProperty description() {
    return description;
  }

  /** When the impact began, as /milestone takes it ("13:50", "-20m"); blank when unknown. */
  public StringProperty started() {
    return started;
  }

  /** When someone noticed, as /milestone takes it; blank leaves it to the declaration. */
  public StringProperty detected() {
    return detected;
  }

  public StringProperty error() {
    return error;
  }

  public BooleanBinding canDeclare() {
    return canDeclare;
  }

  private Optional<Instant> time(String field, String text) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(QuickEntryParser.parseTime(text, clock.instant()));
    } catch (ChangeRefusedException bad) {
      throw new ChangeRefusedException(field + ": " + bad.getMessage());
    }
  }

  /** Declares; {@code declared} runs on the UI thread. A refusal lands in {@link #error()}. */
  public void declare(Consumer<Incident> declared) {
    if (!canDeclare.get()) {
      error.set(
          title.get().isBlank()
              ? "Give the incident a title: what is broken, in a few words."
              : "");
      return;
    }
    List<String> serviceList =
        Arrays.stream(services.get().split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
    Optional<Instant> startedAt;
    Optional<Instant> detectedAt;
    try {
      startedAt = time("Impact started", started.get());
      detectedAt = time("Detected", detected.get());
    } catch (ChangeRefusedException bad) {
      error.set(bad.getMessage());
      return;
    }
    NewIncident request =
        new NewIncident(
            title.get(),
            severity.get(),
            drill.get() ? IncidentKind.DRILL : IncidentKind.REAL,
            serviceList,
            description.get(),
            startedAt,
            detectedAt);
    busy.set(true);
    error.set("");
    tasks.run(
        () -> incidents.declare(request),
        (Incident incident) -> {
          busy.set(false);
          declared.accept(incident);
        },
        failure -> {
          busy.set(false);
          error.set(
              failure instanceof ChangeRefusedException
                  ? failure.getMessage()
                  : "could not declare: " + failure.getMessage());
        });
  }
}
