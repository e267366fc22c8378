package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The vault from the command line: passphrases only through stdin here (never arguments). */
class VaultCliTest {

  static final String PASS = "orange kettle under the stairs";
  static final String FAST_KDF = "--kdf-memory=19";

  @TempDir Path dir;
  private final InputStream originalIn = System.in;

  @AfterEach
  void restoreStdin() {
    System.setIn(originalIn);
  }

  /** Runs {@code sitrep ARGS…} with {@code stdin} on standard input. */
  static CliRun withStdin(Path dir, String stdin, String... args) {
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    return CliRun.sitrep(dir, "Dana Okafor", args);
  }

  private CliRun run(String stdin, String... args) {
    return withStdin(dir, stdin, args);
  }

  static void init(Path dir) {
    CliRun init =
        withStdin(
            dir,
            PASS + "\n",
            "vault",
            "init",
            "--passphrase-stdin",
            FAST_KDF,
            "--kdf-iterations=2");
    assertThat(init.exit()).as(init.err()).isZero();
    assertThat(init.out()).contains("vault created (Argon2id m=19456 KiB, t=2, p=1)");
  }

  @Test
  void initAddListGetRemove() {
    init(dir);
    CliRun add =
        run(
            PASS + "\nTr0ub4dor&3-db1-root\n",
            "vault",
            "add",
            "db-1 root",
            "--kind",
            "password",
            "--user",
            "root",
            "--host",
            "db-1.internal",
            "--tag",
            "postgres",
            "--passphrase-stdin");
    assertThat(add.exit()).as(add.err()).isZero();
    assertThat(add.out()).contains("db-1 root").doesNotContain("Tr0ub4dor");

    CliRun list = run("", "vault", "list");
    assertThat(list.exit()).isZero();
    assertThat(list.out()).contains("password", "db-1 root", "root@db-1.internal", "postgres");
    assertThat(run("", "vault", "list", "--search", "postgres").out()).contains("db-1 root");

    CliRun get =
        run(
            PASS + "\n",
            "vault",
            "get",
            "db-1 root",
            "--reason",
            "replication check",
            "--passphrase-stdin");
    assertThat(get.exit()).as(get.err()).isZero();
    assertThat(get.out()).isEqualTo("Tr0ub4dor&3-db1-root\n");
    assertThat(run("", "vault", "audit").out())
        .contains("REVEAL", "db-1 root", "Dana Okafor", "why: replication check");

    assertThat(run(PASS + "\n", "vault", "rm", "db-1 root", "--passphrase-stdin").exit()).isZero();
    assertThat(run("", "vault", "list").err()).contains("the vault is empty");
  }

  @Test
  void badInputIsOneClearLineAndExit2() {
    CliRun noVault = run(PASS + "\n", "vault", "get", "x", "--passphrase-stdin");
    assertThat(noVault.exit()).isEqualTo(2);
    init(dir);
    CliRun wrong =
        run(
            "not the passphrase\nsecret-value-1\n",
            "vault",
            "add",
            "x",
            "--kind",
            "password",
            "--passphrase-stdin");
    assertThat(wrong.exit()).isEqualTo(2);
    assertThat(wrong.err().strip())
        .isEqualTo("sitrep: wrong vault passphrase (or the key slot in the file was altered)");
    CliRun kind = run("", "vault", "add", "x", "--kind", "pgp");
    assertThat(kind.exit()).isEqualTo(2);
    assertThat(kind.err()).contains("'pgp' is not a vault item kind");
    CliRun weak = run("", "vault", "passwd", "--kdf-memory=8");
    assertThat(weak.exit()).isEqualTo(2);
    assertThat(weak.err()).contains("below the floor");
    CliRun missing = run("", "vault", "get", "x");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("no vault item named or with an id starting 'x'");
    run(
        PASS + "\nsecret-value-1\n",
        "vault",
        "add",
        "x",
        "--kind",
        "password",
        "--passphrase-stdin");
    CliRun noTty = run("", "vault", "get", "x");
    assertThat(noTty.exit()).isEqualTo(2);
    assertThat(noTty.err().strip())
        .isEqualTo(
            "sitrep: no terminal to ask for the vault passphrase: pipe it in with --passphrase-stdin");
    CliRun date = run("", "vault", "add", "x", "--kind", "password", "--rotate-by", "soon");
    assertThat(date.err()).contains("--rotate-by 'soon' is not a date");
    assertThat(run("", "vault", "list").out()).contains(" x ").doesNotContain("secret-value-1");
    CliRun noPassOption = run("", "vault", "init", "--passphrase", PASS);
    assertThat(noPassOption.exit())
        .as("there is no way to pass a passphrase as an argument")
        .isEqualTo(2);
  }

  @Test
  void breakGlassFromTheCommandLineNeedsAReasonAndAnIncident() {
    init(dir);
    assertThat(
            run(
                    PASS + "\ns3aled-R00t-pw!\n",
                    "vault",
                    "add",
                    "prod root",
                    "--kind",
                    "password",
                    "--break-glass",
                    "--passphrase-stdin")
                .exit())
        .isZero();
    String incident =
        CliRun.sitrep(dir, "Dana Okafor", "incident", "declare", "--title", "DB down", "--sev", "1")
            .out()
            .strip();
    CliRun refused = run(PASS + "\n", "vault", "get", "prod root", "--passphrase-stdin");
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err()).contains("sealed (break-glass): give --reason and --incident");

    CliRun opened =
        run(
            PASS + "\n",
            "vault",
            "get",
            "prod root",
            "--reason",
            "primary down",
            "--incident",
            incident,
            "--passphrase-stdin");
    assertThat(opened.exit()).as(opened.err()).isZero();
    assertThat(opened.out()).isEqualTo("s3aled-R00t-pw!\n");
    assertThat(opened.err())
        .contains("BREAK-GLASS logged on " + incident, "Rotate the credential “prod root”");
    CliRun log = CliRun.sitrep(dir, "Dana Okafor", "log", "show", incident);
    assertThat(log.out())
        .contains(
            "BREAK-GLASS: Dana Okafor opened sealed credential “prod root”",
            "reason: primary down",
            "Action item: Rotate the credential")
        .doesNotContain("s3aled-R00t-pw!");
    CliRun actions = CliRun.sitrep(dir, "Dana Okafor", "actions", "list", incident);
    assertThat(actions.out()).contains("open", "Rotate the credential “prod root”");
    String actionId = actions.out().strip().substring(0, 8);
    assertThat(CliRun.sitrep(dir, "Dana Okafor", "actions", "done", incident, actionId).exit())
        .isZero();
    assertThat(CliRun.sitrep(dir, "Dana Okafor", "actions", "list", incident).out())
        .contains("done");
  }

  @Test
  void twoPersonItemReadsTheApproversPassphraseAfterTheVaultOne() {
    init(dir);
    assertThat(
            run(
                    PASS + "\nsam's own passphrase\n",
                    "vault",
                    "approver",
                    "Sam Lee",
                    "--passphrase-stdin",
                    FAST_KDF)
                .exit())
        .isZero();
    assertThat(
            run(
                    PASS + "\n9911-hsm-pin-77\n",
                    "vault",
                    "add",
                    "hsm pin",
                    "--kind",
                    "password",
                    "--two-person",
                    "--passphrase-stdin")
                .exit())
        .isZero();
    String incident =
        CliRun.sitrep(dir, "Dana Okafor", "incident", "declare", "--title", "HSM", "--sev", "2")
            .out()
            .strip();
    CliRun noApprover =
        run(
            PASS + "\n",
            "vault",
            "get",
            "hsm pin",
            "--reason",
            "ceremony",
            "--incident",
            incident,
            "--passphrase-stdin");
    assertThat(noApprover.err()).contains("give --approver NAME");
    CliRun ok =
        run(
            PASS + "\nsam's own passphrase\n",
            "vault",
            "get",
            "hsm pin",
            "--reason",
            "ceremony",
            "--incident",
            incident,
            "--approver",
            "Sam Lee",
            "--passphrase-stdin");
    assertThat(ok.exit()).as(ok.err()).isZero();
    assertThat(ok.out()).isEqualTo("9911-hsm-pin-77\n");
  }

  @Test
  void passwdRewrapsAndTheOldPassphraseStopsWorking() {
    init(dir);
    run(
        PASS + "\nTr0ub4dor&3-db1-root\n",
        "vault",
        "add",
        "db",
        "--kind",
        "password",
        "--passphrase-stdin");
    CliRun passwd =
        run(
            PASS + "\nbrand new passphrase 2\n",
            "vault",
            "passwd",
            "--passphrase-stdin",
            FAST_KDF,
            "--kdf-iterations=3");
    assertThat(passwd.exit()).as(passwd.err()).isZero();
    assertThat(passwd.out()).contains("t=3");
    assertThat(run(PASS + "\n", "vault", "get", "db", "--passphrase-stdin").exit()).isEqualTo(2);
    assertThat(run("brand new passphrase 2\n", "vault", "get", "db", "--passphrase-stdin").out())
        .isEqualTo("Tr0ub4dor&3-db1-root\n");
  }

  @Test
  void totpPrintsTheCurrentCode() {
    init(dir);
    run(
        PASS + "\nGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ\n",
        "vault",
        "add",
        "vpn",
        "--kind",
        "totp",
        "--passphrase-stdin");
    CliRun code = run(PASS + "\n", "vault", "get", "vpn", "--totp", "--passphrase-stdin");
    assertThat(code.exit()).as(code.err()).isZero();
    assertThat(code.out().strip()).matches("\\d{6}");
  }
}
