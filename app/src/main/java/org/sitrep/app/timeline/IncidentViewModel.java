package org.sitrep.app.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.sitrep.app.shell.Tasks;
import org.sitrep.model.command.CommandLog;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.store.Workspace;

/**
 * The open incident: its header facts and its timeline, filtered by kind and text. Entries are only
 * ever appended here, as they are in the store.
 */
public final class IncidentViewModel {

  private record Loaded(Incident incident, List<LogEntry> entries, Set<String> finished) {}

  private final Workspace workspace;
  private final Tasks tasks;
  private final Consumer<Throwable> onError;
  private final ReadOnlyObjectWrapper<Incident> incident = new ReadOnlyObjectWrapper<>();
  private final ObservableList<LogEntry> entries = FXCollections.observableArrayList();
  private final FilteredList<LogEntry> visible = new FilteredList<>(entries, e -> true);
  private final Map<String, List<LogEntry>> corrections = new HashMap<>();
  private final StringProperty filterText = new SimpleStringProperty("");
  private final ObjectProperty<EntryKind> kindFilter = new SimpleObjectProperty<>();
  private final javafx.beans.property.IntegerProperty correctionsSeen =
      new javafx.beans.property.SimpleIntegerProperty();
  private final Set<String> finishedIntents = new java.util.HashSet<>();
  private final javafx.beans.property.IntegerProperty commandsSettled =
      new javafx.beans.property.SimpleIntegerProperty();

  public IncidentViewModel(Workspace workspace, Tasks tasks, Consumer<Throwable> onError) {
    this.workspace = workspace;
    this.tasks = tasks;
    this.onError = onError;
    filterText.addListener((obs, o, n) -> applyFilter());
    kindFilter.addListener((obs, o, n) -> applyFilter());
  }

  public ReadOnlyObjectProperty<Incident> incident() {
    return incident.getReadOnlyProperty();
  }

  /** The timeline as shown: all entries, or those passing the filters. */
  public ObservableList<LogEntry> visibleEntries() {
    return visible;
  }

  public int totalEntries() {
    return entries.size();
  }

  public StringProperty filterText() {
    return filterText;
  }

  public ObjectProperty<EntryKind> kindFilter() {
    return kindFilter;
  }

  /** Corrections written against {@code entryId}, oldest first: shown beside the original. */
  public List<LogEntry> correctionsOf(String entryId) {
    return corrections.getOrDefault(entryId, List.of());
  }

  public void open(String incidentId, Runnable then) {
    tasks.run(
        () ->
            workspace.read(
                dsl ->
                    new Loaded(
                        IncidentRepository.get(dsl, incidentId),
                        LogRepository.timeline(dsl, incidentId),
                        CommandLog.finishedIntents(dsl, incidentId))),
        (Loaded loaded) -> {
          corrections.clear();
          finishedIntents.clear();
          finishedIntents.addAll(loaded.finished());
          entries.setAll(loaded.entries());
          loaded.entries().forEach(this::indexCorrection);
          incident.set(loaded.incident());
          then.run();
        },
        onError);
  }

  /**
   * Fetches what was written since the newest entry shown (by this window, or by the CLI or a
   * second window on the same file) and the incident's current header.
   */
  public void refresh(Runnable then) {
    Incident current = incident.get();
    if (current == null) {
      then.run();
      return;
    }
    long after = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).hlc().packed();
    tasks.run(
        () ->
            workspace.read(
                dsl ->
                    new Loaded(
                        IncidentRepository.get(dsl, current.id()),
                        LogRepository.timelineAfter(dsl, current.id(), after),
                        CommandLog.finishedIntents(dsl, current.id()))),
        (Loaded loaded) -> {
          if (incident.get() == null || !incident.get().id().equals(current.id())) {
            return; // the commander switched incidents meanwhile
          }
          List<LogEntry> fresh = new ArrayList<>();
          for (LogEntry e : loaded.entries()) {
            if (entries.stream().noneMatch(x -> x.id().equals(e.id()))) {
              fresh.add(e);
              indexCorrection(e);
            }
          }
          entries.addAll(fresh);
          // After the add: a redraw requested before it was lost for the cells the add created.
          if (!finishedIntents.equals(loaded.finished())) {
            finishedIntents.clear();
            finishedIntents.addAll(loaded.finished());
            commandsSettled.set(commandsSettled.get() + 1);
          }
          if (!loaded.incident().equals(incident.get())) {
            incident.set(loaded.incident());
          }
          then.run();
        },
        onError);
  }

  public void close() {
    incident.set(null);
    entries.clear();
    corrections.clear();
  }

  /**
   * For a command's intent entry: whether its result is in the log. An intent without one is either
   * still running or its outcome is unknown (a crash between the two).
   */
  public boolean hasResult(LogEntry intent) {
    return finishedIntents.contains(intent.id());
  }

  /** Counts results that arrived for intents already shown; the view redraws them. */
  public ReadOnlyIntegerProperty commandsSettled() {
    return commandsSettled;
  }

  /** Counts corrections received; the view redraws the originals when it changes. */
  public ReadOnlyIntegerProperty correctionsSeen() {
    return correctionsSeen;
  }

  private void indexCorrection(LogEntry e) {
    e.corrects()
        .ifPresent(
            original -> {
              corrections.computeIfAbsent(original, k -> new ArrayList<>()).add(e);
              correctionsSeen.set(correctionsSeen.get() + 1);
            });
  }

  private void applyFilter() {
    String words =
        filterText.get() == null ? "" : filterText.get().strip().toLowerCase(Locale.ROOT);
    EntryKind kind = kindFilter.get();
    visible.setPredicate(
        e ->
            (kind == null || e.kind() == kind)
                && (words.isEmpty()
                    || e.text().toLowerCase(Locale.ROOT).contains(words)
                    || e.author().toLowerCase(Locale.ROOT).contains(words)));
  }
}
