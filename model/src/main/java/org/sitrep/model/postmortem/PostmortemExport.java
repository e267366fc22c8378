package org.sitrep.model.postmortem;

import java.util.List;
import java.util.Optional;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.store.Workspace;

/**
 * A postmortem as a file: Markdown or one self-contained HTML page. A stored postmortem is exported
 * as people edited it, run through the blameless and redaction passes again (prose is typed by
 * people, who name names); with {@code names}, the generated sections come from a fresh private
 * draft and people's edits are laid over them, in memory only. No stored postmortem: a fresh draft.
 */
public final class PostmortemExport {

  /** The text, and whether it came from a stored (reviewed) postmortem or a fresh draft. */
  public record Exported(String text, boolean stored, long entriesInLog) {}

  private final Workspace workspace;
  private final PostmortemGenerator generator;

  public PostmortemExport(Workspace workspace) {
    this.workspace = workspace;
    this.generator = new PostmortemGenerator(workspace);
  }

  public Exported markdown(String incidentId, boolean names) {
    PostmortemFacts facts = generator.facts(incidentId);
    Optional<Postmortem> pm = workspace.read(dsl -> PostmortemRepository.find(dsl, incidentId));
    return new Exported(text(facts, pm, names), pm.isPresent(), facts.entriesInLog());
  }

  public Exported html(String incidentId, boolean names) {
    PostmortemFacts facts = generator.facts(incidentId);
    Optional<Postmortem> pm = workspace.read(dsl -> PostmortemRepository.find(dsl, incidentId));
    List<LogEntry> ticks = facts.entries().stream().filter(TimelineSection::significant).toList();
    String page = PostmortemHtml.page(facts.incident(), ticks, text(facts, pm, names), pm);
    return new Exported(page, pm.isPresent(), facts.entriesInLog());
  }

  private String text(PostmortemFacts facts, Optional<Postmortem> pm, boolean names) {
    if (pm.isEmpty()) {
      return generator.draft(facts, names).markdown();
    }
    if (!names) {
      return generator.blameless(facts, pm.get().markdown());
    }
    String fresh = generator.draft(facts, true).markdown();
    Regeneration.Result merged = Regeneration.merge(pm.get().sections(), Sections.split(fresh));
    String text =
        Sections.join(
            merged.sections().stream()
                .filter(s -> !s.removed())
                .map(PostmortemSection::text)
                .toList());
    return Redaction.apply(workspace.redactor(), text);
  }
}
