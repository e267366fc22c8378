package org.sitrep.runbooks.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.pubkey.AcceptAllPublickeyAuthenticator;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.shell.ProcessShellFactory;
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
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestWorkspace;

/**
 * Fast cases against an embedded SSH server (Apache MINA SSHD, in this JVM, 127.0.0.1): key trust,
 * binary output and the pid line the wrapper prints. The real-sshd behaviour (process groups, jump
 * hosts) is in {@link OpenSshExecutionTest}.
 */
class EmbeddedSshTest {

  @TempDir static Path serverDir;
  static SshServer server;
  static HostKey serverKey;

  @TempDir Path dir;
  Workspace ws;
  HostInventory hosts;
  SshConnector connector;
  CommandRunner runner;
  String incident;

  @BeforeAll
  static void start() throws Exception {
    server = SshServer.setUpDefaultServer();
    server.setHost("127.0.0.1");
    server.setPort(0);
    SimpleGeneratorHostKeyProvider keys =
        new SimpleGeneratorHostKeyProvider(serverDir.resolve("host.ser"));
    keys.setAlgorithm("EC");
    server.setKeyPairProvider(keys);
    server.setPublickeyAuthenticator(AcceptAllPublickeyAuthenticator.INSTANCE);
    // MINA runs commands without a shell; OpenSSH runs them through the login shell.
    server.setCommandFactory(
        (channel, command) ->
            new ProcessShellFactory("/bin/sh", "/bin/sh", "-c", command).createShell(channel));
    server.start();
    PublicKey key = keys.loadKeys(null).iterator().next().getPublic();
    serverKey = HostKey.parse(PublicKeyEntry.toString(key));
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop(true);
  }

  @BeforeEach
  void open() throws Exception {
    ws = TestWorkspace.open(dir);
    hosts = new HostInventory(ws);
    Path clientKey = dir.resolve("id_ed25519");
    new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", clientKey.toString())
        .start()
        .waitFor();
    hosts.save(
        Host.of("mina", "127.0.0.1", server.getPort(), "ops").withIdentity(clientKey.toString()));
    connector =
        new SshConnector(
            hosts::find, IdentitySource.files(IdentitySource.NO_VAULT), Duration.ofSeconds(10));
    runner =
        new CommandRunner(
            ws,
            (h, incident) -> new SshExecutor(connector, h, Optional.of(incident)),
            new LocalExecutor(),
            64 * 1024);
    incident =
        new IncidentService(ws)
            .declare(
                new NewIncident("queue backlog", Severity.SEV3, IncidentKind.REAL, List.of(), ""))
            .id();
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private CommandRunner.Outcome run(String command) {
    return runner.run(
        RunRequest.console(incident, hosts.find("mina"), command),
        OutputListener.IGNORE,
        new Stopper(Duration.ofSeconds(30), InstantSource.system()));
  }

  @Test
  void anUnknownKeyIsRefusedWithItsFingerprintAndTrustPinsExactlyThatKey() throws Exception {
    assertThatThrownBy(() -> run("true"))
        .isInstanceOf(UntrustedHostKey.class)
        .hasMessageContaining("not trusted yet")
        .hasMessageContaining(serverKey.fingerprint());

    HostKey fetched = connector.fetchKey(hosts.find("mina").orElseThrow());
    assertThat(fetched.sameKeyAs(serverKey)).isTrue();
    hosts.trust("mina", fetched, Optional.of(incident));

    assertThat(run("true").record().exitCode()).contains(0);
    assertThat(hosts.find("mina").orElseThrow().hostKey()).contains(fetched);
  }

  @Test
  void aPinnedKeyOfAnotherTypeIsAChangedKeyNotANegotiation() {
    // An RSA key pinned for a server that has only an EC key: the connection asks for RSA only,
    // fails, and that must read as a changed key, never fall back to whatever the server offers.
    HostKey rsa =
        HostKey.parse(
            "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQC7vbqajDhA2Ggeuu3q7bc2wQvDyl4yXSDUn1mt8Lg2xZ8u"
                + "Y0oGn6hBbYpO4jDDYX5QUF7XmW4T1VxgP5bKkVgqF6tHnOsqqyEYnr3hW2HnGcR3fwYkxT8vgq"
                + "dfPFyvgmx7Sz5vQz6XW3xGb7K2vFvR8u8K5tC3D5M0wS7XQ2mY1w==");
    hosts.save(hosts.find("mina").orElseThrow().withHostKey(rsa));

    CommandRunner.Outcome outcome = run("true");

    assertThat(outcome.record().outcome()).isEqualTo(CommandOutcome.NOT_RUN);
    assertThat(outcome.record().problem().orElseThrow())
        .contains("offers no host key of the trusted type (ssh-rsa)");
    assertThat(hosts.find("mina").orElseThrow().hostKey()).contains(rsa);
  }
}
