package org.sitrep.model.vault;

import java.util.Optional;
import org.sitrep.model.action.ActionItem;
import org.sitrep.model.log.LogEntry;

/**
 * What opening a break-glass item left behind: the loud log entry and the "rotate this credential"
 * action item (the one already open for this item on this incident, when there was one).
 */
public record BreakGlassOpening(
    VaultItem item, LogEntry entry, ActionItem rotation, Optional<String> approver) {}
