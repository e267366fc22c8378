package org.sitrep.model.delivery;

import java.time.Instant;
import java.util.Optional;

/**
 * The Sitrep process sending a delivery. A delivery left "sending" by a process that is gone was
 * cut off mid-request (kill -9, power loss): it is queued again. One still sending in a live
 * process (the window while the CLI runs) is left alone, so the two never send it twice at once.
 */
record SenderProcess(long pid, Optional<Long> startMs) {

  private static final ProcessHandle SELF_HANDLE = ProcessHandle.current();

  static final SenderProcess SELF =
      new SenderProcess(
          SELF_HANDLE.pid(), SELF_HANDLE.info().startInstant().map(Instant::toEpochMilli));

  boolean isAlive() {
    if (pid < 0) {
      return false;
    }
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .map(
            h -> {
              Optional<Long> start = h.info().startInstant().map(Instant::toEpochMilli);
              // Without start times a live pid counts as the same process: two senders at once
              // would be the worse mistake.
              return startMs.isEmpty() || start.isEmpty() || startMs.equals(start);
            })
        .orElse(false);
  }
}
