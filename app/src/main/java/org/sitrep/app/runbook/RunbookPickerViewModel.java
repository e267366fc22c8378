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
import org.sitrep.model.log.SearchHit;
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
  // Replaced whole from the background search, read on the FX thread: volatile is enough.
  private volatile java.util.Map<String, String> titles = java.util.Map.of();
  private static final java.util.regex.Pattern MARKED_LINK =
      java.util.regex.Pattern.compile("\\[\\[([^\\[\\]\\n]+?)\\]\\]");

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

  /**
   * A hit's snippet with its {@code [[id]]} links named. A matched word inside a link (the search
   * was "failover") marks the whole name as matched.
   */
  public List<SearchHit.Fragment> namedSnippet(List<SearchHit.Fragment> snippet) {
    StringBuilder marked = new StringBuilder();
    for (SearchHit.Fragment f : snippet) {
      marked.append(f.matched() ? "\u0002" + f.text() + "\u0003" : f.text());
    }
    java.util.regex.Matcher m = MARKED_LINK.matcher(marked);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String raw = m.group(1);
      String id = raw.replace("\u0002", "").replace("\u0003", "").strip();
      String name = titles.getOrDefault(id, id);
      m.appendReplacement(
          out,
          java.util.regex.Matcher.quoteReplacement(
              raw.indexOf('\u0002') >= 0 ? "\u0002" + name + "\u0003" : name));
    }
    m.appendTail(out);
    return org.sitrep.model.log.LogSearch.fragments(out.toString());
  }

  public void search() {
    String query = words.get();
    long mine = ++generation;
    tasks.run(
        () -> {
          titles = library.titles();
          return library.search(query, LIMIT);
        },
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
