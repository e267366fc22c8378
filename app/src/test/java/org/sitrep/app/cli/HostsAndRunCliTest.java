package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.runbooks.exec.OpenSshServer;

/** {@code hosts} and {@code run} against a real OpenSSH sshd on 127.0.0.1. */
class HostsAndRunCliTest {

  @TempDir static Path serverDir;
  static OpenSshServer sshd;

  @TempDir Path data;
  Path config;
  Path knownHosts;
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

  private CliRun sitrep(String... args) {
    return CliRun.sitrep(data, "Dana Okafor", args);
  }

  @BeforeEach
  void setUp() throws Exception {
    config = data.resolve("ssh_config");
    Files.writeString(
        config,
        "Host app-1\n  HostName 127.0.0.1\n  Port "
            + sshd.port()
            + "\n  User "
            + System.getProperty("user.name")
            + "\n  IdentityFile "
            + sshd.clientKey()
            + "\n  # sitrep: environment=staging\n\nHost fresh\n  HostName localhost\n  Port "
            + sshd.port()
            + "\n  IdentityFile "
            + sshd.clientKey()
            + "\n");
    knownHosts = data.resolve("known_hosts");
    Files.writeString(knownHosts, "[127.0.0.1]:" + sshd.port() + " " + sshd.hostKey() + "\n");
    incident =
        sitrep("incident", "declare", "--title", "checkout 500s", "--sev", "2").out().strip();
  }

  @Test
  void importPreviewsThenSavesAndPinsKnownKeys() {
    CliRun dry =
        sitrep(
            "hosts",
            "import-ssh-config",
            config.toString(),
            "--known-hosts",
            knownHosts.toString(),
            "--dry-run");
    assertThat(dry.exit()).isZero();
    assertThat(dry.out()).contains("would add  app-1").contains("would add  fresh");
    assertThat(sitrep("hosts", "list").out()).contains("no hosts yet");

    CliRun real =
        sitrep(
            "hosts",
            "import-ssh-config",
            config.toString(),
            "--known-hosts",
            knownHosts.toString());
    assertThat(real.exit()).isZero();
    assertThat(real.err()).contains("no known_hosts key for fresh");
    String list = sitrep("hosts", "list").out();
    assertThat(list).contains("app-1").contains("[staging]").contains(sshd.hostKey().fingerprint());
    assertThat(list.lines().filter(l -> l.startsWith("fresh")).findFirst().orElseThrow())
        .contains("NOT TRUSTED YET");

    CliRun again =
        sitrep(
            "hosts",
            "import-ssh-config",
            config.toString(),
            "--known-hosts",
            knownHosts.toString(),
            "--dry-run");
    assertThat(again.out()).contains("would unchanged  app-1");
  }

  @Test
  void runStreamsOutputExitsWithTheRemoteCodeAndLogsIntentAndResult() {
    sitrep("hosts", "import-ssh-config", config.toString(), "--known-hosts", knownHosts.toString());

    CliRun run =
        sitrep(
            "run",
            incident,
            "--host",
            "app-1",
            "--",
            "echo deployed v42; echo 'warn: cache cold' >&2; exit 7");

    assertThat(run.exit()).isEqualTo(7);
    assertThat(run.out()).isEqualTo("deployed v42\n");
    assertThat(run.err()).contains("warn: cache cold").contains("sitrep: exit 7 after ");
    String log = sitrep("log", "show", incident).out();
    assertThat(log)
        .contains("on app-1 (")
        .contains("$ echo deployed v42")
        .contains("exit 7 after ");

    CliRun timedOut =
        sitrep("run", incident, "--host", "app-1", "--timeout", "1", "--", "sleep 30");
    assertThat(timedOut.exit()).isEqualTo(124);
    assertThat(sitrep("log", "show", incident).out()).contains("timed out after");
  }

  @Test
  void anUnknownKeyIsShownAndOnlyTrustedWithTheRightFingerprint() {
    sitrep("hosts", "import-ssh-config", config.toString(), "--known-hosts", knownHosts.toString());

    CliRun refused = sitrep("run", incident, "--host", "fresh", "--", "true");
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err()).contains("not trusted yet").contains(sshd.hostKey().fingerprint());

    CliRun wrong = sitrep("hosts", "trust", "fresh", "--fingerprint", "SHA256:not-the-key");
    assertThat(wrong.exit()).isEqualTo(2);
    assertThat(wrong.err()).contains("does not match");

    CliRun trusted =
        sitrep(
            "hosts",
            "trust",
            "fresh",
            "--fingerprint",
            sshd.hostKey().fingerprint(),
            "--incident",
            incident);
    assertThat(trusted.exit()).isZero();
    assertThat(sitrep("run", incident, "--host", "fresh", "--", "echo ok").out()).isEqualTo("ok\n");
    assertThat(sitrep("log", "show", incident).out()).contains("trusted the host key of fresh");
  }

  @Test
  void aRevokedKeyIsNeverTrustedWhateverFingerprintIsTyped() throws Exception {
    sitrep("hosts", "import-ssh-config", config.toString(), "--known-hosts", knownHosts.toString());
    Path revoked = data.resolve("revoked_hosts");
    Files.writeString(revoked, "@revoked * " + sshd.hostKey() + "\n");

    CliRun refused =
        sitrep(
            "hosts",
            "trust",
            "fresh",
            "--fingerprint",
            sshd.hostKey().fingerprint(),
            "--known-hosts",
            revoked.toString());

    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err())
        .contains(sshd.hostKey().fingerprint())
        .contains(revoked + " marks @revoked: not trusted");
    assertThat(sitrep("hosts", "list").out()).contains("NOT TRUSTED YET");
  }

  @Test
  void aBrokenConfigImportsNothingAndNamesEveryLine() throws Exception {
    Files.writeString(config, "Host good\n  HostName good.example\n\nHost bad\n  Port seventy\n");

    CliRun run =
        sitrep(
            "hosts",
            "import-ssh-config",
            config.toString(),
            "--known-hosts",
            knownHosts.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains(config + ":5: Port 'seventy' is not a port number")
        .contains("nothing imported");
    assertThat(sitrep("hosts", "list").out()).contains("no hosts yet");
  }

  @Test
  void runsOnSeveralHostsAtOnceEachLoggedAndPrefixed() {
    sitrep("hosts", "import-ssh-config", config.toString(), "--known-hosts", knownHosts.toString());
    String user = System.getProperty("user.name");
    String key = sshd.hostKey().toString();
    for (String name : new String[] {"web-1", "web-2"}) {
      assertThat(
              sitrep(
                      "hosts",
                      "add",
                      name,
                      "--address",
                      "127.0.0.1",
                      "--port",
                      String.valueOf(sshd.port()),
                      "--user",
                      user,
                      "--tags",
                      "web",
                      "--environment",
                      "production",
                      "--identity",
                      sshd.clientKey().toString(),
                      "--host-key",
                      key)
                  .exit())
          .isZero();
    }

    CliRun unconfirmed = sitrep("run", incident, "--host", "tag:web", "--", "echo hi");
    assertThat(unconfirmed.exit()).isEqualTo(2);
    assertThat(unconfirmed.err()).contains("web-1 is a production host").contains("type 'tag:web'");

    CliRun run =
        sitrep(
            "run", incident, "--host", "tag:web", "--confirm", "tag:web", "--", "echo hi; exit 3");
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.out()).contains("[web-1] hi").contains("[web-2] hi");
    assertThat(run.err())
        .contains("sitrep: web-1: exit 3 after")
        .contains("sitrep: web-2: exit 3 after");
    String log = sitrep("log", "show", incident).out();
    assertThat(log)
        .contains("on web-1 (")
        .contains("on web-2 (")
        .contains("from command line, on tag:web");

    CliRun nothing = sitrep("run", incident, "--host", "tag:nope", "--", "true");
    assertThat(nothing.exit()).isEqualTo(2);
    assertThat(nothing.err()).contains("'tag:nope' matches no host");
  }
}
