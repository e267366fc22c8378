package org.sitrep.model.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A drill's clock: how far into the scenario the drill is at any wall time, past or present. Pure
 * arithmetic over the stored segments, so the scorecard of a drill played a month ago measures
 * exactly what the players lived through (pauses excluded, time compression applied).
 */
public record DrillClock(List<ClockSegment> segments) {

  public DrillClock {
    segments = List.copyOf(segments);
    if (segments.isEmpty()) {
      throw new IllegalArgumentException("a drill clock starts with one segment");
    }
  }

  /** A clock started at {@code wall}, running at {@code speed}. */
  public static DrillClock startedAt(Instant wall, int speed) {
    return new DrillClock(List.of(new ClockSegment(wall.toEpochMilli(), 0, speed, false)));
  }

  /** Drill time ("T+…") at wall time {@code wall}; before the start it is zero. */
  public Duration at(Instant wall) {
    long w = wall.toEpochMilli();
    ClockSegment which = segments.get(0);
    for (ClockSegment s : segments) {
      if (s.wallMs() <= w) {
        which = s;
      }
    }
    return Duration.ofMillis(w < which.wallMs() ? which.drillMs() : which.drillAt(w));
  }

  public ClockSegment current() {
    return segments.get(segments.size() - 1);
  }

  public boolean paused() {
    return current().paused();
  }

  public int speed() {
    return current().speed();
  }

  /** The segment that starts at {@code wall} with the given speed and pause state. */
  public ClockSegment next(Instant wall, int speed, boolean paused) {
    return next(wall, speed, paused, Duration.ZERO);
  }

  /** As {@link #next(Instant, int, boolean)}, the drill time moved on by {@code jump}. */
  public ClockSegment next(Instant wall, int speed, boolean paused, Duration jump) {
    long drill = at(wall).plus(jump).toMillis();
    return new ClockSegment(wall.toEpochMilli(), drill, speed, paused);
  }

  public DrillClock with(ClockSegment segment) {
    List<ClockSegment> all = new java.util.ArrayList<>(segments);
    all.add(segment);
    return new DrillClock(all);
  }

  /** "T+12:05" (minutes and seconds; hours when a drill runs that long). */
  public static String say(Duration drillTime) {
    long s = Math.max(0, drillTime.getSeconds());
    return s >= 3600
        ? String.format("T+%d:%02d:%02d", s / 3600, s % 3600 / 60, s % 60)
        : String.format("T+%02d:%02d", s / 60, s % 60);
  }
}
