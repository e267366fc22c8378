package org.sitrep.runbooks.exec;

import java.io.OutputStream;
import java.util.Optional;

/** Runs one command somewhere (this laptop, a host over SSH) until it ends or must stop. */
public interface Executor {

  /**
   * How it ended: the exit status when it exited by itself, or why Sitrep stopped it.
   *
   * @param exitCode empty when the process was killed or the status never arrived
   */
  record Exit(Optional<Integer> exitCode, Optional<Stopper.Reason> stoppedBy) {}

  /**
   * Runs {@code command}, writing its streams as they arrive, and stops it (and everything it
   * started) when the stopper says so.
   *
   * @throws CommandNotRun when it could not be started at all (nothing ran)
   */
  Exit run(String command, OutputStream stdout, OutputStream stderr, Stopper stopper)
      throws CommandNotRun;
}
