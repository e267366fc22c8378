package org.sitrep.model.oncall;

import java.time.Instant;

/** One on-call shift read from an iCalendar export: the VEVENT's line, who, from, to. */
public record IcsShift(int line, String person, Instant from, Instant to) {}
