package org.sitrep.model.oncall;

import java.time.Instant;

/**
 * Who holds one layer of a rotation, from when until when, and whether an override put them there.
 */
public record OnCallShift(
    String rotationId, String layer, String person, Instant start, Instant end, boolean override) {}
