package org.sitrep.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.sitrep.model.action.ActionItemService;
import org.sitrep.model.contact.ContactService;
import org.sitrep.model.escalation.EscalationService;
import org.sitrep.model.host.HostInventory;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.oncall.OnCallImport;
import org.sitrep.model.oncall.OnCallService;
import org.sitrep.model.postmortem.PostmortemExport;
import org.sitrep.model.postmortem.PostmortemService;
import org.sitrep.model.report.ManagersReportService;
import org.sitrep.model.store.DataDirectory;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.vault.VaultService;
import org.sitrep.runbooks.checklist.ChecklistService;
import org.sitrep.runbooks.drill.DrillRunner;
import org.sitrep.runbooks.drill.ScenarioLibrary;
import org.sitrep.runbooks.drill.ScenarioOutputs;
import org.sitrep.runbooks.drill.Scorecards;
import org.sitrep.runbooks.exec.CommandRunner;
import org.sitrep.runbooks.exec.IdentitySource;
import org.sitrep.runbooks.exec.LocalExecutor;
import org.sitrep.runbooks.exec.SshConnector;
import org.sitrep.runbooks.exec.SshExecutor;
import org.sitrep.runbooks.exec.VaultIdentities;
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
  private final VaultService vault;
  private final ActionItemService actions;
  private final ContactService contacts;
  private final OnCallService onCall;
  private final OnCallImport onCallImport;
  private final EscalationService escalation;
  private final org.sitrep.model.delivery.DeliveryOutbox deliveries;
  private final Outward outward;
  private final PostmortemService postmortems;
  private final PostmortemExport postmortemExport;
  private final ManagersReportService managersReport;
  private final DrillRunner drills;
  private final org.sitrep.model.schedule.DomainScheduler scheduler;
  private final org.sitrep.model.board.IncidentBoard board;
  private final org.sitrep.model.comms.CommsService comms;
  private final Interruptions interruptions;
  private volatile org.sitrep.model.notify.Notifications notifications =
      org.sitrep.model.notify.Notifications.NONE;

  private Session(Path dataDir, Workspace workspace) {
    this.dataDir = dataDir;
    this.workspace = workspace;
    this.incidents = new IncidentService(workspace);
    this.checklists = new ChecklistService(workspace);
    this.runbooks = new RunbookLibrary(workspace);
    this.vault = new VaultService(workspace);
    this.hosts = new HostInventory(workspace);
    this.ssh =
        new SshConnector(
            hosts::find, IdentitySource.files(new VaultIdentities(vault)), Duration.ofSeconds(15));
    this.drills = new DrillRunner(workspace);
    this.commands = commands(CommandRunner.DEFAULT_CAP_BYTES);
    this.actions = new ActionItemService(workspace);
    this.contacts = new ContactService(workspace);
    this.onCall = new OnCallService(workspace);
    this.onCallImport = new OnCallImport(workspace);
    this.escalation = new EscalationService(workspace, onCall);
    this.postmortems = new PostmortemService(workspace);
    this.postmortemExport = new PostmortemExport(workspace);
    this.managersReport = new ManagersReportService(workspace);
    this.board = new org.sitrep.model.board.IncidentBoard(workspace);
    this.deliveries = new org.sitrep.model.delivery.DeliveryOutbox(workspace);
    this.comms = new org.sitrep.model.comms.CommsService(workspace);
    this.interruptions = new Interruptions(workspace);
    this.outward = new Outward(workspace, vault, drills, deliveries, comms);
    this.scheduler =
        new org.sitrep.model.schedule.DomainScheduler(
            workspace.wallClock(),
            failure ->
                java.util.logging.Logger.getLogger(Session.class.getName())
                    .log(java.util.logging.Level.WARNING, "a scheduled job failed", failure));
    // A new workspace starts with the starter library: the first incident should not wait for an
    // import. An existing library is left as it is.
    runbooks.seedIfEmpty();
  }

  /** Opens the workspace chosen by {@code --data-dir}, {@code SITREP_HOME} or the OS default. */
  public static Session open(Optional<Path> dataDirFlag) {
    Path dir = DataDirectory.forThisProcess(dataDirFlag);
    Workspace workspace = Workspace.openIn(dir);
    // Diagnostics go to <data dir>/logs/sitrep.log, through the workspace's redactor (issue 19).
    org.sitrep.app.diag.DiagnosticLog.install(dir, workspace.redactor()::redact);
    return new Session(dir, workspace);
  }

  /** As {@link #open(Optional)}, on {@code wallClock}: window tests that move time (issue 17). */
  public static Session open(Optional<Path> dataDirFlag, java.time.InstantSource wallClock) {
    Path dir = DataDirectory.forThisProcess(dataDirFlag);
    Workspace workspace = Workspace.open(dir.resolve(Workspace.FILE_NAME), wallClock);
    org.sitrep.app.diag.DiagnosticLog.install(dir, workspace.redactor()::redact);
    return new Session(dir, workspace);
  }

  /** As {@link #open}, on {@code dir} with {@code wallClock} (window tests move time with it). */
  public static Session open(Path dir, java.time.InstantSource wallClock) {
    return open(Optional.of(dir), wallClock);
  }

  /**
   * One line when opening narrowed files other local users could read (the workspace, its SQLite
   * side files, the settings next to it); empty when everything was private already.
   */
  public Optional<String> permissionNotice() {
    return PermissionNotice.after(workspace, dataDir);
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

  /**
   * Marks in the log the commands this laptop started whose Sitrep process died before their result
   * (ADR 20); returns one line for each marked now, for the terminal.
   */
  public java.util.List<String> markInterruptedCommands() {
    return interruptions.markOnStart();
  }

  /** Told (on the scheduler's thread) what to say when commands are marked while open. */
  public void onInterrupted(java.util.function.Consumer<String> notice) {
    interruptions.listen(notice);
  }

  /** What the window says about the commands marked interrupted when this session opened. */
  public Optional<String> interruptedNotice() {
    return interruptions.notice();
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

  /** Readiness (issue 22): services and their readiness, dates counted in this laptop's zone. */
  public org.sitrep.runbooks.readiness.ReadinessService readiness() {
    return new org.sitrep.runbooks.readiness.ReadinessService(
        workspace,
        org.sitrep.runbooks.readiness.ReadinessPolicy.DEFAULT.withZone(
            java.time.ZoneId.systemDefault()));
  }

  /** Reminders of a restore test due, a runbook going stale, a coverage gap next week. */
  public org.sitrep.runbooks.readiness.ReadinessReminders readinessReminders() {
    return new org.sitrep.runbooks.readiness.ReadinessReminders(workspace, readiness());
  }

  /** Restore tests, each a checklist run of the service's restore runbook. */
  public org.sitrep.runbooks.readiness.RestoreTestService restoreTests() {
    return new org.sitrep.runbooks.readiness.RestoreTestService(workspace, incidents, checklists);
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
        workspace,
        (host, incident) -> new SshExecutor(ssh, host, Optional.of(incident)),
        new LocalExecutor(),
        capBytes,
        // Drill incidents never run anything: the scenario's output is shown instead.
        new ScenarioOutputs(drills.drills()));
  }

  /** Drills: start from a scenario, release injects, the facilitator's controls. */
  public DrillRunner drills() {
    return drills;
  }

  public ScenarioLibrary scenarios() {
    return new ScenarioLibrary(workspace);
  }

  public Scorecards scorecards() {
    return new Scorecards(workspace, drills);
  }

  /** The credentials vault (locked until someone unlocks it). */
  public VaultService vault() {
    return vault;
  }

  public ActionItemService actions() {
    return actions;
  }

  public ContactService contacts() {
    return contacts;
  }

  public OnCallService onCall() {
    return onCall;
  }

  public OnCallImport onCallImport() {
    return onCallImport;
  }

  public EscalationService escalation() {
    return escalation;
  }

  /** Sync with the team's targets: credentials come from this session's vault once unlocked. */
  public org.sitrep.sync.engine.SyncService sync() {
    return outward.sync();
  }

  /** The delivery outbox: targets, what is queued for them, retry and cancel (issue 18). */
  public org.sitrep.model.delivery.DeliveryOutbox deliveries() {
    return deliveries;
  }

  /**
   * Sends the delivery outbox over HTTP, credentials from this session's vault once unlocked.
   * Blocking: call it from the scheduler's thread or the CLI, never the FX thread.
   */
  public org.sitrep.model.delivery.DeliveryDispatcher deliveryDispatcher() {
    return outward.deliveryDispatcher();
  }

  /** What the incident list and the open incident read, and the feed that says when. */
  public org.sitrep.model.board.IncidentBoard board() {
    return board;
  }

  /** Time-driven domain work, on the workspace's clock; started by the window, not the CLI. */
  public org.sitrep.model.schedule.DomainScheduler scheduler() {
    return scheduler;
  }

  /**
   * Puts the domain's timed work on the scheduler: page timers, drill injects, and the look for
   * commits by another process on the same file (which the change feed then announces).
   */
  public void scheduleDomainWork() {
    workspace.checkOtherProcessesOn(scheduler);
    interruptions.watchOn(scheduler);
    escalation.remindOn(scheduler);
    drills.releaseOn(scheduler);
    // Deliveries: queued and sent on the scheduler's thread (the open window also queues them
    // right after each commit, through the change feed: DeliveryStatusViewModel).
    deliveryDispatcher().sendOn(scheduler);
    // Scheduled backups (issue 21): only once `backup init` made a key, never asking anything;
    // each is then queued for the backup target and copied (retried while offline).
    scheduleBackups();
    updateReminders().remindOn(scheduler);
    readinessReminders().remindOn(scheduler);
    statusPage().publishOn(scheduler);
  }

  private void scheduleBackups() {
    org.sitrep.model.backup.BackupSettings settings =
        org.sitrep.model.backup.BackupSettings.read(dataDir);
    org.sitrep.model.backup.BackupService backups =
        new org.sitrep.model.backup.BackupService(workspace, settings.folderIn(dataDir));
    java.util.Optional<org.sitrep.sync.backup.BackupCopyQueue> copies =
        outward.backupCopies(backups, settings);
    org.sitrep.model.backup.BackupSchedule.on(
        scheduler,
        backups,
        settings,
        taken -> copies.ifPresent(q -> q.copyDue(workspace.wallClock().instant())));
    copies.ifPresent(q -> q.on(scheduler));
  }

  /**
   * Where alerts go (issue 19): the desktop's notifications or the window's popup while a window is
   * open ({@code WindowAlerts}), nowhere on the command line. Any feature may raise one.
   */
  public org.sitrep.model.notify.Notifications notifications() {
    return notifications;
  }

  public void setNotifications(org.sitrep.model.notify.Notifications notifications) {
    this.notifications = notifications;
  }

  /** Stakeholder updates: templates, wording checks, the cadence (issue 17). */
  public org.sitrep.model.comms.CommsService comms() {
    return comms;
  }

  public org.sitrep.model.comms.UpdateReminders updateReminders() {
    return new org.sitrep.model.comms.UpdateReminders(workspace, comms);
  }

  /** The status page's publisher: the publish target's credential comes from the vault. */
  public org.sitrep.sync.publish.StatusPagePublisher statusPage() {
    return outward.statusPage();
  }

  public PostmortemService postmortems() {
    return postmortems;
  }

  public PostmortemExport postmortemExport() {
    return postmortemExport;
  }

  public ManagersReportService managersReport() {
    return managersReport;
  }

  @Override
  public void close() {
    // No scheduled job may touch the store once it is closed.
    scheduler.close();
    outward.close();
    // The key is wiped and the redactor forgets before the store goes away.
    vault.lock();
    org.sitrep.app.diag.DiagnosticLog.uninstall(dataDir);
    workspace.close();
  }
}
