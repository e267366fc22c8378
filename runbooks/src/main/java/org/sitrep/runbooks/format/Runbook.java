package org.sitrep.runbooks.format;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One runbook file, read.
 *
 * @param severityHints the {@code severity} field: when to reach for this runbook (e.g. SEV1)
 * @param intro Markdown before the first step (headings left out): context for the responder
 * @param links every {@code [[id]]} in the body's prose, steps and intro alike
 * @param plain true when the file had no front matter (a wiki page imported as it is)
 * @param source the file's text exactly as given to the parser
 * @param fieldPositions where each front-matter field's value starts, by field name; empty for
 *     plain files. The linter points its problems (stale {@code reviewed}, duplicate {@code id})
 *     here.
 */
public record Runbook(
    String id,
    String title,
    Optional<Integer> version,
    Optional<String> owner,
    List<String> tags,
    List<String> services,
    List<String> severityHints,
    Optional<LocalDate> reviewed,
    List<Variable> variables,
    String intro,
    List<Section> sections,
    List<RunbookLink> links,
    boolean plain,
    String source,
    Map<String, Position> fieldPositions) {

  public Runbook {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(owner, "owner");
    tags = List.copyOf(tags);
    services = List.copyOf(services);
    severityHints = List.copyOf(severityHints);
    Objects.requireNonNull(reviewed, "reviewed");
    variables = List.copyOf(variables);
    Objects.requireNonNull(intro, "intro");
    sections = List.copyOf(sections);
    links = List.copyOf(links);
    Objects.requireNonNull(source, "source");
    fieldPositions = Map.copyOf(fieldPositions);
  }

  /** Every step, section by section. */
  public List<Step> steps() {
    return sections.stream().flatMap(section -> section.steps().stream()).toList();
  }

  /** Where a front-matter field's value is, or the top of the file when it has none. */
  public Position positionOf(String field) {
    return fieldPositions.getOrDefault(field, Position.START);
  }
}
