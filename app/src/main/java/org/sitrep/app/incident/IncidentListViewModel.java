package org.sitrep.app.incident;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.board.IncidentBoard;
import org.sitrep.model.feed.ChangeSet;
import org.sitrep.model.feed.Subscription;
import org.sitrep.model.incident.Incident;

/** The incident list: every incident, newest first, shown through one of four filters. */
public final class IncidentListViewModel {

  /** The list's tabs. Drills get their own so practice never sits among real incidents. */
  public enum Filter {
    ACTIVE("Active", i -> !i.isDrill() && i.status().isActive()),
    RESOLVED("Resolved", i -> !i.isDrill() && !i.status().isActive()),
    DRILLS("Drills", Incident::isDrill),
    ALL("All", i -> true);

    private final String label;
    private final Predicate<Incident> test;

    Filter(String label, Predicate<Incident> test) {
      this.label = label;
      this.test = test;
    }

    public String label() {
      return label;
    }
  }

  private final IncidentBoard board;
  private final Tasks tasks;
  private final Consumer<Throwable> onError;
  private final ObservableList<Incident> all = FXCollections.observableArrayList();
  private final FilteredList<Incident> shown = new FilteredList<>(all, Filter.ACTIVE.test);
  private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(Filter.ACTIVE);

  private Subscription watching;
  private boolean refreshQueued;

  public IncidentListViewModel(IncidentBoard board, Tasks tasks, Consumer<Throwable> onError) {
    this.board = board;
    this.tasks = tasks;
    this.onError = onError;
    filter.addListener((obs, old, now) -> shown.setPredicate(now.test));
  }

  public ObservableList<Incident> incidents() {
    return shown;
  }

  /** Ctrl+Shift+A: active, resolved, drills, all, and round again. */
  public void cycleFilter() {
    Filter[] values = Filter.values();
    filter.set(values[(filter.get().ordinal() + 1) % values.length]);
  }

  public ObjectProperty<Filter> filter() {
    return filter;
  }

  /**
   * While shown: reloads after every committed change to an incident (this window's, a sync's, or
   * another process's on the same file). Call {@link #deactivate} when hidden.
   */
  public void activate() {
    if (watching == null) {
      watching = board.watch(this::changed);
    }
  }

  /** Releases the feed subscription: a hidden list reads nothing. */
  public void deactivate() {
    if (watching != null) {
      watching.release();
      watching = null;
    }
  }

  private void changed(ChangeSet changes) {
    if (changes.touchesKind("incident", "drill")) {
      tasks.onUi(
          () -> {
            // A burst of commits (a sync of many segments) becomes one reload.
            if (!refreshQueued && watching != null) {
              refreshQueued = true;
              refresh(() -> {});
            }
          });
    }
  }

  /** Reloads from the store; {@code then} runs on the UI thread once the list is current. */
  public void refresh(Runnable then) {
    tasks.run(
        board::all,
        (List<Incident> loaded) -> {
          refreshQueued = false;
          all.setAll(loaded);
          then.run();
        },
        failure -> {
          refreshQueued = false;
          onError.accept(failure);
        });
  }

  /** Any loaded incident by id, whatever the filter shows. */
  public java.util.Optional<Incident> find(String id) {
    return all.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /** An incident by its id or a unique part of it ("7KQ2"), as typed on a command line. */
  public java.util.Optional<Incident> findByReference(String reference) {
    String ref = reference.strip().toUpperCase(java.util.Locale.ROOT);
    java.util.Optional<Incident> exact = find(ref);
    if (exact.isPresent()) {
      return exact;
    }
    List<Incident> matches = all.stream().filter(i -> i.id().contains(ref)).toList();
    return matches.size() == 1 ? java.util.Optional.of(matches.get(0)) : java.util.Optional.empty();
  }

  /** Makes sure {@code incident} is visible, switching filter when the current one hides it. */
  public void reveal(Incident incident) {
    if (!filter.get().test.test(incident)) {
      filter.set(
          incident.isDrill()
              ? Filter.DRILLS
              : incident.status().isActive() ? Filter.ACTIVE : Filter.RESOLVED);
    }
  }
}
