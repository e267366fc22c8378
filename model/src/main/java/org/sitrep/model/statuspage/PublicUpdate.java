package org.sitrep.model.statuspage;

import java.time.Instant;
import org.sitrep.model.comms.UpdatePhase;

/** One update as customers were told it: when, in which phase, the text exactly as sent. */
public record PublicUpdate(Instant at, UpdatePhase phase, String text) {}
