package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.app.cli.VaultCliTest.PASS;
import static org.sitrep.app.cli.VaultCliTest.withStdin;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.agent.AgentClient;
import org.sitrep.app.agent.AgentSocket;
import org.sitrep.app.agent.KeyAgent;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.vault.HeldKeys;

/**
 * The agent (issue 24, ADR 17): the passphrase typed once, then headless commands mask every vault
 * value and sign with this laptop's sealed keys; without it they say how to start it.
 */
class AgentCliTest {

  static final String CANARY = "agent-canary-Vq8Lw3Rt6Yp";

  @TempDir Path dir;
  private final InputStream originalIn = System.in;

  @AfterEach
  void restoreStdin() {
    System.setIn(originalIn);
    AgentClient.stop(AgentSocket.forWorkspace(dir));
  }

  @Test
  void headlessCommandsMaskVaultValuesAndSyncWithTheAgentsKeys() throws Exception {
    VaultCliTest.init(dir);
    CliRun added =
        withStdin(
            dir,
            PASS + "\n" + CANARY + "\n",
            "vault",
            "add",
            "db-1 root",
            "--kind",
            "password",
            "--passphrase-stdin");
    assertThat(added.exit()).as(added.err()).isZero();
    String share = Files.createDirectories(dir.resolve("share")).toUri().toString();
    assertThat(CliRun.sitrep(dir, "Dana", "sync", "add-target", "office", share).exit()).isZero();

    Path socket = AgentSocket.forWorkspace(dir);
    AtomicReference<CliRun> agentRun = new AtomicReference<>();
    System.setIn(new java.io.ByteArrayInputStream((PASS + "\n").getBytes(StandardCharsets.UTF_8)));
    Thread agent =
        new Thread(
            () ->
                agentRun.set(
                    CliRun.sitrep(
                        dir, "Dana", "agent", "start", "--foreground", "--passphrase-stdin")));
    agent.start();
    waitFor(() -> AgentClient.ping(socket).isPresent());
    System.setIn(originalIn);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket.getParent())))
        .isEqualTo("rwx------");

    // No passphrase typed from here on: the agent holds the keys.
    CliRun founded = CliRun.sitrep(dir, "Dana", "team", "found", "office");
    assertThat(founded.exit()).as(founded.err()).isZero();
    String id =
        CliRun.sitrep(dir, "Dana", "incident", "declare", "--title", "DB login", "--sev", "2")
            .out()
            .strip();
    CliRun noted =
        CliRun.sitrep(dir, "Dana", "log", "add", id, "tried root with " + CANARY + " on db-1");
    assertThat(noted.exit()).as(noted.err()).isZero();
    CliRun shown = CliRun.sitrep(dir, "Dana", "log", "show", id);
    assertThat(shown.out()).contains("tried root with").doesNotContain(CANARY);
    CliRun synced = CliRun.sitrep(dir, "Dana", "sync", "now");
    assertThat(synced.exit()).as(synced.err()).isZero();
    assertThat(synced.out()).contains("office: sent");

    assertThat(CliRun.sitrep(dir, "Dana", "agent", "stop").out()).contains("agent stopped");
    agent.join(Duration.ofSeconds(60).toMillis());
    assertThat(agent.isAlive()).isFalse();
    assertThat(agentRun.get().exit()).as(agentRun.get().err()).isZero();
    assertThat(socket).doesNotExist();

    for (String name : new String[] {"sitrep.db", "sitrep.db-wal"}) {
      Path file = dir.resolve(name);
      if (Files.exists(file)) {
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
            .as(name)
            .doesNotContain(CANARY);
      }
    }
    CliRun after = CliRun.sitrep(dir, "Dana", "sync", "now");
    assertThat(after.exit()).isNotZero();
    assertThat(after.err())
        .contains("--passphrase-stdin")
        .contains("sitrep agent start")
        .doesNotContain("Exception");
  }

  @Test
  void agentStartRunsInTheBackgroundUntilStopped() throws Exception {
    VaultCliTest.init(dir);
    CliRun started =
        withStdin(dir, PASS + "\n", "agent", "start", "--idle", "10m", "--passphrase-stdin");
    assertThat(started.exit()).as(started.err()).isZero();
    assertThat(started.out()).contains("agent running (pid").contains("sitrep agent stop");
    assertThat(CliRun.sitrep(dir, "Dana", "agent", "status").exit()).isZero();
    System.setIn(originalIn);

    CliRun again = withStdin(dir, PASS + "\n", "agent", "start", "--passphrase-stdin");
    assertThat(again.exit()).isNotZero();
    assertThat(again.err()).contains("an agent is already running");

    assertThat(CliRun.sitrep(dir, "Dana", "agent", "stop").out()).contains("agent stopped");
    Path socket = AgentSocket.forWorkspace(dir);
    waitFor(() -> !Files.exists(socket));
    CliRun status = CliRun.sitrep(dir, "Dana", "agent", "status");
    assertThat(status.exit()).isNotZero();
    assertThat(status.out()).contains("no agent running (start one: sitrep agent start)");
  }

  @Test
  void theAgentForgetsTheKeysWhenIdleAndRemovesItsSocket() throws Exception {
    Path socket = dir.resolve("run").resolve("agent.sock");
    AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-07T18:00:00Z"));
    InstantSource clock = now::get;
    KeyAgent agent =
        new KeyAgent(
            socket,
            new HeldKeys(new byte[32], Optional.of(new byte[32])),
            Duration.ofMinutes(30),
            clock);
    agent.bind();
    Thread serving = new Thread(agent::serve);
    serving.start();
    assertThat(AgentClient.keys(socket)).isPresent();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket)))
        .isEqualTo("rw-------");

    now.set(now.get().plus(Duration.ofMinutes(31)));
    waitFor(() -> AgentClient.keys(socket).isEmpty());
    serving.join(Duration.ofSeconds(60).toMillis());
    assertThat(serving.isAlive()).isFalse();
    assertThat(socket).doesNotExist();
    assertThat(AgentCommand.parseIdle("45m")).isEqualTo(Duration.ofMinutes(45));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> AgentCommand.parseIdle("soon"))
        .isInstanceOf(ChangeRefusedException.class)
        .hasMessageContaining("30m, 8h or 2d");
  }

  /** Waits for a condition with a generous limit (never a fixed sleep as the assertion). */
  static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition within 60 s").isLessThan(deadline);
      Thread.sleep(50);
    }
  }
}
