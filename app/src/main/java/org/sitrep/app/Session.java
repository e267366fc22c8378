package org.sitrep.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.sitrep.model.host.HostInventory;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.store.DataDirectory;
import org.sitrep.model.store.Workspace;
import org.sitrep.runbooks.checklist.ChecklistService;
import org.sitrep.runbooks.exec.CommandRunner;
import org.sitrep.runbooks.exec.IdentitySource;
import org.sitrep.runbooks.exec.LocalExecutor;
import org.sitrep.runbooks.exec.SshConnector;
import org.sitrep.runbooks.exec.SshExecutor;
import org.sitrep.runbooks.library.RunbookLibrary;

/**
 * The composition root: one open workspace and the services over it, shared by the window and the
 * command line.
 */
public final class Session implements AutoCloseable {

  private final Path dataDir;
  private final Workspace workspace;
  private final IncidentService incidents;
  private final ChecklistService checklists;
  private final RunbookLibrary runbooks;
  private final HostInventory hosts;
  private final SshConnector ssh;
  private final CommandRunner commands;

  private Session(Path dataDir, Workspace workspace) {
    this.dataDir = dataDir;
    this.workspace = workspace;
    this.incidents = new IncidentService(workspace);
    this.checklists = new ChecklistService(workspace);
    this.runbooks = new RunbookLibrary(workspace);
    this.hosts = new HostInventory(workspace);
    this.ssh =
        new SshConnector(
            hosts::find, IdentitySource.files(IdentitySource.NO_VAULT), Duration.ofSeconds(15));
    this.commands =
        new CommandRunner(
            workspace,
            host -> new SshExecutor(ssh, host),
            new LocalExecutor(),
            CommandRunner.DEFAULT_CAP_BYTES);
    // A new workspace starts with the starter library: the first incident should not wait for an
    // import. An existing library is left as it is.
    runbooks.seedIfEmpty();
  }

  /** Opens the workspace chosen by {@code --data-dir}, {@code SITREP_HOME} or the OS default. */
  public static Session open(Optional<Path> dataDirFlag) {
    Path dir = DataDirectory.forThisProcess(dataDirFlag);
    return new Session(dir, Workspace.openIn(dir));
  }

  /**
   * Decides who the author is: {@code --as} or {@code SITREP_USER} for this run, remembered when
   * this laptop has no operator yet; otherwise the remembered name.
   */
  public void identify(Optional<String> asFlag) {
    Optional<String> given =
        asFlag.or(
            () -> Optional.ofNullable(System.getenv("SITREP_USER")).filter(s -> !s.isBlank()));
    if (given.isEmpty()) {
      return;
    }
    if (workspace.device().operator().isEmpty()) {
      workspace.setOperator(given.get());
    } else {
      workspace.actAs(given.get());
    }
  }

  public Path dataDir() {
    return dataDir;
  }

  public Workspace workspace() {
    return workspace;
  }

  public IncidentService incidents() {
    return incidents;
  }

  public ChecklistService checklists() {
    return checklists;
  }

  public RunbookLibrary runbooks() {
    return runbooks;
  }

  public HostInventory hosts() {
    return hosts;
  }

  public SshConnector ssh() {
    return ssh;
  }

  public CommandRunner commands() {
    return commands;
  }

  /** A runner with another cap on captured output per stream (the CLI's --max-output). */
  public CommandRunner commands(int capBytes) {
    return new CommandRunner(
        workspace, host -> new SshExecutor(ssh, host), new LocalExecutor(), capBytes);
  }

  @Override
  public void close() {
    workspace.close();
  }
}
