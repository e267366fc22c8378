package org.sitrep.model.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.store.Workspace;

/**
 * A child JVM ({@link AppendUntilKilled}) appends entries and reports each commit; it is killed
 * with SIGKILL mid-stream, many times, always on the same workspace file; after every kill the
 * workspace is reopened here and every reported entry must be there, unchanged, and the chain must
 * verify.
 *
 * <p>The kill delays come from a seeded {@link Random}; the seed is printed and can be replayed
 * with {@code -Dsitrep.crash.seed=N} ({@code -Dsitrep.crash.rounds=N} changes the number of
 * rounds). Where exactly a kill lands still depends on the machine, so a replay is close, not
 * identical.
 */
class CrashRecoveryTest {

  private static final int ROUNDS = Integer.getInteger("sitrep.crash.rounds", 16);
  private static final int MIN_DELAY_MS = 50;
  private static final int MAX_DELAY_MS = 400;
  private static final long FIRST_COMMIT_TIMEOUT_S = 60;

  @TempDir Path dir;

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void everyReportedEntrySurvivesSigkillAndTheChainVerifies() throws Exception {
    long seed = Long.getLong("sitrep.crash.seed", System.nanoTime());
    System.out.println(
        "CrashRecoveryTest: seed " + seed + " (replay with -Dsitrep.crash.seed=" + seed + ")");
    Random random = new Random(seed);
    Path file = dir.resolve(Workspace.FILE_NAME);
    Path childErr = dir.resolve("child-stderr.log");
    long started = System.nanoTime();

    String incidentId = null;
    // every entry any child reported, in the order reported, across all rounds
    Map<String, String> reported = new LinkedHashMap<>();
    int timelineSize = 0;
    int committedButUnreported = 0;

    for (int round = 1; round <= ROUNDS; round++) {
      String where = "seed " + seed + ", round " + round;
      long childSeed = random.nextLong();
      int delayMs = MIN_DELAY_MS + random.nextInt(MAX_DELAY_MS - MIN_DELAY_MS + 1);

      ChildRun run = runAndKill(file, round, childSeed, delayMs, childErr, where);

      if (round == 1) {
        assertThat(run.incidentHow).as(where).isEqualTo("declared");
        incidentId = run.incidentId;
      } else {
        assertThat(run.incidentHow)
            .as(where + ": the child reuses the incident")
            .isEqualTo("reused");
        assertThat(run.incidentId).as(where).isEqualTo(incidentId);
      }
      assertThat(run.committed).as(where + ": the child reported at least one commit").isNotEmpty();
      for (Reported r : run.committed) {
        assertThat(reported.put(r.id, r.text))
            .as(where + ": the child reported entry " + r.id + " twice")
            .isNull();
      }

      long checkStarted = System.nanoTime();
      RoundCheck check = checkWorkspace(file, incidentId, reported, where);
      long checkMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - checkStarted);

      // Besides what was reported, at most the one entry in flight at the kill may have committed
      // (committed, then killed before or while printing it) — and it must be whole.
      int declared = round == 1 ? 1 : 0;
      int added = check.timeline.size() - timelineSize;
      assertThat(added)
          .as(where + ": new entries after " + run.committed.size() + " reported commits")
          .isBetween(run.committed.size() + declared, run.committed.size() + declared + 1);
      List<LogEntry> unreported = new ArrayList<>();
      for (LogEntry e : check.timeline.subList(timelineSize + declared, check.timeline.size())) {
        if (!reported.containsKey(e.id())) {
          unreported.add(e);
        }
      }
      if (!unreported.isEmpty()) {
        LogEntry last = check.timeline.get(check.timeline.size() - 1);
        assertThat(unreported)
            .as(where + ": the unreported entry is the last one written")
            .containsExactly(last);
        String expectedText = nthText(round, childSeed, run.committed.size() + 1);
        assertThat(last.text())
            .as(where + ": the committed-but-unreported entry is whole")
            .isEqualTo(expectedText);
        committedButUnreported++;
      }
      timelineSize = check.timeline.size();
      System.out.printf(
          "CrashRecoveryTest: round %2d: first commit after %4d ms, killed %3d ms later,"
              + " %4d reported,%s %5d in the log, checked in %3d ms%n",
          round,
          run.startupMs,
          delayMs,
          run.committed.size(),
          unreported.isEmpty() ? "                     " : " +1 committed unreported,",
          timelineSize,
          checkMs);
    }

    long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    System.out.printf(
        "CrashRecoveryTest: %d rounds, %d entries reported, %d found in the log"
            + " (1 declaration, %d committed but unreported), %d ms%n",
        ROUNDS, reported.size(), timelineSize, committedButUnreported, elapsedMs);
    assertThat(timelineSize).isEqualTo(reported.size() + 1 + committedButUnreported);
  }

  /**
   * Starts the child, waits for its first commit, lets it run {@code delayMs}, then SIGKILLs it.
   */
  private ChildRun runAndKill(
      Path file, int round, long childSeed, int delayMs, Path childErr, String where)
      throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        List.of(
            java,
            "--enable-native-access=ALL-UNNAMED",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-Xmx256m",
            "-Dorg.jooq.no-logo=true",
            "-Dorg.jooq.no-tips=true",
            "-cp",
            System.getProperty("java.class.path"),
            AppendUntilKilled.class.getName(),
            file.toString(),
            Integer.toString(round),
            Long.toString(childSeed));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectError(ProcessBuilder.Redirect.appendTo(childErr.toFile()));
    long launched = System.nanoTime();
    Process process = builder.start();
    ChildRun run = new ChildRun(process.getInputStream());
    Thread reader = new Thread(run, "child-stdout-round-" + round);
    reader.setDaemon(true);
    reader.start();
    try {
      long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(FIRST_COMMIT_TIMEOUT_S);
      while (!run.firstCommit.await(50, TimeUnit.MILLISECONDS)) {
        if (!process.isAlive() || System.nanoTime() > waitUntil) {
          process.waitFor(1, TimeUnit.SECONDS);
          fail(
              where
                  + ": the child reported no commit ("
                  + (process.isAlive()
                      ? "still running after " + FIRST_COMMIT_TIMEOUT_S + " s"
                      : "exited with " + process.exitValue())
                  + "); its stderr:\n"
                  + stderrOf(childErr));
        }
      }
      run.startupMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - launched);
      Thread.sleep(delayMs);
      assertThat(process.isAlive())
          .as(
              where + ": the child is still appending when killed; its stderr:\n%s",
              stderrOf(childErr))
          .isTrue();
      // SIGKILL on Linux: no shutdown hooks, no finally blocks. Through the handle, not
      // Process.destroyForcibly(): that also closes our end of the stdout pipe, dropping
      // reports the child wrote but the reader has not consumed yet.
      assertThat(process.toHandle().destroyForcibly()).as(where + ": SIGKILL sent").isTrue();
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).as(where + ": the child died").isTrue();
      assertThat(process.exitValue()).as(where + ": killed by signal 9").isEqualTo(128 + 9);
      reader.join(TimeUnit.SECONDS.toMillis(30));
      assertThat(reader.isAlive()).as(where + ": the child's stdout reached its end").isFalse();
      if (run.failure != null) {
        throw run.failure;
      }
      return run;
    } finally {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** Reopens the workspace the child was killed in and checks it; closes it again. */
  private static RoundCheck checkWorkspace(
      Path file, String incidentId, Map<String, String> reported, String where) {
    try (Workspace workspace = Workspace.open(file, InstantSource.system())) {
      List<LogEntry> timeline = workspace.read(dsl -> LogRepository.timeline(dsl, incidentId));
      ChainReport report = workspace.read(ChainVerifier::verify);
      int allEntries =
          workspace.read(dsl -> dsl.fetchCount(org.sitrep.model.store.schema.Tables.LOG_ENTRY));

      List<String> ids = timeline.stream().map(LogEntry::id).toList();
      assertThat(ids).as(where + ": entry ids in the timeline").doesNotHaveDuplicates();

      Map<String, String> found = new LinkedHashMap<>();
      timeline.forEach(e -> found.put(e.id(), e.text()));
      List<String> missing = new ArrayList<>();
      List<String> changed = new ArrayList<>();
      reported.forEach(
          (id, text) -> {
            String now = found.get(id);
            if (now == null) {
              missing.add(id);
            } else if (!now.equals(text)) {
              changed.add(id);
            }
          });
      assertThat(missing)
          .as(where + ": reported entries missing after the kill (of " + reported.size() + ")")
          .isEmpty();
      assertThat(changed)
          .as(where + ": reported entries whose text changed after the kill")
          .isEmpty();

      // The reported entries keep the order they were committed in.
      Set<String> reportedIds = new HashSet<>(reported.keySet());
      List<String> timelineOrder = ids.stream().filter(reportedIds::contains).toList();
      assertThat(timelineOrder)
          .as(where + ": reported entries in timeline order")
          .isEqualTo(List.copyOf(reported.keySet()));

      assertThat(report.intact())
          .as(where + ": chain verification after the kill: %s", report.breaks())
          .isTrue();
      assertThat(report.devicesChecked()).as(where + ": one device wrote everything").isEqualTo(1);
      assertThat(report.entriesChecked())
          .as(where + ": every entry was checked")
          .isEqualTo(allEntries)
          .isEqualTo(timeline.size());
      return new RoundCheck(timeline);
    }
  }

  /** The text the child wrote as its {@code n}th note, regenerated from the same seed. */
  private static String nthText(int round, long childSeed, int n) {
    Random random = new Random(childSeed);
    String text = null;
    for (int i = 1; i <= n; i++) {
      text = AppendUntilKilled.text(round, i, random);
    }
    return text;
  }

  private static String stderrOf(Path childErr) {
    try {
      return Files.exists(childErr) ? Files.readString(childErr) : "(none)";
    } catch (IOException e) {
      return "(unreadable: " + e + ")";
    }
  }

  private record Reported(String id, String text) {}

  private record RoundCheck(List<LogEntry> timeline) {}

  /**
   * Reads the child's stdout on its own thread. Only newline-terminated lines count: the kill may
   * cut the last one short.
   */
  private static final class ChildRun implements Runnable {
    private final InputStream stdout;
    final CountDownLatch firstCommit = new CountDownLatch(1);
    final List<Reported> committed = new ArrayList<>();
    String incidentId;
    String incidentHow;
    volatile Exception failure;
    long startupMs;

    ChildRun(InputStream stdout) {
      this.stdout = stdout;
    }

    @Override
    public void run() {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      byte[] buffer = new byte[16 * 1024];
      try (InputStream in = stdout) {
        int read;
        while ((read = in.read(buffer)) != -1) {
          for (int i = 0; i < read; i++) {
            if (buffer[i] == '\n') {
              accept(line.toString(StandardCharsets.UTF_8));
              line.reset();
            } else {
              line.write(buffer[i]);
            }
          }
        }
        // whatever is left in `line` was cut by the kill: not a report
      } catch (IOException | RuntimeException e) {
        failure = e;
      }
    }

    private void accept(String line) {
      String[] parts = line.split("\t", 3);
      if (parts.length == 3 && parts[0].equals(AppendUntilKilled.COMMITTED)) {
        committed.add(new Reported(parts[1], parts[2]));
        firstCommit.countDown();
      } else if (parts.length == 3 && parts[0].equals(AppendUntilKilled.INCIDENT)) {
        incidentId = parts[1];
        incidentHow = parts[2];
      }
      // anything else on stdout is not part of the protocol
    }
  }
}
