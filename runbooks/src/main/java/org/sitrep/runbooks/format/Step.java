package org.sitrep.runbooks.format;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing for the responder to do.
 *
 * @param key stable within the runbook: section slug + "/" + the first words of the text (plus
 *     "-2", "-3" for repeats), so checklist runs keep their ticks when other steps are edited
 * @param text the step's first paragraph as Markdown, without the {@code [ ]} and the marker
 * @param notes the rest of the item as Markdown (not the command, not nested steps); may be empty
 * @param variables names used as {@code {{name}}} in the step or its command, first use first
 * @param links {@code [[id]]} links in the step's prose (code is not searched: {@code [[ -f x ]]})
 * @param line the 1-based file line of the step's list marker
 */
public record Step(
    String key,
    String text,
    StepKind kind,
    Optional<Command> command,
    String notes,
    List<String> variables,
    List<RunbookLink> links,
    int line) {

  public Step {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(notes, "notes");
    variables = List.copyOf(variables);
    links = List.copyOf(links);
  }
}
