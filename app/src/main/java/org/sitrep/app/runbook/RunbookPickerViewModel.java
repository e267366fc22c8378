package org.sitrep.app.runbook;

import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.runbook.RunbookHit;
import org.sitrep.model.runbook.RunbookVersion;
import org.sitrep.runbooks.library.RunbookLibrary;

/**
 * Ctrl+R: the runbook library searched as you type (ranked; an empty query lists every runbook by
 * title). An older answer arriving after a newer query is dropped.
 */
public final class RunbookPickerViewModel {

  /** Runbooks not reviewed for this many days are marked stale. */
  public static final int STALE_AFTER_DAYS = 180;

  private static final int LIMIT = 50;

  private final RunbookLibrary library;
  private final InstantSource clock;
  private final Tasks tasks;
  private final Consumer<Throwable> onError;
  private final StringProperty words = new SimpleStringProperty("");
  private final ObservableList<RunbookHit> hits = FXCollections.observableArrayList();
  private final StringProperty summary = new SimpleStringProperty("");
  private long generation;

  public RunbookPickerViewModel(
      RunbookLibrary library, InstantSource clock, Tasks tasks, Consumer<Throwable> onError) {
    this.library = library;
    this.clock = clock;
    this.tasks = tasks;
    this.onError = onError;
    words.addListener((o, a, b) -> search());
  }

  public StringProperty words() {
    return words;
  }

  public ObservableList<RunbookHit> hits() {
    return hits;
  }

  public StringProperty summary() {
    return summary;
  }

  /** Not reviewed in the last {@link #STALE_AFTER_DAYS} days (or never): worth a second look. */
  public boolean isStale(RunbookVersion runbook) {
    return runbook.isStale(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), STALE_AFTER_DAYS);
  }

  public void search() {
    String query = words.get();
    long mine = ++generation;
    tasks.run(
        () -> library.search(query, LIMIT),
        (List<RunbookHit> found) -> {
          if (mine != generation) {
            return;
          }
          hits.setAll(found);
          summary.set(
              found.isEmpty()
                  ? (query.isBlank()
                      ? "The runbook library is empty: import runbooks with ./sitrep runbook import."
                      : "No runbook matches.")
                  : query.isBlank()
                      ? found.size() + " runbooks, by title."
                      : found.size()
                          + (found.size() == 1 ? " match" : " matches")
                          + ", best first.");
        },
        onError);
  }
}
