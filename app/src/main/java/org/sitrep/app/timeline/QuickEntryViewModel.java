package org.sitrep.app.timeline;

import java.time.InstantSource;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.entry.Completions;
import org.sitrep.model.entry.QuickEntry;
import org.sitrep.model.entry.QuickEntryException;
import org.sitrep.model.entry.QuickEntryParser;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.log.LogEntry;

/**
 * The scribe's line: what is typed, what it could complete to, and why it was refused. A refused
 * line stays in the box so nothing typed under stress is lost.
 */
public final class QuickEntryViewModel {

  private final IncidentService incidents;
  private final InstantSource clock;
  private final Tasks tasks;
  private final StringProperty text = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private final IntegerProperty errorStart = new SimpleIntegerProperty(-1);
  private final IntegerProperty errorEnd = new SimpleIntegerProperty(-1);
  private final ObservableList<Completions.Suggestion> suggestions =
      FXCollections.observableArrayList();
  private final IntegerProperty selectedSuggestion = new SimpleIntegerProperty(0);
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final ObjectProperty<LogEntry> correcting = new SimpleObjectProperty<>();
  private java.util.function.BiFunction<String, String, LogEntry> pager;

  public QuickEntryViewModel(IncidentService incidents, InstantSource clock, Tasks tasks) {
    this.incidents = incidents;
    this.clock = clock;
    this.tasks = tasks;
    text.addListener(
        (obs, old, now) -> {
          error.set("");
          errorStart.set(-1);
          errorEnd.set(-1);
          suggestions.setAll(Completions.forLine(now));
          selectedSuggestion.set(0);
        });
  }

  /** Carries out {@code /page TARGET}: (incident id, target) → the entry that says it started. */
  public void setPager(java.util.function.BiFunction<String, String, LogEntry> pager) {
    this.pager = pager;
  }

  public StringProperty text() {
    return text;
  }

  public StringProperty error() {
    return error;
  }

  public IntegerProperty errorStart() {
    return errorStart;
  }

  public IntegerProperty errorEnd() {
    return errorEnd;
  }

  public ObservableList<Completions.Suggestion> suggestions() {
    return suggestions;
  }

  public IntegerProperty selectedSuggestion() {
    return selectedSuggestion;
  }

  /** The entry the next line corrects, or null for a normal line. */
  public ObjectProperty<LogEntry> correcting() {
    return correcting;
  }

  /** Starts a correction of {@code entry}: the next line is written as a correction of it. */
  public void startCorrection(LogEntry entry) {
    correcting.set(entry);
    text.set("");
  }

  public void cancel() {
    correcting.set(null);
    text.set("");
  }

  public ReadOnlyBooleanProperty busy() {
    return busy.getReadOnlyProperty();
  }

  /** Tab: takes the highlighted suggestion. Returns false when there was none. */
  public boolean complete() {
    if (suggestions.isEmpty()) {
      return false;
    }
    int i = Math.min(Math.max(selectedSuggestion.get(), 0), suggestions.size() - 1);
    text.set(suggestions.get(i).line());
    return true;
  }

  public void moveSuggestion(int delta) {
    if (!suggestions.isEmpty()) {
      selectedSuggestion.set(Math.floorMod(selectedSuggestion.get() + delta, suggestions.size()));
    }
  }

  /**
   * Enter: parses and writes the line to {@code incidentId}'s log. {@code written} gets the entry
   * on the UI thread; the box is cleared only then.
   */
  public void submit(String incidentId, Consumer<LogEntry> written) {
    if (busy.get() || incidentId == null) {
      return;
    }
    String line = text.get();
    LogEntry corrected = correcting.get();
    Supplier<LogEntry> write;
    if (corrected != null) {
      // A correction is free text: a leading slash is part of what the commander meant to say.
      write = () -> incidents.correct(corrected.id(), line);
    } else {
      try {
        QuickEntry entry = QuickEntryParser.parse(line, clock.instant());
        if (entry instanceof QuickEntry.PageRequest page && pager != null) {
          write = () -> pager.apply(incidentId, page.target());
        } else {
          write = () -> entry.applyTo(incidents, incidentId);
        }
      } catch (QuickEntryException e) {
        showError(e.getMessage(), e.start(), e.end());
        return;
      }
    }
    busy.set(true);
    tasks.run(
        write,
        (LogEntry logged) -> {
          busy.set(false);
          correcting.set(null);
          text.set("");
          written.accept(logged);
        },
        failure -> {
          busy.set(false);
          if (failure instanceof ChangeRefusedException) {
            showError(failure.getMessage(), -1, -1);
          } else {
            showError(
                "could not write the entry: " + failure.getMessage() + " — your text is still here",
                -1,
                -1);
          }
        });
  }

  private void showError(String message, int start, int end) {
    error.set(message);
    errorStart.set(start);
    errorEnd.set(end);
  }

  List<Completions.Suggestion> currentSuggestions() {
    return List.copyOf(suggestions);
  }
}
