package org.sitrep.app.search;

import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.board.IncidentBoard;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.log.LogQuery;
import org.sitrep.model.log.SearchHit;

/**
 * Search across every incident's log: words (newest matches first, ADR 4), and filters by kind,
 * author and how far back. Each change of the query runs one search; an older answer arriving late
 * is dropped.
 */
public final class LogSearchViewModel {

  /** How far back to look. */
  public enum Since {
    ANY("any time", null),
    HOUR("last hour", Duration.ofHours(1)),
    DAY("last 24 h", Duration.ofDays(1)),
    WEEK("last 7 days", Duration.ofDays(7));

    private final String label;
    private final Duration window;

    Since(String label, Duration window) {
      this.label = label;
      this.window = window;
    }

    public String label() {
      return label;
    }
  }

  private final IncidentBoard board;
  private final InstantSource clock;
  private final Tasks tasks;
  private final Consumer<Throwable> onError;
  private final StringProperty words = new SimpleStringProperty("");
  private final StringProperty author = new SimpleStringProperty("");
  private final ObjectProperty<EntryKind> kind = new SimpleObjectProperty<>();
  private final ObjectProperty<Since> since = new SimpleObjectProperty<>(Since.ANY);
  private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
  private final StringProperty summary =
      new SimpleStringProperty("Type to search every incident's log.");
  private long generation;

  public LogSearchViewModel(
      IncidentBoard board, InstantSource clock, Tasks tasks, Consumer<Throwable> onError) {
    this.board = board;
    this.clock = clock;
    this.tasks = tasks;
    this.onError = onError;
    words.addListener((o, a, b) -> search());
    author.addListener((o, a, b) -> search());
    kind.addListener((o, a, b) -> search());
    since.addListener((o, a, b) -> search());
  }

  public StringProperty words() {
    return words;
  }

  public StringProperty author() {
    return author;
  }

  public ObjectProperty<EntryKind> kind() {
    return kind;
  }

  public ObjectProperty<Since> since() {
    return since;
  }

  public ObservableList<SearchHit> hits() {
    return hits;
  }

  public StringProperty summary() {
    return summary;
  }

  void search() {
    if (words.get().isBlank()
        && author.get().isBlank()
        && kind.get() == null
        && since.get() == Since.ANY) {
      hits.clear();
      summary.set("Type to search every incident's log.");
      return;
    }
    Duration window = since.get().window;
    LogQuery query =
        new LogQuery(
            words.get(),
            Optional.empty(),
            kind.get() == null ? Set.of() : Set.of(kind.get()),
            author.get().isBlank() ? Optional.empty() : Optional.of(author.get().strip()),
            window == null ? Optional.empty() : Optional.of(clock.instant().minus(window)),
            Optional.empty(),
            100);
    long mine = ++generation;
    tasks.run(
        () -> board.search(query),
        (List<SearchHit> found) -> {
          if (mine != generation) {
            return; // a newer query is on its way
          }
          hits.setAll(found);
          summary.set(
              found.isEmpty()
                  ? "No entries match."
                  : found.size() == 100
                      ? "First 100 matches, newest first."
                      : found.size() + " matches, newest first.");
        },
        onError);
  }
}
