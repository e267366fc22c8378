package org.sitrep.model.oncall;

import java.time.Instant;
import java.util.Optional;

/**
 * One layer of one rotation at a moment: who holds it, who is next, and — when the holder is
 * resting after a night page — until when, and who to call instead.
 */
public record OnCallNow(
    Rotation rotation,
    String layer,
    Optional<OnCallShift> now,
    Optional<OnCallShift> next,
    Optional<Instant> restingUntil,
    Optional<String> suggested) {

  /** The person to call first: the suggestion when the holder rests, else the holder. */
  public Optional<String> callFirst() {
    return suggested.or(() -> now.map(OnCallShift::person));
  }
}
