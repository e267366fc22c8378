package org.sitrep.model.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.log.ChainVerifier;
import org.sitrep.model.store.Workspace;

/**
 * SIGKILL during backups and during restores, repeated (a child JVM, like {@code
 * CrashRecoveryTest}): the live workspace always opens and verifies with every entry it had, a
 * backup cut short is never listed as good, and a restore cut short leaves either no workspace or a
 * whole one. The seed is printed; {@code -Dsitrep.backupkill.seed=N} replays it (closely).
 */
class BackupKillTest {

  private static final int ROUNDS = Integer.getInteger("sitrep.backupkill.rounds", 4);

  @TempDir Path dir;

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void killingBackupsAndRestoresNeverDamagesTheLiveWorkspaceNorListsAPartialBackup()
      throws Exception {
    long seed = Long.getLong("sitrep.backupkill.seed", System.nanoTime());
    System.out.println("BackupKillTest: seed " + seed);
    Random random = new Random(seed);
    Path live = dir.resolve("live");
    Path backups = dir.resolve("backups");
    String incident;
    try (Workspace ws = BackupFixture.open(live)) {
      incident = BackupFixture.fill(ws, 3000);
      BackupFixture.backups(ws, backups);
    }
    long entries = 0;
    for (int round = 1; round <= ROUNDS; round++) {
      String where = "seed " + seed + ", backup round " + round;
      runAndKill(List.of("backup", live.toString(), backups.toString(), incident), random, where);
      try (Workspace ws = Workspace.openIn(live)) {
        assertThat(ws.read(ChainVerifier::verify).intact()).as(where).isTrue();
        long now = entries(ws);
        assertThat(now).as(where + ": no entry lost").isGreaterThanOrEqualTo(entries);
        entries = now;
        List<BackupListing> listed = new BackupService(ws, backups).list();
        assertThat(listed).as(where).isNotEmpty();
        for (BackupListing l : listed) {
          assertThat(l.good()).as(where + ": " + l.file() + " " + l.problem()).isTrue();
          assertThat(RestoreService.inspect(l.file()).name())
              .isEqualTo(l.file().getFileName().toString());
        }
      }
    }
    Path newest;
    try (Workspace ws = Workspace.openIn(live)) {
      newest = new BackupService(ws, backups).newest().orElseThrow().file();
    }
    String liveSha = Snapshot.sha256(live.resolve("sitrep.db"));
    Path restores = dir.resolve("restores");
    for (int round = 1; round <= ROUNDS; round++) {
      String where = "seed " + seed + ", restore round " + round;
      runAndKill(
          List.of(
              "restore",
              live.toString(),
              restores.resolve("round-" + round).toString(),
              newest.toString()),
          random,
          where);
      try (var folders = Files.list(restores.resolve("round-" + round))) {
        for (Path f : folders.toList()) {
          Path db = f.resolve("sitrep.db");
          if (Files.exists(db)) {
            assertThat(RestoredCheck.problems(db, RestoreService.inspect(newest)))
                .as(where + ": " + db + " is whole")
                .isEmpty();
          }
        }
      }
    }
    assertThat(Snapshot.sha256(live.resolve("sitrep.db")))
        .as("restoring elsewhere never touches the live workspace")
        .isEqualTo(liveSha);

    Path victim = dir.resolve("victim");
    new RestoreService().restore(newest, BackupFixture.BACKUP_PASSPHRASE.clone(), victim);
    for (int round = 1; round <= ROUNDS; round++) {
      String where = "seed " + seed + ", over-live round " + round;
      runAndKill(
          List.of("over-live", live.toString(), victim.toString(), newest.toString()),
          random,
          where);
      try (Workspace ws = Workspace.openIn(victim)) {
        assertThat(ws.read(ChainVerifier::verify).intact()).as(where).isTrue();
        assertThat(entries(ws)).as(where).isEqualTo(RestoreService.inspect(newest).entries());
      }
    }
  }

  private static long entries(Workspace ws) {
    return ws.read(db -> (long) db.fetchCount(org.sitrep.model.store.schema.Tables.LOG_ENTRY));
  }

  private static void runAndKill(List<String> args, Random random, String where) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "--enable-native-access=ALL-UNNAMED",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                BackupUntilKilled.class.getName()));
    command.addAll(args);
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    CountDownLatch first = new CountDownLatch(1);
    List<String> lines = Collections.synchronizedList(new ArrayList<>());
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                  lines.add(line);
                  first.countDown();
                }
              } catch (java.io.IOException e) {
                // the pipe closes with the kill
              }
            });
    reader.setDaemon(true);
    reader.start();
    try {
      assertThat(first.await(120, TimeUnit.SECONDS))
          .as(
              where
                  + ": the child finished one before being killed (alive: "
                  + process.isAlive()
                  + ")")
          .isTrue();
      // Anywhere inside the next operation: the child runs them back to back.
      Thread.sleep(20 + random.nextInt(400));
      assertThat(process.toHandle().destroyForcibly()).as(where + ": SIGKILL sent").isTrue();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(where + ": the child died").isTrue();
      assertThat(process.exitValue()).as(where + ": killed by signal 9").isEqualTo(137);
      System.out.println("BackupKillTest: " + where + ": killed after " + lines);
    } finally {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }
}
