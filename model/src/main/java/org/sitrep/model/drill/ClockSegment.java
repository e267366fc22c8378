package org.sitrep.model.drill;

/**
 * One stretch of a drill's clock: from wall time {@code wallMs} on, drill time runs from {@code
 * drillMs} at {@code speed} times real time, or stands still while {@code paused}.
 */
public record ClockSegment(long wallMs, long drillMs, int speed, boolean paused) {

  public static final int MAX_SPEED = 600;

  public ClockSegment {
    if (speed < 1 || speed > MAX_SPEED) {
      throw new IllegalArgumentException(
          "drill speed must be 1 to " + MAX_SPEED + ", not " + speed);
    }
  }

  /** Drill time at {@code wall}, which must not be before this segment starts. */
  long drillAt(long wall) {
    return paused ? drillMs : drillMs + Math.max(0, wall - wallMs) * speed;
  }
}
