package org.sitrep.model.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** A wall clock a test moves by hand: forward, backward, or not at all. */
public final class SteppingClock implements InstantSource {

  private volatile Instant now;

  public SteppingClock(Instant start) {
    this.now = start;
  }

  public static SteppingClock at(String iso) {
    return new SteppingClock(Instant.parse(iso));
  }

  @Override
  public Instant instant() {
    return now;
  }

  public void set(Instant t) {
    now = t;
  }

  public void advance(Duration d) {
    now = now.plus(d);
  }
}
