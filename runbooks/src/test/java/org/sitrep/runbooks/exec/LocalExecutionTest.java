package org.sitrep.runbooks.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.command.CommandIntent;
import org.sitrep.model.command.CommandOutcome;
import org.sitrep.model.export.IncidentExport;
import org.sitrep.model.host.Host;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogEntry;
import org.sitrep.model.log.LogRepository;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestWorkspace;

/** Commands on this laptop: capture, caps, binary output, stopping, guard rails, redaction. */
class LocalExecutionTest {

  @TempDir Path dir;
  Workspace ws;
  String incident;

  @BeforeEach
  void open() {
    ws = TestWorkspace.open(dir);
    incident = declare(IncidentKind.REAL);
  }

  @AfterEach
  void close() {
    ws.close();
  }

  private String declare(IncidentKind kind) {
    return new IncidentService(ws)
        .declare(new NewIncident("api latency", Severity.SEV3, kind, List.of(), ""))
        .id();
  }

  private CommandRunner runner(int cap) {
    return new CommandRunner(
        ws,
        (h, i) -> {
          throw new AssertionError("no remote hosts here");
        },
        new LocalExecutor(),
        cap);
  }

  private CommandRunner.Outcome run(
      String command, int cap, OutputListener listener, Duration timeout) {
    RunRequest r =
        new RunRequest(incident, Optional.empty(), command, "console", timeout, Optional.empty());
    return runner(cap).run(r, listener, new Stopper(timeout, InstantSource.system()));
  }

  @Test
  void keepsTheStartAndTheEndOfOutputBeyondTheCapAndSaysSo() {
    String command =
        "i=0; while [ $i -lt 20000 ]; do echo \"line $i of a long log\"; i=$((i+1)); done";
    CommandRunner.Outcome outcome =
        run(command, 64 * 1024, OutputListener.IGNORE, Duration.ofSeconds(60));

    var stdout = outcome.record().stdout();
    assertThat(stdout.truncated()).isTrue();
    assertThat(stdout.bytes()).isGreaterThan(400_000);
    assertThat(stdout.text())
        .startsWith("line 0 of a long log\n")
        .endsWith("line 19999 of a long log\n")
        .contains(" cut here: kept the first 32.0 KiB and the last 32.0 KiB of ");
    assertThat(stdout.text().length()).isLessThan(70 * 1024);
    assertThat(outcome.result().text()).contains("stdout ").contains("kept of");
  }

  @Test
  void binaryOutputIsSummarisedAndTerminalEscapesAreRemoved() {
    List<String> live = new CopyOnWriteArrayList<>();
    CommandRunner.Outcome binary =
        run(
            "printf 'ELF\\000\\001\\002\\003'; head -c 3000 /dev/urandom",
            1 << 20,
            (s, l) -> live.add(l),
            Duration.ofSeconds(20));
    assertThat(binary.record().stdout().binary()).isTrue();
    assertThat(binary.record().stdout().text())
        .startsWith("[binary output, ")
        .contains("45 4c 46 00");
    assertThat(live).containsExactly("[binary output — not shown]");

    CommandRunner.Outcome colours =
        run(
            "printf '\\033[31mred\\033[0m and \\007bell\\n'",
            1 << 20,
            OutputListener.IGNORE,
            Duration.ofSeconds(20));
    assertThat(colours.record().stdout().text()).isEqualTo("red and \\x07bell\n");
  }

  @Test
  void aTimeoutKillsTheWholeProcessTree() throws Exception {
    String marker = "41" + (System.nanoTime() % 100_000);
    CommandRunner.Outcome outcome =
        run(
            "sleep 1" + marker + " & sleep 2" + marker + "; wait",
            1 << 20,
            OutputListener.IGNORE,
            Duration.ofMillis(500));

    assertThat(outcome.record().outcome()).isEqualTo(CommandOutcome.TIMED_OUT);
    assertThat(outcome.record().exitCode()).isEmpty();
    List<String> left = new ArrayList<>();
    // Reaping is asynchronous; a loaded machine needs more than five seconds at times.
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      left = new ArrayList<>(OpenSshServer.processesMatching("sleep 1" + marker));
      left.addAll(OpenSshServer.processesMatching("sleep 2" + marker));
      if (left.isEmpty()) {
        break;
      }
      Thread.sleep(100);
    }
    assertThat(left).isEmpty();
  }

  @Test
  void cancelStopsTheCommandAndIsLoggedAsCancelled() throws Exception {
    Stopper stopper = new Stopper(Duration.ofMinutes(5), InstantSource.system());
    RunRequest r = RunRequest.console(incident, Optional.empty(), "echo started; sleep 30");
    List<String> live = new CopyOnWriteArrayList<>();
    Thread canceller =
        Thread.ofVirtual()
            .start(
                () -> {
                  while (live.isEmpty()) {
                    Thread.onSpinWait();
                  }
                  stopper.cancel();
                });
    CommandRunner.Outcome outcome = runner(1 << 20).run(r, (s, l) -> live.add(l), stopper);
    canceller.join();

    assertThat(outcome.record().outcome()).isEqualTo(CommandOutcome.CANCELLED);
    assertThat(outcome.result().event()).isEqualTo(EventCode.COMMAND_CANCELLED);
    assertThat(outcome.result().text()).startsWith("cancelled by Alex Rivera after ");
    assertThat(outcome.record().duration()).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void destructiveCommandsNeedTheTargetNameTypedAndDrillsNeverTouchProduction() {
    CommandRunner runner = runner(1 << 20);
    Path victim = dir.resolve("victim");
    String command = "rm -rf " + victim;
    assertThatThrownBy(
            () ->
                runner.run(
                    RunRequest.console(incident, Optional.empty(), command),
                    OutputListener.IGNORE,
                    new Stopper(Duration.ofSeconds(5), InstantSource.system())))
        .isInstanceOf(ChangeRefusedException.class)
        .hasMessageContaining("looks destructive (rm -rf")
        .hasMessageContaining("type the host name 'local'");
    List<LogEntry> timeline = ws.read(dsl -> LogRepository.timeline(dsl, incident));
    assertThat(timeline).extracting(LogEntry::event).doesNotContain(EventCode.COMMAND_STARTED);

    var ok =
        runner.run(
            RunRequest.console(incident, Optional.empty(), command).confirmedWith("local"),
            OutputListener.IGNORE,
            new Stopper(Duration.ofSeconds(5), InstantSource.system()));
    assertThat(ok.record().exitCode()).contains(0);

    Host prod = Host.of("db-1", "10.0.0.5", 22, "ops").withEnvironment("production");
    assertThat(runner.review(RunRequest.console(incident, Optional.of(prod), "uptime")).reasons())
        .containsExactly("db-1 is a production host");
    String drill = declare(IncidentKind.DRILL);
    assertThatThrownBy(
            () ->
                runner.run(
                    RunRequest.console(drill, Optional.of(prod), "uptime").confirmedWith("db-1"),
                    OutputListener.IGNORE,
                    new Stopper(Duration.ofSeconds(5), InstantSource.system())))
        .hasMessageContaining("this is a drill: commands never run against production hosts");
  }

  @Test
  void anIntentWithoutAResultReadsAsOutcomeUnknown() {
    var log = runner(1024).log();
    LogEntry intent =
        log.intent(
            new CommandIntent(
                incident,
                "db-1",
                "ops@10.0.0.5",
                "production",
                "systemctl restart pgbouncer",
                "console",
                Optional.empty()));

    assertThat(log.outcomeUnknown(incident)).extracting(LogEntry::id).containsExactly(intent.id());
  }

  @Test
  void secretsInCommandsAndOutputNeverReachTheFileOrAnExport() throws Exception {
    ws.redactor().learn("CANARY-vault-7c1e9");
    List<String> live = new CopyOnWriteArrayList<>();
    String command =
        "echo connecting to postgres://app:CANARY-pw-5d2a@db-1/orders; "
            + "echo 'Authorization: Bearer CANARY-tok-9f3b' >&2; "
            + "echo the vault says CANARY-vault-7c1e9; "
            + "printf -- '-----BEGIN OPENSSH PRIVATE KEY-----\\nCANARY-key-line-1\\nCANARY-key-line-2\\n-----END OPENSSH PRIVATE KEY-----\\n'";
    run(command, 1 << 20, (s, l) -> live.add(l), Duration.ofSeconds(20));

    IncidentExport export = ws.read(dsl -> IncidentExport.of(dsl, incident));
    List<String> places =
        new ArrayList<>(List.of(export.toJson(), export.toMarkdown(), String.join("\n", live)));
    ws.close();
    for (String file : new String[] {"sitrep.db", "sitrep.db-wal"}) {
      Path p = dir.resolve(file);
      if (Files.exists(p)) {
        places.add(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
      }
    }
    for (String place : places) {
      assertThat(place).doesNotContain("CANARY");
    }
    // The search looks where the entries are: the redacted text itself is in the file.
    String files = String.join("", places.subList(3, places.size()));
    assertThat(files).contains("connecting to postgres://app:[REDACTED password]@db-1/orders");
    assertThat(String.join("\n", live))
        .contains(
            "[REDACTED password]",
            "[REDACTED credential]",
            "[REDACTED secret]",
            "[REDACTED private key]");
    ws = TestWorkspace.open(dir);
  }
}
