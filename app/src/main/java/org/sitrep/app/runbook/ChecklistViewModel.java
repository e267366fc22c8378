package org.sitrep.app.runbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.NotFoundException;
import org.sitrep.model.checklist.StepStatus;
import org.sitrep.runbooks.checklist.Checklist;
import org.sitrep.runbooks.checklist.ChecklistService;
import org.sitrep.runbooks.format.Section;
import org.sitrep.runbooks.format.Step;

/**
 * The open incident's checklists: always loaded from the store, so a restarted app resumes every
 * run exactly where it was. One run is shown at a time; its steps are flattened into rows (a
 * heading row per section, then its steps). Every change goes through {@link ChecklistService}
 * (which logs it) and then reloads the run; a refusal is shown in place as {@link #problem()}.
 */
public final class ChecklistViewModel {

  /** One line of the checklist: a section heading ({@code step} null) or a step. */
  public record Row(Checklist checklist, Section section, Step step) {
    public boolean isHeading() {
      return step == null;
    }

    public StepStatus status() {
      return step == null ? StepStatus.OPEN : checklist.status(step);
    }

    /** True for the step to do next: the one to highlight. */
    public boolean isNext() {
      return step != null
          && checklist.nextStep().map(s -> s.key().equals(step.key())).orElse(false);
    }

    /** The step's text with the run's variables filled in (empty for a heading). */
    public String text() {
      return step == null ? "" : checklist.stepText(step);
    }

    public Optional<String> command() {
      return step == null ? Optional.empty() : checklist.command(step);
    }

    /**
     * True when R may send the command to the console: a shell block. A {@code promql}, {@code
     * yaml} or {@code json} block is shown for reference only.
     */
    public boolean runnable() {
      return step != null
          && step.command().map(org.sitrep.runbooks.format.Command::runnable).orElse(false);
    }

    /** The notes written on this step, without the log entry's "runbook: Note on …" prefix. */
    public List<String> notes() {
      return step == null
          ? List.of()
          : checklist.notesOf(step).stream().map(ChecklistViewModel::noteText).toList();
    }
  }

  private final ChecklistService service;
  private final Tasks tasks;
  private final Consumer<Throwable> onError;
  private final Runnable changed;
  private final ObservableList<Checklist> runs = FXCollections.observableArrayList();
  private final ObjectProperty<Checklist> current = new SimpleObjectProperty<>();
  private final ObservableList<Row> rows = FXCollections.observableArrayList();
  private final StringProperty progress = new SimpleStringProperty("");
  private final StringProperty problem = new SimpleStringProperty("");
  // Replaced whole from the background load, read on the FX thread: volatile is enough.
  private volatile java.util.Map<String, String> runbookTitles = java.util.Map.of();
  private String incidentId;

  /**
   * @param changed runs after every change that was logged (the window refreshes the timeline)
   */
  public ChecklistViewModel(
      ChecklistService service, Tasks tasks, Consumer<Throwable> onError, Runnable changed) {
    this.service = service;
    this.tasks = tasks;
    this.onError = onError;
    this.changed = changed;
  }

  public ObservableList<Checklist> runs() {
    return runs;
  }

  public ObjectProperty<Checklist> current() {
    return current;
  }

  public ObservableList<Row> rows() {
    return rows;
  }

  /** "7 of 20 done, 2 skipped" for the shown run. */
  public StringProperty progress() {
    return progress;
  }

  /** Why the last change was refused; empty when it was not. */
  public StringProperty problem() {
    return problem;
  }

  /** Loads the incident's runs from the store, keeping the shown run when it is still there. */
  public void load(String incidentId, Runnable done) {
    boolean sameIncident = incidentId.equals(this.incidentId);
    this.incidentId = incidentId;
    String shown = sameIncident && current.get() != null ? current.get().run().id() : null;
    tasks.run(
        () -> {
          runbookTitles = service.runbookTitles();
          return service.checklistsOf(incidentId);
        },
        (List<Checklist> found) -> {
          if (!incidentId.equals(this.incidentId)) {
            return; // another incident was opened meanwhile
          }
          runs.setAll(found);
          Checklist show =
              found.stream()
                  .filter(c -> c.run().id().equals(shown))
                  .findFirst()
                  .orElse(found.isEmpty() ? null : found.get(found.size() - 1));
          show(show);
          problem.set("");
          done.run();
        },
        onError);
  }

  /** Starts a run of {@code runbookId} on the open incident and shows it. */
  public void attach(String runbookId, Consumer<Checklist> done) {
    String incident = incidentId;
    if (incident == null) {
      return;
    }
    tasks.run(
        () -> service.attach(incident, runbookId),
        (Checklist started) -> {
          if (incident.equals(incidentId)) {
            runs.add(started);
            show(started);
          }
          changed.run();
          done.accept(started);
        },
        this::failed);
  }

  /** Shows another of the incident's runs. */
  public void show(Checklist checklist) {
    current.set(checklist);
    if (checklist == null) {
      rows.clear();
      progress.set("");
      return;
    }
    List<Row> all = new ArrayList<>();
    for (Section section : checklist.runbook().sections()) {
      if (section.steps().isEmpty()) {
        continue;
      }
      all.add(new Row(checklist, section, null));
      for (Step step : section.steps()) {
        all.add(new Row(checklist, section, step));
      }
    }
    rows.setAll(all);
    progress.set(progressText(checklist.progress()));
  }

  /** The index in {@link #rows()} of the step to do next, or -1 when every step is closed. */
  public int nextRow() {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).isNext()) {
        return i;
      }
    }
    return -1;
  }

  /** The row of a step by key, or -1. */
  public int rowOf(String stepKey) {
    for (int i = 0; i < rows.size(); i++) {
      Step step = rows.get(i).step();
      if (step != null && step.key().equals(stepKey)) {
        return i;
      }
    }
    return -1;
  }

  /** Done when open, open again when done or skipped. */
  public void toggle(Row row, Runnable done) {
    if (row.isHeading()) {
      return;
    }
    String run = row.checklist().run().id();
    String key = row.step().key();
    change(
        row.status() == StepStatus.OPEN
            ? () -> service.check(run, key)
            : () -> service.uncheck(run, key),
        done);
  }

  public void skip(Row row, String reason, Runnable done) {
    String run = row.checklist().run().id();
    String key = row.step().key();
    change(() -> service.skip(run, key, reason), done);
  }

  public void annotate(Row row, String text, Runnable done) {
    String run = row.checklist().run().id();
    String key = row.step().key();
    change(() -> service.annotate(run, key, text), done);
  }

  public void assign(Row row, String person, Runnable done) {
    String run = row.checklist().run().id();
    String key = row.step().key();
    change(() -> service.assign(run, key, person), done);
  }

  public void setVariable(String name, String value, Runnable done) {
    Checklist c = current.get();
    if (c == null) {
      return;
    }
    String run = c.run().id();
    change(() -> service.setVariable(run, name, value), done);
  }

  /** The title of the runbook a {@code [[id]]} link names, or the id when there is none. */
  public String runbookName(String runbookId) {
    return runbookTitles.getOrDefault(runbookId, runbookId);
  }

  /** The value a variable has in the shown run (filled in, else the runbook's default). */
  public String value(String variable) {
    Checklist c = current.get();
    return c == null ? "" : c.value(variable).orElse("");
  }

  public static String progressText(Checklist.Progress p) {
    return p.done()
        + " of "
        + p.total()
        + " done"
        + (p.skipped() > 0 ? ", " + p.skipped() + " skipped" : "");
  }

  /** "Title (v1): Note on “step”: the note" → "the note". */
  static String noteText(String entryText) {
    int at = entryText.indexOf("”: ");
    return at < 0 ? entryText : entryText.substring(at + 3);
  }

  private void change(Supplier<?> work, Runnable done) {
    Checklist c = current.get();
    if (c == null) {
      return;
    }
    String runId = c.run().id();
    problem.set("");
    tasks.run(
        () -> {
          work.get();
          return service.checklist(runId);
        },
        (Checklist updated) -> {
          for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).run().id().equals(runId)) {
              runs.set(i, updated);
            }
          }
          if (current.get() != null && current.get().run().id().equals(runId)) {
            show(updated);
          }
          changed.run();
          done.run();
        },
        this::failed);
  }

  private void failed(Throwable failure) {
    if (failure instanceof ChangeRefusedException || failure instanceof NotFoundException) {
      problem.set(failure.getMessage());
    } else {
      onError.accept(failure);
    }
  }
}
