package org.sitrep.runbooks.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.command.CommandOutcome;
import org.sitrep.model.host.Host;
import org.sitrep.model.host.HostInventory;
import org.sitrep.model.host.HostKey;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.ChainVerifier;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestWorkspace;

/** Commands over SSH against a real OpenSSH sshd on 127.0.0.1. */
class OpenSshExecutionTest {

  @TempDir static Path serverDir;
  static OpenSshServer sshd;

  @TempDir Path dir;
  Workspace ws;
  HostInventory hosts;
  CommandRunner runner;
  String incident;

  @BeforeAll
  static void startServer() throws Exception {
    sshd = OpenSshServer.start(serverDir.resolve("sshd"));
  }

  @AfterAll
  static void stopServer() {
    if (sshd != null) {
      sshd.close();
    }
  }

  @BeforeEach
  void open() {
    ws = TestWorkspace.open(dir);
    hosts = new HostInventory(ws);
    SshConnector connector =
        new SshConnector(
            hosts::find, IdentitySource.files(IdentitySource.NO_VAULT), Duration.ofSeconds(10));
    runner =
        new CommandRunner(
            ws,
            (h, incident) -> new SshExecutor(connector, h, Optional.of(incident)),
            new LocalExecutor(),
            CommandRunner.DEFAULT_CAP_BYTES);
    incident =
        new IncidentService(ws)
            .declare(
                new NewIncident("checkout errors", Severity.SEV2, IncidentKind.REAL, List.of(), ""))
            .id();
    hosts.save(sshd.host("app-1"));
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private CommandRunner.Outcome run(String host, String command, Duration timeout) {
    RunRequest request =
        new RunRequest(incident, hosts.find(host), command, "console", timeout, Optional.empty());
    return runner.run(request, OutputListener.IGNORE, new Stopper(timeout, InstantSource.system()));
  }

  @Test
  void capturesBothStreamsAndTheExitCodeAndLogsIntentThenResult() {
    List<String> live = new CopyOnWriteArrayList<>();
    RunRequest request =
        RunRequest.console(
            incident,
            hosts.find("app-1"),
            "echo hello from $(hostname -s 2>/dev/null || echo host); echo oops >&2; exit 3");
    CommandRunner.Outcome outcome =
        runner.run(
            request,
            (s, line) -> live.add(s + " " + line),
            new Stopper(Duration.ofSeconds(30), InstantSource.system()));

    assertThat(outcome.record().outcome()).isEqualTo(CommandOutcome.EXITED);
    assertThat(outcome.record().exitCode()).contains(3);
    assertThat(outcome.record().stdout().text()).startsWith("hello from ");
    assertThat(outcome.record().stderr().text()).isEqualTo("oops\n");
    assertThat(live).contains("STDERR oops").anyMatch(l -> l.startsWith("STDOUT hello from"));

    List<LogEntry> timeline = ws.read(dsl -> LogRepository.timeline(dsl, incident));
    LogEntry intent = timeline.get(timeline.size() - 2);
    LogEntry result = timeline.getLast();
    assertThat(intent.event()).isEqualTo(EventCode.COMMAND_STARTED);
    assertThat(intent.text()).contains("on app-1 (").contains("$ echo hello from");
    assertThat(result.event()).isEqualTo(EventCode.COMMAND_FAILED);
    assertThat(result.text()).startsWith("exit 3 after ").contains("oops");
    assertThat(result.attachment()).isPresent();
    assertThat(runner.log().record(result.id()).orElseThrow())
        .containsEntry("exit_code", 3)
        .containsEntry("intent", intent.id());
    assertThat(runner.log().outcomeUnknown(incident)).isEmpty();
    var report = ws.read(ChainVerifier::verify);
    assertThat(report.breaks()).isEmpty();
  }

  @Test
  void aTimeoutStopsTheRemoteProcessAndItsChildren() throws Exception {
    String marker = "31" + (System.nanoTime() % 100_000);
    CommandRunner.Outcome outcome =
        run("app-1", "sleep 1" + marker + " & sleep 2" + marker + "; wait", Duration.ofSeconds(2));

    assertThat(outcome.record().outcome()).isEqualTo(CommandOutcome.TIMED_OUT);
    assertThat(outcome.result().event()).isEqualTo(EventCode.COMMAND_TIMED_OUT);
    List<String> left = List.of();
    // The kill travels over SSH and the server reaps asynchronously: on a loaded machine that took
    // longer than five seconds once, so wait on the condition with a generous limit.
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      left = OpenSshServer.processesMatching("sleep 1" + marker);
      left = new java.util.ArrayList<>(left);
      left.addAll(OpenSshServer.processesMatching("sleep 2" + marker));
      if (left.isEmpty()) {
        break;
      }
      Thread.sleep(100);
    }
    assertThat(left).as("processes left on the server after the timeout").isEmpty();
  }

  @Test
  void aChangedHostKeyIsRefusedAndLoggedLoudly() throws Exception {
    Path other = dir.resolve("other");
    new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", other.toString())
        .start()
        .waitFor();
    HostKey wrong = HostKey.parse(Files.readString(Path.of(other + ".pub")));
    hosts.save(sshd.host("app-2").withHostKey(wrong));
    String marker = dir.resolve("must-not-exist").toString();

    assertThatThrownBy(() -> run("app-2", "touch " + marker, Duration.ofSeconds(20)))
        .isInstanceOf(UntrustedHostKey.class)
        .hasMessageContaining("HOST KEY CHANGED for app-2")
        .hasMessageContaining(sshd.hostKey().fingerprint())
        .satisfies(e -> assertThat(((UntrustedHostKey) e).problem().changed()).isTrue());

    assertThat(Path.of(marker)).doesNotExist();
    List<LogEntry> timeline = ws.read(dsl -> LogRepository.timeline(dsl, incident));
    assertThat(timeline)
        .extracting(LogEntry::event)
        .contains(EventCode.HOST_KEY_CHANGED, EventCode.COMMAND_NOT_RUN);
    assertThat(hosts.find("app-2").orElseThrow().hostKey()).contains(wrong);
  }

  @Test
  void aKeyKnownHostsRevokesIsRefusedAtConnectEvenWhenPinnedAndCannotBeTrusted() throws Exception {
    // The pinned key is the server's own; known_hosts has since marked it @revoked.
    Path knownHosts = dir.resolve("known_hosts");
    Files.writeString(knownHosts, "@revoked * " + sshd.hostKey() + "\n");
    SshConnector connector =
        new SshConnector(
            hosts::find,
            IdentitySource.files(IdentitySource.NO_VAULT),
            Duration.ofSeconds(10),
            RevokedKeys.files(List.of(knownHosts)));
    CommandRunner guarded =
        new CommandRunner(
            ws,
            (h, inc) -> new SshExecutor(connector, h, Optional.of(inc)),
            new LocalExecutor(),
            CommandRunner.DEFAULT_CAP_BYTES);
    String marker = dir.resolve("must-not-exist").toString();
    RunRequest request =
        new RunRequest(
            incident,
            hosts.find("app-1"),
            "touch " + marker,
            "console",
            Duration.ofSeconds(20),
            Optional.empty());

    assertThatThrownBy(
            () ->
                guarded.run(
                    request,
                    OutputListener.IGNORE,
                    new Stopper(Duration.ofSeconds(20), InstantSource.system())))
        .isInstanceOf(UntrustedHostKey.class)
        .hasMessageContaining("HOST KEY REVOKED for app-1")
        .hasMessageContaining(sshd.hostKey().fingerprint())
        .hasMessageContaining(knownHosts + " marks @revoked")
        .satisfies(e -> assertThat(((UntrustedHostKey) e).problem().changed()).isTrue());
    assertThat(Path.of(marker)).doesNotExist();
    List<LogEntry> timeline = ws.read(dsl -> LogRepository.timeline(dsl, incident));
    assertThat(timeline)
        .extracting(LogEntry::event)
        .contains(EventCode.HOST_KEY_CHANGED, EventCode.COMMAND_NOT_RUN);

    Host unpinned =
        Host.of("app-4", "127.0.0.1", sshd.port(), System.getProperty("user.name"))
            .withIdentity(sshd.clientKey().toString());
    assertThatThrownBy(() -> connector.fetchKey(unpinned))
        .isInstanceOf(HostKeyProblem.class)
        .hasMessageContaining("HOST KEY REVOKED for app-4");
    // Without the revocation, the same server is reached as before.
    assertThat(run("app-1", "echo still here", Duration.ofSeconds(20)).record().stdout().text())
        .isEqualTo("still here\n");
  }

  @Test
  void anUnknownHostKeyIsNeverTrustedSilently() throws Exception {
    Host unpinned =
        Host.of("app-3", "127.0.0.1", sshd.port(), System.getProperty("user.name"))
            .withIdentity(sshd.clientKey().toString());
    hosts.save(unpinned);

    assertThatThrownBy(() -> run("app-3", "true", Duration.ofSeconds(20)))
        .isInstanceOf(UntrustedHostKey.class)
        .hasMessageContaining("not trusted yet")
        .hasMessageContaining(sshd.hostKey().fingerprint());
    assertThat(hosts.find("app-3").orElseThrow().hostKey()).isEmpty();

    SshConnector connector =
        new SshConnector(
            hosts::find, IdentitySource.files(IdentitySource.NO_VAULT), Duration.ofSeconds(10));
    HostKey presented = connector.fetchKey(unpinned);
    assertThat(presented.fingerprint()).isEqualTo(sshd.hostKey().fingerprint());
    hosts.trust("app-3", presented, Optional.of(incident));

    assertThat(run("app-3", "echo trusted", Duration.ofSeconds(20)).record().stdout().text())
        .isEqualTo("trusted\n");
    List<LogEntry> timeline = ws.read(dsl -> LogRepository.timeline(dsl, incident));
    assertThat(timeline).extracting(LogEntry::event).contains(EventCode.HOST_KEY_TRUSTED);
  }

  @Test
  void runsThroughAJumpHost() {
    hosts.save(sshd.host("bastion"));
    hosts.save(sshd.host("db-1").withJumpHost("bastion"));

    CommandRunner.Outcome outcome = run("db-1", "echo via-jump", Duration.ofSeconds(30));

    assertThat(outcome.record().exitCode()).contains(0);
    assertThat(outcome.record().stdout().text()).isEqualTo("via-jump\n");
    assertThat(outcome.intent().text()).contains("via bastion");
  }

  @Test
  void twentyThousandLinesOnBothStreamsDoNotDeadlock() {
    String command =
        "i=0; while [ $i -lt 20000 ]; do echo \"out line $i\"; echo \"err line $i\" >&2; i=$((i+1)); done";
    java.util.concurrent.atomic.AtomicInteger out = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger err = new java.util.concurrent.atomic.AtomicInteger();
    RunRequest request =
        new RunRequest(
            incident,
            hosts.find("app-1"),
            command,
            "console",
            Duration.ofSeconds(120),
            Optional.empty());
    CommandRunner.Outcome outcome =
        runner.run(
            request,
            (s, l) -> (s == OutputListener.Stream.STDOUT ? out : err).incrementAndGet(),
            new Stopper(Duration.ofSeconds(120), InstantSource.system()));

    assertThat(outcome.record().outcome()).isEqualTo(CommandOutcome.EXITED);
    assertThat(outcome.record().exitCode()).contains(0);
    assertThat(out.get()).isEqualTo(20_000);
    assertThat(err.get()).isEqualTo(20_000);
    assertThat(outcome.record().stdout().text().lines().count()).isEqualTo(20_000);
    assertThat(outcome.record().stderr().text()).endsWith("err line 19999\n");
  }

  @Test
  void aCommandThatReadsStdinGetsEndOfFileInsteadOfHanging() {
    CommandRunner.Outcome outcome = run("app-1", "cat; echo after-cat", Duration.ofSeconds(20));

    assertThat(outcome.record().outcome()).isEqualTo(CommandOutcome.EXITED);
    assertThat(outcome.record().stdout().text()).isEqualTo("after-cat\n");
  }

  @Test
  void logsInWithAKeyFromTheVaultAuditedOnTheIncident() throws Exception {
    org.sitrep.model.vault.VaultService vault = new org.sitrep.model.vault.VaultService(ws);
    vault.initialize(
        "correct horse battery staple".toCharArray(), org.sitrep.model.vault.KdfParams.FLOOR);
    vault.add(
        new org.sitrep.model.vault.NewVaultItem(
            "app-1 deploy key",
            org.sitrep.model.vault.VaultItemKind.SSH_KEY,
            System.getProperty("user.name"),
            "app-1",
            "",
            List.of(),
            Optional.empty(),
            org.sitrep.model.vault.Seal.NONE),
        java.nio.file.Files.readString(sshd.clientKey()).toCharArray(),
        new char[0]);
    hosts.save(sshd.host("app-9").withIdentity("vault:app-1 deploy key"));
    SshConnector withVault =
        new SshConnector(
            hosts::find, IdentitySource.files(new VaultIdentities(vault)), Duration.ofSeconds(10));
    CommandRunner vaultRunner =
        new CommandRunner(
            ws,
            (h, incident) -> new SshExecutor(withVault, h, Optional.of(incident)),
            new LocalExecutor(),
            CommandRunner.DEFAULT_CAP_BYTES);
    RunRequest request = RunRequest.console(incident, hosts.find("app-9"), "echo with-vault-key");

    vault.lock();
    CommandRunner.Outcome locked =
        vaultRunner.run(
            request,
            OutputListener.IGNORE,
            new Stopper(Duration.ofSeconds(20), InstantSource.system()));
    assertThat(locked.record().outcome()).isEqualTo(CommandOutcome.NOT_RUN);
    assertThat(locked.record().problem().orElseThrow()).contains("unlock the vault first");

    vault.unlock("correct horse battery staple".toCharArray());
    CommandRunner.Outcome ran =
        vaultRunner.run(
            request,
            OutputListener.IGNORE,
            new Stopper(Duration.ofSeconds(20), InstantSource.system()));
    assertThat(ran.record().stdout().text()).isEqualTo("with-vault-key\n");
    List<LogEntry> timeline = ws.read(dsl -> LogRepository.timeline(dsl, incident));
    assertThat(timeline)
        .filteredOn(e -> e.event() == EventCode.VAULT_SECRET_USED)
        .singleElement()
        .satisfies(
            e -> assertThat(e.text()).contains("app-1 deploy key").contains("ssh login to app-9"));
  }
}
