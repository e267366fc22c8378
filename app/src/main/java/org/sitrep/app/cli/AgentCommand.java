package org.sitrep.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.app.Session;
import org.sitrep.app.agent.AgentClient;
import org.sitrep.app.agent.AgentProtocol;
import org.sitrep.app.agent.AgentSocket;
import org.sitrep.app.agent.KeyAgent;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.vault.HeldKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "agent",
    mixinStandardHelpOptions = true,
    description = {
      "Holds the unlocked vault and this laptop's keys for headless commands, like "
          + "ssh-agent: type the passphrase once, then sync, log add … mask every vault "
          + "value and sign without asking. Forgets the keys after --idle without use, or "
          + "at 'agent stop'."
    },
    subcommands = {
      AgentCommand.Start.class,
      AgentCommand.Serve.class,
      AgentCommand.Stop.class,
      AgentCommand.Status.class
    })
final class AgentCommand implements Runnable {

  static final Duration DEFAULT_IDLE = Duration.ofHours(8);

  @ParentCommand SitrepCommand root;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "start",
      mixinStandardHelpOptions = true,
      description = "Unlock once and start the agent in the background.")
  static final class Start implements Callable<Integer> {
    @ParentCommand AgentCommand parent;
    @Spec CommandSpec spec;

    @Option(
        names = "--idle",
        paramLabel = "DURATION",
        description = "Forget the keys after this long unused: 30m, 8h, 2d (default: 8h).")
    String idle = "8h";

    @Option(
        names = "--passphrase-stdin",
        description = "Read the vault passphrase from standard input.")
    boolean stdin;

    @Option(
        names = "--foreground",
        description = "Stay in the foreground (for a service manager); Ctrl+C stops it.")
    boolean foreground;

    @Override
    public Integer call() throws Exception {
      Duration limit = parseIdle(idle);
      Path socket;
      HeldKeys keys;
      try (Session session = parent.root.open()) {
        socket = AgentSocket.forWorkspace(session.dataDir());
        if (AgentClient.ping(socket).isPresent()) {
          throw new ChangeRefusedException("an agent is already running (sitrep agent stop)");
        }
        if (!session.vault().isUnlocked()) {
          session.vault().unlock(new SecretInput(stdin).line("Vault passphrase:"));
        }
        keys = session.vault().handOver();
      }
      PrintWriter out = spec.commandLine().getOut();
      if (foreground) {
        KeyAgent agent = new KeyAgent(socket, keys, limit, InstantSource.system());
        agent.bind();
        out.println("agent running on " + socket + " (forgets the keys after " + idle + " idle)");
        out.flush();
        agent.serve();
        return Cli.OK;
      }
      long pid = spawn(parent.root.dataDir(), limit, keys);
      out.println(
          "agent running (pid "
              + pid
              + ") on "
              + socket
              + ": forgets the keys after "
              + idle
              + " idle; stop it with: sitrep agent stop");
      return Cli.OK;
    }

    /** A background copy of this program serving the keys it reads from its standard input. */
    private static long spawn(Path dataDirFlag, Duration idle, HeldKeys keys) throws Exception {
      List<String> command = new ArrayList<>(Launch.thisProgram());
      if (dataDirFlag != null) {
        command.add("--data-dir");
        command.add(dataDirFlag.toAbsolutePath().toString());
      }
      command.addAll(List.of("agent", "serve", "--idle-seconds", Long.toString(idle.toSeconds())));
      ProcessBuilder pb = new ProcessBuilder(command);
      pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
      pb.redirectError(ProcessBuilder.Redirect.DISCARD);
      Process child = pb.start();
      try (OutputStream toChild = child.getOutputStream()) {
        toChild.write((AgentProtocol.encode(keys) + "\n").getBytes(StandardCharsets.US_ASCII));
      } finally {
        keys.wipe();
      }
      Path socket = AgentSocket.forWorkspace(Launch.dataDir(dataDirFlag));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (System.nanoTime() < deadline) {
        if (AgentClient.ping(socket).isPresent()) {
          return child.pid();
        }
        if (!child.isAlive()) {
          break;
        }
        Thread.sleep(100); // waiting on a condition (the socket answers), with a generous limit
      }
      child.destroy();
      throw new ChangeRefusedException(
          "the agent did not start (nothing answers on " + socket + ")");
    }
  }

  @Command(name = "serve", hidden = true, description = "The agent itself (started by 'start').")
  static final class Serve implements Callable<Integer> {
    @ParentCommand AgentCommand parent;

    @Option(
        names = "--idle-seconds",
        required = true,
        description = "Forget the keys after this many seconds without use.")
    long idleSeconds;

    @Override
    public Integer call() throws IOException {
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
      String line = in.readLine();
      if (line == null) {
        return Cli.FAILED;
      }
      HeldKeys keys = AgentProtocol.decode(line);
      Path socket = AgentSocket.forWorkspace(Launch.dataDir(parent.root.dataDir()));
      KeyAgent agent =
          new KeyAgent(socket, keys, Duration.ofSeconds(idleSeconds), InstantSource.system());
      agent.bind();
      agent.serve();
      return Cli.OK;
    }
  }

  @Command(name = "stop", mixinStandardHelpOptions = true, description = "Wipe the keys and stop.")
  static final class Stop implements Callable<Integer> {
    @ParentCommand AgentCommand parent;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      Path socket = AgentSocket.forWorkspace(Launch.dataDir(parent.root.dataDir()));
      boolean stopped = AgentClient.stop(socket);
      spec.commandLine().getOut().println(stopped ? "agent stopped" : "no agent was running");
      return Cli.OK;
    }
  }

  @Command(name = "status", mixinStandardHelpOptions = true, description = "Is an agent running?")
  static final class Status implements Callable<Integer> {
    @ParentCommand AgentCommand parent;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      Path socket = AgentSocket.forWorkspace(Launch.dataDir(parent.root.dataDir()));
      Optional<Long> pid = AgentClient.ping(socket);
      spec.commandLine()
          .getOut()
          .println(
              pid.map(p -> "agent running (pid " + p + ") on " + socket)
                  .orElse("no agent running (start one: sitrep agent start)"));
      return pid.isPresent() ? Cli.OK : Cli.FAILED;
    }
  }

  static Duration parseIdle(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    try {
      long n = Long.parseLong(t.substring(0, t.length() - 1));
      Duration d;
      switch (t.charAt(t.length() - 1)) {
        case 's':
          d = Duration.ofSeconds(n);
          break;
        case 'm':
          d = Duration.ofMinutes(n);
          break;
        case 'h':
          d = Duration.ofHours(n);
          break;
        case 'd':
          d = Duration.ofDays(n);
          break;
        default:
          throw new NumberFormatException();
      }
      if (d.isNegative() || d.isZero()) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
      throw new ChangeRefusedException(
          "--idle '" + text + "' is not a duration such as 30m, 8h or 2d");
    }
  }

  /** How to start this same program again, and which workspace it serves. */
  static final class Launch {
    private Launch() {}

    static List<String> thisProgram() {
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      if (Files.isExecutable(java)) {
        return new ArrayList<>(
            List.of(
                java.toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                org.sitrep.app.Main.class.getName()));
      }
      // A packaged app has no java command: its own launcher starts Main.
      return new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow()));
    }

    static Path dataDir(Path flag) {
      return org.sitrep.model.store.DataDirectory.forThisProcess(Optional.ofNullable(flag));
    }
  }
}
