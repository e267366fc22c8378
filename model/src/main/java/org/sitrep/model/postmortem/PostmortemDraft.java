package org.sitrep.model.postmortem;

/**
 * A generated postmortem draft: Markdown, redacted, blameless unless names were asked for.
 *
 * @param entriesInLog how many entries the incident's log holds (the draft reads only those it can
 *     show)
 */
public record PostmortemDraft(
    String incidentId, boolean namesShown, long entriesInLog, String markdown) {}
