package org.sitrep.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.app.Session;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.host.Host;
import org.sitrep.model.host.HostKey;
import org.sitrep.runbooks.hosts.KnownHosts;
import org.sitrep.runbooks.hosts.SshConfigLines;
import org.sitrep.runbooks.hosts.SshConfigParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "hosts",
    mixinStandardHelpOptions = true,
    description = "The hosts commands run on: import from ssh config, list, add, trust keys.",
    subcommands = {
      HostsCommand.ImportSshConfig.class,
      HostsCommand.ListHosts.class,
      HostsCommand.Add.class,
      HostTrustCommand.class,
      HostsCommand.Remove.class
    })
final class HostsCommand implements Runnable {

  @ParentCommand SitrepCommand root;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  private static Path home(String relative) {
    return Path.of(System.getProperty("user.home"), relative);
  }

  /** A known_hosts file a config names ({@code ~} is the home folder); empty when unreadable. */
  static Optional<KnownHosts> knownHostsFile(String file) {
    Path p = file.startsWith("~/") ? home(file.substring(2)) : Path.of(file);
    try {
      return Optional.of(KnownHosts.parse(Files.readString(p)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  @Command(
      name = "import-ssh-config",
      mixinStandardHelpOptions = true,
      description = "Import every Host of an OpenSSH config, pinning keys found in known_hosts.")
  static final class ImportSshConfig implements Callable<Integer> {
    @ParentCommand HostsCommand parent;
    @Spec CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Default: ~/.ssh/config")
    Path file;

    @Option(
        names = "--known-hosts",
        paramLabel = "FILE",
        description = "Default: ~/.ssh/known_hosts")
    Path knownHosts;

    @Option(names = "--dry-run", description = "Show what would change; change nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws IOException {
      Path config = file != null ? file : home(".ssh/config");
      Path known = knownHosts != null ? knownHosts : home(".ssh/known_hosts");
      if (!Files.isReadable(config)) {
        throw new ChangeRefusedException(config + " cannot be read");
      }
      KnownHosts keys =
          Files.isReadable(known) ? KnownHosts.parse(Files.readString(known)) : KnownHosts.empty();
      // Include paths are relative to ~/.ssh, as ssh reads them, wherever the config file is.
      Path sshDir = home(".ssh");
      java.util.List<String> loadWarnings = new java.util.ArrayList<>();
      java.util.List<String> loadErrors = new java.util.ArrayList<>();
      SshConfigParser.Result parsed =
          SshConfigParser.parse(
              SshConfigLines.load(config, sshDir, loadWarnings, loadErrors),
              keys,
              HostsCommand::knownHostsFile,
              System.getProperty("user.name"));
      loadWarnings.addAll(parsed.warnings());
      loadErrors.addAll(parsed.errors());
      SshConfigParser.Result result =
          new SshConfigParser.Result(parsed.hosts(), loadWarnings, loadErrors);
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      result.warnings().forEach(w -> err.println("warning: " + w));
      if (!result.ok()) {
        result.errors().forEach(e -> err.println("error: " + e));
        err.println(
            "sitrep: nothing imported: " + result.errors().size() + " error(s) in " + config);
        return 2;
      }
      try (Session session = parent.root.open()) {
        for (Host h : result.hosts()) {
          Optional<Host> before = session.hosts().find(h.name());
          if (before.flatMap(Host::hostKey).filter(keys::isRevoked).isPresent()) {
            // Saving keeps a pinned key when the config brings none: never keep a revoked one.
            throw new ChangeRefusedException(
                "host "
                    + h.name()
                    + " is pinned to a key that "
                    + known
                    + " marks @revoked: nothing imported. Check the server and pin its new key"
                    + " (sitrep hosts trust)");
          }
          // Saving keeps a key already trusted, so compare with what would be stored.
          Host stored =
              h.hostKey().isPresent()
                  ? h
                  : before.flatMap(Host::hostKey).map(h::withHostKey).orElse(h);
          String what =
              before.isEmpty() ? "add" : before.get().equals(stored) ? "unchanged" : "update";
          out.println((dryRun ? "would " : "") + what + "  " + HostsCommand.describe(h));
        }
        if (!dryRun) {
          session.hosts().saveAll(result.hosts());
          out.println(result.hosts().size() + " host(s) imported from " + config);
        }
      }
      return 0;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the hosts.")
  static final class ListHosts implements Callable<Integer> {
    @ParentCommand HostsCommand parent;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (Session session = parent.root.open()) {
        List<Host> hosts = session.hosts().list();
        if (hosts.isEmpty()) {
          spec.commandLine()
              .getOut()
              .println("no hosts yet: ./sitrep hosts import-ssh-config, or hosts add");
        }
        hosts.forEach(h -> spec.commandLine().getOut().println(describe(h)));
      }
      return 0;
    }
  }

  static String describe(Host h) {
    StringBuilder s = new StringBuilder(String.format("%-16s %s", h.name(), h.destination()));
    if (!h.environment().isEmpty()) {
      s.append("  [").append(h.environment()).append(']');
    }
    if (!h.tags().isEmpty()) {
      s.append("  tags ").append(String.join(",", h.tags()));
    }
    h.jumpHost().ifPresent(j -> s.append("  via ").append(j));
    s.append("  key ")
        .append(h.hostKey().map(k -> k.type() + " " + k.fingerprint()).orElse("NOT TRUSTED YET"));
    return s.toString();
  }

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Add or change one host.")
  static final class Add implements Callable<Integer> {
    @ParentCommand HostsCommand parent;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "NAME")
    String name;

    @Option(
        names = "--address",
        required = true,
        paramLabel = "HOST",
        description = "Host name or IP address to connect to.")
    String address;

    @Option(names = "--port", paramLabel = "N", description = "SSH port (default 22).")
    int port = 22;

    @Option(
        names = "--user",
        required = true,
        paramLabel = "USER",
        description = "User to log in as.")
    String user;

    @Option(names = "--environment", paramLabel = "ENV", description = "e.g. production, staging")
    String environment = "";

    @Option(
        names = "--tags",
        split = ",",
        paramLabel = "TAG",
        description = "Tags to pick the host by (repeat or comma-separate).")
    List<String> tags = List.of();

    @Option(names = "--jump", paramLabel = "HOST", description = "Jump host (ProxyJump), by name.")
    String jump;

    @Option(
        names = "--identity",
        paramLabel = "KEY",
        description = "Private key file, or vault:ITEM.")
    String identity;

    @Option(
        names = "--host-key",
        paramLabel = "'TYPE BASE64'",
        description = "Pin this key (as in known_hosts).")
    String hostKey;

    @Override
    public Integer call() {
      Host host =
          new Host(
              name,
              address,
              port,
              user,
              environment,
              tags,
              Optional.ofNullable(jump),
              Optional.ofNullable(identity),
              Optional.ofNullable(hostKey).map(HostKey::parse));
      try (Session session = parent.root.open()) {
        session.hosts().save(host);
        spec.commandLine().getOut().println(describe(session.hosts().require(name)));
      }
      return 0;
    }
  }

  @Command(name = "rm", mixinStandardHelpOptions = true, description = "Remove a host.")
  static final class Remove implements Callable<Integer> {
    @ParentCommand HostsCommand parent;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      try (Session session = parent.root.open()) {
        session.hosts().remove(name);
        spec.commandLine().getOut().println("removed " + name);
      }
      return 0;
    }
  }
}
