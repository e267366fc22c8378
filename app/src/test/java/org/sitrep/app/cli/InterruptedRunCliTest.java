package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Main;
import org.sitrep.model.command.CommandLog;
import org.sitrep.model.store.Workspace;

/**
 * {@code sitrep run --local -- sleep 600} in a child JVM, killed with SIGKILL while the command
 * runs: the next start says on stderr, once, that the command was interrupted and its host must be
 * checked; {@code log show} shows the mark and {@code verify} still passes.
 */
class InterruptedRunCliTest {

  private static final long LIMIT_MS = 90_000;

  @TempDir Path data;

  private CliRun sitrep(String... args) {
    return CliRun.sitrep(data, "Dana Okafor", args);
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void aRunKilledWithTheAppIsMarkedInterruptedOnTheNextStart() throws Exception {
    String incident =
        sitrep("incident", "declare", "--title", "disk full on db-2", "--sev", "2").out().strip();
    Path childErr = data.resolve("child-stderr.log");
    Process child = startRun(incident, childErr);
    List<ProcessHandle> commands = new ArrayList<>();
    try (Workspace ws = Workspace.openIn(data)) {
      CommandLog log = new CommandLog(ws);
      waitFor(
          "the intent entry of the child's run",
          child,
          childErr,
          () -> !log.outcomeUnknown(incident).isEmpty());
      waitFor(
          "`sleep 600` started by the child",
          child,
          childErr,
          () -> child.descendants().anyMatch(p -> p.info().command().orElse("").endsWith("sleep")));
      child.descendants().forEach(commands::add);

      // SIGKILL: no shutdown hook, no finally block, no result entry.
      assertThat(child.toHandle().destroyForcibly()).isTrue();
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child died").isTrue();
      assertThat(child.exitValue()).as("killed by signal 9").isEqualTo(128 + 9);
      assertThat(commands).as("the command outlived Sitrep").anyMatch(ProcessHandle::isAlive);

      CliRun next = sitrep("log", "show", incident);
      assertThat(next.exit()).isZero();
      assertThat(next.err())
          .containsOnlyOnce("interrupted — result unknown")
          .contains("sitrep: interrupted — result unknown: `sleep 600` on local at ")
          .contains("; check the host");
      assertThat(next.out())
          .contains("interrupted — result unknown on local")
          .contains("$ sleep 600");

      CliRun again = sitrep("log", "show", incident);
      assertThat(again.err()).doesNotContain("interrupted");
      assertThat(again.out()).containsOnlyOnce("interrupted — result unknown on local");
      assertThat(log.outcomeUnknown(incident)).isEmpty();
      assertThat(sitrep("verify").exit()).isZero();
    } finally {
      child.toHandle().destroyForcibly();
      commands.forEach(ProcessHandle::destroyForcibly);
    }
  }

  /** {@code sitrep run INCIDENT --local -- sleep 600}, through the app's real entry point. */
  private Process startRun(String incident, Path childErr) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "--enable-native-access=ALL-UNNAMED",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-Xmx256m",
            "-Dorg.jooq.no-logo=true",
            "-Dorg.jooq.no-tips=true",
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "--data-dir",
            data.toString(),
            "--as",
            "Dana Okafor",
            "run",
            incident,
            "--local",
            "--",
            "sleep 600")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.appendTo(childErr.toFile()))
        .start();
  }

  private static void waitFor(String what, Process child, Path childErr, BooleanSupplier done)
      throws Exception {
    long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LIMIT_MS);
    while (!done.getAsBoolean()) {
      if (!child.isAlive() || System.nanoTime() > until) {
        fail(
            "waited for "
                + what
                + " ("
                + (child.isAlive() ? "still running after " + LIMIT_MS + " ms" : "child exited")
                + "); its stderr:\n"
                + (Files.exists(childErr) ? Files.readString(childErr) : ""));
      }
      Thread.sleep(100);
    }
  }
}
