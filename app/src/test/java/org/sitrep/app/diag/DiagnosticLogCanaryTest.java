package org.sitrep.app.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Session;
import org.sitrep.model.vault.KdfParams;
import org.sitrep.model.vault.NewVaultItem;
import org.sitrep.model.vault.VaultItemKind;

/**
 * A vault secret is planted, then pasted where a tired responder would (a note that makes a command
 * fail, a command line, an exception's message) while something goes wrong and is logged: the
 * workspace's log file, the short message the window shows and the "copy diagnostics" text hold the
 * failure, its stack trace and the versions — and never the secret.
 */
class DiagnosticLogCanaryTest {

  /** Shaped so no built-in pattern catches it: only the vault's knowledge can. */
  static final String CANARY = "canary-Log-7Qx2Lm9Zt4";

  static final Logger LOG = Logger.getLogger("org.sitrep.app.test");

  @TempDir Path dir;
  private Session session;

  @BeforeEach
  void workspaceWithTheSecretInItsVault() {
    session = Session.open(Optional.of(dir));
    session.identify(Optional.of("Dana Okafor"));
    session.vault().initialize("orange kettle under the stairs".toCharArray(), KdfParams.FLOOR);
    session
        .vault()
        .add(
            NewVaultItem.named("db-1 root", VaultItemKind.PASSWORD),
            CANARY.toCharArray(),
            new char[0]);
  }

  @AfterEach
  void close() {
    session.close();
  }

  @Test
  void theSecretReachesNeitherTheLogFileNorTheMessageNorTheDiagnostics() throws IOException {
    LOG.warning("note failed to save: psql -U root -p " + CANARY + " db-1");
    LOG.log(
        Level.SEVERE,
        "command failed",
        new IllegalStateException("ssh db-1 'mysql --password=" + CANARY + "' exited 1"));
    List<String> told = new ArrayList<>();
    UncaughtFailures failures =
        new UncaughtFailures(dir, session.workspace().redactor()::redact, told::add);
    failures.uncaughtException(
        Thread.currentThread(),
        new RuntimeException("wrapped", new IllegalArgumentException("bad token " + CANARY)));
    // Locked, the vault still masks what it knows (by fingerprint): a failure after the idle lock.
    session.vault().lock();
    LOG.warning("after the lock: " + CANARY);

    Path file = DiagnosticLog.fileIn(dir);
    String log = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(log).doesNotContain(CANARY);
    assertThat(log)
        .contains("WARNING org.sitrep.app.test: note failed to save: psql -U root -p [REDACTED")
        .contains("SEVERE org.sitrep.app.test: command failed")
        .contains("java.lang.IllegalStateException: ssh db-1 'mysql --password=[REDACTED")
        .contains("SEVERE org.sitrep.app.uncaught: uncaught in thread")
        .contains("Caused by: java.lang.IllegalArgumentException: bad token [REDACTED")
        .contains("at org.sitrep.app.diag.DiagnosticLogCanaryTest.")
        .contains("after the lock: [REDACTED");

    assertThat(told).hasSize(1);
    assertThat(told.get(0))
        .doesNotContain(CANARY)
        .startsWith("Something went wrong (IllegalArgumentException: bad token [REDACTED")
        .endsWith("the details are in " + file.toAbsolutePath() + ".");

    String diagnostics = Diagnostics.text(dir, told.get(0), session.workspace().redactor()::redact);
    assertThat(diagnostics)
        .doesNotContain(CANARY)
        .startsWith("Sitrep 0.1.0")
        .contains("what happened: Something went wrong (IllegalArgumentException")
        .contains("java: " + System.getProperty("java.runtime.version"))
        .contains("os: " + System.getProperty("os.name"))
        .contains("workspace: " + dir.toAbsolutePath())
        .contains("log file: " + file.toAbsolutePath())
        .contains("last log lines:")
        .contains("  Caused by: java.lang.IllegalArgumentException: bad token [REDACTED");

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
        .isEqualTo("rwx------");
  }

  @Test
  void theLogRotatesAndKeepsThreeFiles() throws IOException {
    String line = "x".repeat(4000);
    // 4.8 MB of records (about 262 to a file): four rotations past the 1 MiB limit.
    for (int i = 0; i < 1200; i++) {
      LOG.info("filler " + i + " " + line);
    }
    Path file = DiagnosticLog.fileIn(dir);
    try (var files = Files.list(file.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly("sitrep.log", "sitrep.log.1", "sitrep.log.2");
    }
    assertThat(Files.size(file.resolveSibling("sitrep.log.1")))
        .isBetween(RotatingLogFile.LIMIT_BYTES, RotatingLogFile.LIMIT_BYTES + 5000);
    // The newest record is last in the current file; the last lines read across the rotation.
    assertThat(Files.readString(file)).contains("filler 1199 ");
    List<String> last = DiagnosticLog.lastLines(dir, 400);
    assertThat(last).hasSize(400);
    assertThat(last.get(0)).contains("filler 800 ");
    assertThat(last.get(last.size() - 1)).contains("filler 1199 ");
  }

  @Test
  void closingTheWorkspaceStopsWritingToItsLog() throws IOException {
    LOG.info("before close");
    session.close();
    LOG.info("after close");
    session = Session.open(Optional.of(dir));
    assertThat(Files.readString(DiagnosticLog.fileIn(dir)))
        .contains("before close")
        .doesNotContain("after close");
  }
}
