package org.sitrep.app.shell;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/**
 * Real time plus a jump the test makes: the window's clocks and the domain scheduler keep running
 * as in use, and "an hour later" is one call instead of an hour.
 */
final class MovingClock implements InstantSource {

  private volatile Duration ahead = Duration.ZERO;

  @Override
  public Instant instant() {
    return Instant.now().plus(ahead);
  }

  void jump(Duration d) {
    ahead = ahead.plus(d);
  }
}
