package org.sitrep.model.outbox;

import org.sitrep.model.clock.Hlc;

/**
 * One changed field, as sync will ship it: which device wrote it (and its per-device sequence
 * number, which makes {@code device:seq} the operation's id), when by the hybrid clock, and the new
 * value as JSON.
 */
public record OutboxOperation(
    String device,
    long seq,
    Hlc hlc,
    String entity,
    String entityId,
    String field,
    String valueJson) {

  public String id() {
    return device + ":" + seq;
  }
}
