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
import org.sitrep.app.common.Tasks;
import org.sitrep.model.board.IncidentBoard;
import org.sitrep.model.board.IncidentBoard.Opened;
import org.sitrep.model.feed.ChangeSet;
import org.sitrep.model.feed.Origin;
import org.sitrep.model.feed.Subscription;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.log.LogEntry;

/**
 * The open incident: its header facts and its timeline, filtered by kind and text. Entries are
 * never removed, as in the store; an entry merged from another laptop can be older than the newest
 * shown, and is put in its place by the clock.
 */
public final class IncidentViewModel {

  /** Causal order, as the store sorts the timeline: hybrid clock, then device. */
  private static final java.util.Comparator<LogEntry> CAUSAL =
      java.util.Comparator.comparingLong((LogEntry e) -> e.hlc().packed())
          .thenComparing(LogEntry::device);

  private final IncidentBoard board;
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
  private final Set<String> shownIds = new java.util.HashSet<>();
  private Subscription watching;
  private boolean refreshQueued;
  private boolean reloadQueued;

  public IncidentViewModel(IncidentBoard board, Tasks tasks, Consumer<Throwable> onError) {
    this.board = board;
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
        () -> board.open(incidentId),
        (Opened loaded) -> {
          corrections.clear();
          finishedIntents.clear();
          finishedIntents.addAll(loaded.finishedIntents());
          entries.setAll(loaded.entries());
          shownIds.clear();
          loaded.entries().forEach(e -> shownIds.add(e.id()));
          loaded.entries().forEach(this::indexCorrection);
          incident.set(loaded.incident());
          then.run();
        },
        onError);
  }

  /**
   * While shown: follows every committed change to the open incident (this window's, a sync's, or
   * another process's on the same file). Call {@link #deactivate} when hidden.
   */
  public void activate() {
    if (watching == null) {
      watching = board.watch(this::changed);
    }
  }

  /** Releases the feed subscription: nothing is read for a timeline not shown. */
  public void deactivate() {
    if (watching != null) {
      watching.release();
      watching = null;
    }
  }

  private void changed(ChangeSet changes) {
    Incident shown = incident.get();
    if (shown == null || !changes.touchesIncident(shown.id())) {
      return;
    }
    // Our own writes only ever add newer entries; merged ones can be older than the newest shown.
    boolean whole = changes.origin() != Origin.LOCAL;
    tasks.onUi(
        () -> {
          if (watching == null) {
            return;
          }
          if (whole && !reloadQueued) {
            reloadQueued = true;
            reload(() -> {});
          } else if (!whole && !refreshQueued) {
            refreshQueued = true;
            refresh(() -> {});
          }
        });
  }

  /**
   * Fetches what was written since the newest entry shown (this laptop's clock only moves forward)
   * and the incident's current header.
   */
  public void refresh(Runnable then) {
    fetch(false, then);
  }

  /**
   * Reads the whole timeline again and adds every entry not shown yet in its place: what a sync or
   * another process brought can be older than the newest entry shown.
   */
  public void reload(Runnable then) {
    fetch(true, then);
  }

  private void fetch(boolean whole, Runnable then) {
    Incident current = incident.get();
    if (current == null) {
      refreshQueued = false;
      reloadQueued = false;
      then.run();
      return;
    }
    long after = whole || entries.isEmpty() ? 0 : entries.get(entries.size() - 1).hlc().packed();
    tasks.run(
        () -> board.since(current.id(), after),
        (Opened loaded) -> {
          if (whole) {
            reloadQueued = false;
          } else {
            refreshQueued = false;
          }
          if (incident.get() == null || !incident.get().id().equals(current.id())) {
            return; // the commander switched incidents meanwhile
          }
          add(loaded.entries());
          // After the add: a redraw requested before it was lost for the cells the add created.
          if (!finishedIntents.equals(loaded.finishedIntents())) {
            finishedIntents.clear();
            finishedIntents.addAll(loaded.finishedIntents());
            commandsSettled.set(commandsSettled.get() + 1);
          }
          if (!loaded.incident().equals(incident.get())) {
            incident.set(loaded.incident());
          }
          then.run();
        },
        failure -> {
          refreshQueued = false;
          reloadQueued = false;
          onError.accept(failure);
        });
  }

  private void add(List<LogEntry> loaded) {
    List<LogEntry> fresh = new ArrayList<>();
    for (LogEntry e : loaded) {
      if (shownIds.add(e.id())) {
        fresh.add(e);
        indexCorrection(e);
      }
    }
    if (fresh.isEmpty()) {
      return;
    }
    LogEntry newest = entries.isEmpty() ? null : entries.get(entries.size() - 1);
    if (newest == null || CAUSAL.compare(fresh.get(0), newest) > 0) {
      entries.addAll(fresh); // the usual case: all after what is shown, one change
      return;
    }
    for (LogEntry e : fresh) {
      int at = java.util.Collections.binarySearch(entries, e, CAUSAL);
      entries.add(at < 0 ? -at - 1 : at, e);
    }
  }

  public void close() {
    incident.set(null);
    entries.clear();
    shownIds.clear();
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
