package org.sitrep.runbooks.exec;

import java.util.Optional;

/**
 * What a drill shows instead of running a command: the scenario's simulated output for the step (or
 * command) being run. Asked only for drill incidents; a drill never runs a command at all.
 */
public interface CommandSimulator {

  /** The simulated output and exit status. */
  record Simulated(String output, int exitCode, String origin) {}

  /** Empty when the scenario has nothing for this command: the drill shows that instead. */
  Optional<Simulated> simulate(RunRequest request);

  CommandSimulator NONE = request -> Optional.empty();
}
