package org.sitrep.runbooks.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.host.HostInventory;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.testing.TestWorkspace;
import org.sitrep.runbooks.exec.CommandRunner;
import org.sitrep.runbooks.exec.IdentitySource;
import org.sitrep.runbooks.exec.LocalExecutor;
import org.sitrep.runbooks.exec.OpenSshServer;
import org.sitrep.runbooks.exec.RunRequest;
import org.sitrep.runbooks.exec.SshConnector;
import org.sitrep.runbooks.exec.SshExecutor;
import org.sitrep.runbooks.exec.Stopper;

/**
 * What running through Sitrep costs over plain {@code ssh}: the same trivial command, to the same
 * real sshd on 127.0.0.1, in the same run — once with OpenSSH's client, once with run-and-log
 * (intent entry, connect, run, capture, result entry with the record attached, all fsynced). And a
 * command that prints 100 MB, to see logging keep up. On demand only:
 *
 * <pre>
 * mvn -B -Pbench -pl runbooks -am test -Dtest=CommandRunBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Prints the figures and writes them to {@code runbooks/target/bench/commands.md}; asserts only
 * that every command ran.
 */
@Tag("bench")
class CommandRunBenchmark {

  private static final int ROUNDS = Integer.getInteger("bench.rounds", 40);
  private static final int WARMUP = 8;

  @TempDir Path dir;

  @Test
  void perCommandOverheadAndA100MegabyteCommand() throws Exception {
    try (OpenSshServer sshd = OpenSshServer.start(dir.resolve("sshd"));
        Workspace ws = TestWorkspace.open(dir.resolve("ws"))) {
      Files.writeString(
          dir.resolve("known_hosts"), "[127.0.0.1]:" + sshd.port() + " " + sshd.hostKey() + "\n");
      HostInventory hosts = new HostInventory(ws);
      hosts.save(sshd.host("bench-1"));
      SshConnector connector =
          new SshConnector(
              hosts::find, IdentitySource.files(IdentitySource.NO_VAULT), Duration.ofSeconds(10));
      CommandRunner runner =
          new CommandRunner(
              ws,
              (h, incident) -> new SshExecutor(connector, h, Optional.of(incident)),
              new LocalExecutor(),
              CommandRunner.DEFAULT_CAP_BYTES);
      // A real incident: drills never run commands (ADR 11), so they would measure nothing.
      String incident =
          new IncidentService(ws)
              .declare(new NewIncident("bench", Severity.SEV4, IncidentKind.REAL, List.of(), ""))
              .id();
      RunRequest trueCommand =
          new RunRequest(
              incident,
              hosts.find("bench-1"),
              "true",
              "bench",
              Duration.ofSeconds(30),
              Optional.empty());

      for (int i = 0; i < WARMUP; i++) {
        plainSsh(sshd);
        runner.run(
            trueCommand, (s, l) -> {}, new Stopper(Duration.ofSeconds(30), InstantSource.system()));
      }
      List<Long> ssh = new ArrayList<>();
      List<Long> sitrep = new ArrayList<>();
      // Interleaved, so a noisy neighbour on the shared machine hits both alike.
      for (int i = 0; i < ROUNDS; i++) {
        ssh.add(plainSsh(sshd));
        long t0 = System.nanoTime();
        var outcome =
            runner.run(
                trueCommand,
                (s, l) -> {},
                new Stopper(Duration.ofSeconds(30), InstantSource.system()));
        sitrep.add(System.nanoTime() - t0);
        assertThat(outcome.record().exitCode()).contains(0);
      }

      AtomicLong lines = new AtomicLong();
      RunRequest big =
          new RunRequest(
              incident,
              hosts.find("bench-1"),
              "head -c 100000000 /dev/zero | tr '\\0' x | fold -w 99",
              "bench",
              Duration.ofMinutes(10),
              Optional.empty());
      long t0 = System.nanoTime();
      var outcome =
          runner.run(
              big,
              (s, l) -> lines.incrementAndGet(),
              new Stopper(Duration.ofMinutes(10), InstantSource.system()));
      long bigNanos = System.nanoTime() - t0;
      assertThat(outcome.record().stdout().bytes()).isEqualTo(101_010_101L);

      Path rawFile = dir.resolve("raw.out");
      long t1 = System.nanoTime();
      new ProcessBuilder(sshArgs(sshd, "head -c 100000000 /dev/zero | tr '\\0' x | fold -w 99"))
          .redirectOutput(rawFile.toFile())
          .start()
          .waitFor();
      long rawNanos = System.nanoTime() - t1;
      assertThat(Files.size(rawFile)).isEqualTo(101_010_101L);

      String report =
          report(
              ssh,
              sitrep,
              bigNanos,
              rawNanos,
              lines.get(),
              outcome.record().stdout().text().length(),
              Files.size(ws.file()));
      System.out.println(report);
      Path out = Path.of("target", "bench", "commands.md");
      Files.createDirectories(out.getParent());
      Files.writeString(out, report);
    }
  }

  private static List<String> sshArgs(OpenSshServer sshd, String command) {
    return List.of(
        "ssh",
        "-q",
        "-i",
        sshd.clientKey().toString(),
        "-p",
        String.valueOf(sshd.port()),
        "-o",
        "UserKnownHostsFile=" + sshd.dir().getParent().resolve("known_hosts"),
        "-o",
        "StrictHostKeyChecking=yes",
        "-o",
        "BatchMode=yes",
        System.getProperty("user.name") + "@127.0.0.1",
        command);
  }

  private static long plainSsh(OpenSshServer sshd) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(sshArgs(sshd, "true")).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("plain ssh failed: " + out);
    }
    return System.nanoTime() - t0;
  }

  private static String report(
      List<Long> ssh,
      List<Long> sitrep,
      long bigNanos,
      long rawNanos,
      long lines,
      int keptChars,
      long dbBytes) {
    double sshMedian = median(ssh);
    double sitrepMedian = median(sitrep);
    return String.format(
        Locale.ROOT,
        """
        ## Commands — %d interleaved rounds of `true` on a real sshd (127.0.0.1)

        | | median | mean | p90 |
        |---|---|---|---|
        | plain `ssh host true` (OpenSSH client, new process) | %.1f ms | %.1f ms | %.1f ms |
        | Sitrep run-and-log (intent + connect + run + result, fsynced) | %.1f ms | %.1f ms | %.1f ms |
        | **ratio Sitrep / ssh (median)** | **%.2f** | %.2f | |

        100 MB command (`head -c 100000000 /dev/zero | tr '\\0' x | fold -w 99`, 1,010,101 lines):
        Sitrep %.1f s (%.1f MB/s, %d lines streamed to the listener, %d chars kept in the record),
        plain ssh to a file %.1f s (%.1f MB/s). Workspace file afterwards: %.1f MB.
        """,
        ssh.size(),
        sshMedian / 1e6,
        mean(ssh) / 1e6,
        p90(ssh) / 1e6,
        sitrepMedian / 1e6,
        mean(sitrep) / 1e6,
        p90(sitrep) / 1e6,
        sitrepMedian / sshMedian,
        mean(sitrep) / mean(ssh),
        bigNanos / 1e9,
        101.010101 / (bigNanos / 1e9),
        lines,
        keptChars,
        rawNanos / 1e9,
        101.010101 / (rawNanos / 1e9),
        dbBytes / 1e6);
  }

  private static double median(List<Long> xs) {
    List<Long> s = xs.stream().sorted().toList();
    return s.get(s.size() / 2);
  }

  private static double p90(List<Long> xs) {
    List<Long> s = xs.stream().sorted().toList();
    return s.get((int) Math.min(s.size() - 1, Math.round(s.size() * 0.9)));
  }

  private static double mean(List<Long> xs) {
    return xs.stream().mapToLong(Long::longValue).average().orElse(0);
  }
}
