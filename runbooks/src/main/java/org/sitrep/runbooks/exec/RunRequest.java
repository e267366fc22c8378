package org.sitrep.runbooks.exec;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.host.Host;

/**
 * One command to run for an incident.
 *
 * @param host the host to run on; empty runs on this laptop
 * @param source where the command came from: "console", or the runbook step
 * @param confirmation what the operator typed to confirm (the host name), when it was asked for
 */
public record RunRequest(
    String incidentId,
    Optional<Host> host,
    String command,
    String source,
    Duration timeout,
    Optional<String> confirmation) {

  public static final String LOCAL = "local";
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

  public RunRequest {
    Objects.requireNonNull(incidentId, "incidentId");
    host = host == null ? Optional.empty() : host;
    Objects.requireNonNull(command, "command");
    source = source == null || source.isBlank() ? "console" : source;
    timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
    confirmation = confirmation == null ? Optional.empty() : confirmation;
  }

  public static RunRequest console(String incidentId, Optional<Host> host, String command) {
    return new RunRequest(incidentId, host, command, "console", DEFAULT_TIMEOUT, Optional.empty());
  }

  public String targetName() {
    return host.map(Host::name).orElse(LOCAL);
  }

  public RunRequest confirmedWith(String typed) {
    return new RunRequest(incidentId, host, command, source, timeout, Optional.of(typed));
  }

  public RunRequest withTimeout(Duration t) {
    return new RunRequest(incidentId, host, command, source, t, confirmation);
  }
}
