package org.sitrep.model.command;

import java.util.Objects;
import java.util.Optional;

/**
 * What is about to run, written to the log before it runs: a crash between intent and result leaves
 * the intent visible as "outcome unknown" rather than losing that anything was run.
 *
 * @param target the host name, or {@code local} for this laptop
 * @param destination {@code user@address[:port]} (and the jump host), or the local user
 * @param source where the command came from: "console", or the runbook, version and step
 */
public record CommandIntent(
    String incidentId,
    String target,
    String destination,
    String environment,
    String command,
    String source,
    Optional<String> via) {

  public CommandIntent {
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(command, "command");
    destination = destination == null ? "" : destination;
    environment = environment == null ? "" : environment;
    source = source == null || source.isBlank() ? "console" : source;
    via = via == null ? Optional.empty() : via;
  }
}
