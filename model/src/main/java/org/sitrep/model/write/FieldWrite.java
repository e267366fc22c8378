package org.sitrep.model.write;

/**
 * One synced field an operation sets: its name on the wire and its value (anything Jackson writes
 * as JSON; {@code null} clears the field).
 */
public record FieldWrite(String field, Object value) {}
