package org.sitrep.model.postmortem;

/**
 * A generated postmortem draft: Markdown, redacted, blameless unless names were asked for.
 *
 * @param entriesRead how many log entries the draft was generated from
 */
public record PostmortemDraft(
    String incidentId, boolean namesShown, int entriesRead, String markdown) {}
