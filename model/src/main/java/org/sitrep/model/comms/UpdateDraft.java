package org.sitrep.model.comms;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.comms.wording.Warning;

/**
 * An update being written: the template it started from, the text as it stands, the next update it
 * promises, and the wording checks' warnings on that text.
 */
public record UpdateDraft(
    String incidentId,
    UpdateTemplate template,
    String text,
    Optional<Instant> nextUpdate,
    List<Warning> warnings) {

  public UpdateDraft {
    warnings = List.copyOf(warnings);
  }
}
