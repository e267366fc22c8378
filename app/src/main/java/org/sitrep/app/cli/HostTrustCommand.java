package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.app.Session;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.host.Host;
import org.sitrep.model.host.HostKey;
import org.sitrep.runbooks.exec.CommandNotRun;
import org.sitrep.runbooks.exec.RevokedKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code hosts trust NAME}: the deliberate act of pinning a host key. The fingerprint is shown and
 * must be confirmed — typed as {@code --fingerprint}, or answered on the terminal — never assumed.
 * A key a known_hosts file marks {@code @revoked} is refused whatever is typed.
 */
@Command(
    name = "trust",
    mixinStandardHelpOptions = true,
    description = "Read a host's key, show its fingerprint, and pin it once you have checked it.")
final class HostTrustCommand implements Callable<Integer> {
  @ParentCommand HostsCommand parent;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "NAME")
  String name;

  @Option(
      names = "--fingerprint",
      paramLabel = "SHA256:…",
      description = "The fingerprint you expect (checked out of band). Without it, you are asked.")
  String fingerprint;

  @Option(
      names = "--known-hosts",
      paramLabel = "FILE",
      description =
          "A known_hosts file whose @revoked keys are refused, besides ~/.ssh/known_hosts and"
              + " /etc/ssh/ssh_known_hosts (which are always read).")
  java.util.List<java.nio.file.Path> knownHosts = java.util.List.of();

  @Option(
      names = "--incident",
      paramLabel = "ID",
      description = "Log the decision on this incident.")
  String incident;

  @Override
  public Integer call() throws CommandNotRun {
    try (Session session = parent.root.open()) {
      Host host = session.hosts().require(name);
      HostKey key = session.ssh().fetchKey(host);
      Optional<java.nio.file.Path> revokedBy = RevokedKeys.files(knownHosts).revokedBy(key);
      if (revokedBy.isPresent()) {
        throw new ChangeRefusedException(
            name
                + " presents "
                + key.type()
                + " "
                + key.fingerprint()
                + ", which "
                + revokedBy.get()
                + " marks @revoked: not trusted. Find out why from the host's owner");
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          name + " (" + host.destination() + ") presents " + key.type() + " " + key.fingerprint());
      host.hostKey()
          .filter(k -> !k.sameKeyAs(key))
          .ifPresent(
              k ->
                  out.println(
                      "WARNING: this is NOT the key trusted until now (" + k.fingerprint() + ")"));
      if (fingerprint != null) {
        if (!fingerprint.strip().equals(key.fingerprint())) {
          throw new ChangeRefusedException(
              "the fingerprint does not match what " + name + " presents: not trusted");
        }
      } else {
        var console = System.console();
        if (console == null) {
          throw new ChangeRefusedException(
              "check the fingerprint, then re-run with --fingerprint " + key.fingerprint());
        }
        String answer =
            console.readLine("Does it match what the host's owner reads out? Type yes to trust: ");
        if (answer == null || !answer.strip().equalsIgnoreCase("yes")) {
          throw new ChangeRefusedException("not trusted");
        }
      }
      Optional<String> incidentId =
          Optional.ofNullable(incident)
              .map(
                  ref ->
                      session
                          .workspace()
                          .read(
                              dsl -> org.sitrep.model.incident.IncidentRepository.resolve(dsl, ref))
                          .id());
      session.hosts().trust(name, key, incidentId);
      out.println("trusted " + name + " " + key.fingerprint());
    }
    return 0;
  }
}
