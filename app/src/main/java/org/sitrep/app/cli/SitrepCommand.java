package org.sitrep.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.sitrep.app.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

@Command(
    name = "sitrep",
    mixinStandardHelpOptions = true,
    version = "Sitrep 0.1.0",
    description = {
      "Offline-first kit for incident commanders.",
      "With no command, ./sitrep opens the desktop window on the workspace."
    }
    // The subcommands are in Commands: Cli adds only the one being run (issue 20).
    )
public final class SitrepCommand implements Runnable {

  @Option(
      names = "--data-dir",
      scope = ScopeType.INHERIT,
      paramLabel = "DIR",
      description = "Workspace folder (default: $SITREP_HOME, else the OS data folder).")
  Path dataDir;

  @Option(
      names = "--as",
      scope = ScopeType.INHERIT,
      paramLabel = "NAME",
      description =
          "Who is writing (default: $SITREP_USER, else the name remembered on this laptop).")
  String as;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  Path dataDir() {
    return dataDir;
  }

  /**
   * A running agent (ADR 17) opens the vault for every headless command: each one then masks every
   * vault value and signs with this laptop's sealed keys without asking for the passphrase.
   */
  private static void unlockFromAgent(Session session) {
    if (session.vault().isUnlocked() || !session.vault().exists()) {
      return;
    }
    org.sitrep.app.agent.AgentClient.keys(
            org.sitrep.app.agent.AgentSocket.forWorkspace(session.dataDir()))
        .ifPresent(
            held -> {
              try {
                session.vault().unlockWith(held);
              } finally {
                held.wipe();
              }
            });
  }

  /**
   * Opens the workspace for a command that only reads. With no workspace there yet it says so and
   * where it would be, rather than create an empty one as a side effect of looking (issue 23).
   */
  Session openExisting() {
    Path dir = org.sitrep.model.store.DataDirectory.forThisProcess(Optional.ofNullable(dataDir));
    if (!java.nio.file.Files.exists(dir.resolve(org.sitrep.model.store.Workspace.FILE_NAME))) {
      throw new org.sitrep.model.ChangeRefusedException(
          "no workspace yet at "
              + dir
              + ": declare an incident (sitrep incident declare) or start the window (sitrep)"
              + " to create it, or point --data-dir at an existing one");
    }
    return open();
  }

  /** Opens the workspace for a subcommand, with the author decided. */
  Session open() {
    Session session = Session.open(Optional.ofNullable(dataDir));
    try {
      session
          .permissionNotice()
          .ifPresent(notice -> spec.commandLine().getErr().println("sitrep: " + notice));
      session.identify(Optional.ofNullable(as));
      for (String interrupted : session.markInterruptedCommands()) {
        spec.commandLine().getErr().println("sitrep: " + interrupted);
      }
      unlockFromAgent(session);
      return session;
    } catch (RuntimeException e) {
      session.close();
      throw e;
    }
  }
}
