package org.sitrep.runbooks.checklist;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.checklist.ChecklistRun;
import org.sitrep.model.checklist.StepState;
import org.sitrep.model.checklist.StepStatus;
import org.sitrep.runbooks.format.Runbook;
import org.sitrep.runbooks.format.Section;
import org.sitrep.runbooks.format.Step;
import org.sitrep.runbooks.format.StepKind;

/**
 * A checklist run as a responder sees it: the pinned runbook version, each step's state and notes,
 * the variables, progress, and the next step to do.
 */
public record Checklist(
    ChecklistRun run,
    Runbook runbook,
    Map<String, StepState> states,
    Map<String, List<String>> notes) {

  private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_]+)\\s*}}");

  public StepStatus status(Step step) {
    StepState s = states.get(step.key());
    return s == null ? StepStatus.OPEN : s.status();
  }

  public Optional<StepState> state(Step step) {
    return Optional.ofNullable(states.get(step.key()));
  }

  public List<String> notesOf(Step step) {
    return notes.getOrDefault(step.key(), List.of());
  }

  /** The first open step that is not optional, else the first open one: what to do next. */
  public Optional<Step> nextStep() {
    List<Step> open = runbook.steps().stream().filter(s -> status(s) == StepStatus.OPEN).toList();
    return open.stream()
        .filter(s -> s.kind() != StepKind.OPTIONAL)
        .findFirst()
        .or(() -> open.stream().findFirst());
  }

  public Progress progress() {
    return Progress.of(runbook.steps(), this::status);
  }

  public Progress progress(Section section) {
    return Progress.of(section.steps(), this::status);
  }

  /** The value a variable has in this run: what was filled in, else the runbook's default. */
  public Optional<String> value(String variable) {
    String filled = run.variables().get(variable);
    if (filled != null && !filled.isBlank()) {
      return Optional.of(filled);
    }
    return runbook.variables().stream()
        .filter(v -> v.name().equals(variable))
        .findFirst()
        .flatMap(v -> v.defaultValue());
  }

  /**
   * {@code text} with every {@code {{variable}}} that has a value substituted; others stay visible.
   */
  public String fill(String text) {
    Matcher m = VARIABLE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1)).orElse(m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * The step's text as the commander reads it and the log records it: variables with a value filled
   * in, the others left as {@code {{name}}} so the gap stays visible.
   */
  public String stepText(Step step) {
    return fill(step.text());
  }

  public Optional<String> command(Step step) {
    return step.command().map(c -> fill(c.text()));
  }

  /** Done, skipped and total steps. */
  public record Progress(int done, int skipped, int total) {
    static Progress of(List<Step> steps, java.util.function.Function<Step, StepStatus> status) {
      int done = 0;
      int skipped = 0;
      for (Step s : steps) {
        StepStatus st = status.apply(s);
        done += st == StepStatus.DONE ? 1 : 0;
        skipped += st == StepStatus.SKIPPED ? 1 : 0;
      }
      return new Progress(done, skipped, steps.size());
    }

    public boolean finished() {
      return done + skipped == total;
    }
  }
}
