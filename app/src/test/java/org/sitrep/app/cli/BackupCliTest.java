package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** backup init / now / list / drill, restore and doctor as an operator types them. */
class BackupCliTest {

  static final String PASS = "tea towel on the fire escape";
  static final String CANARY = "Tr0ub4dor&3-canary-backup";

  @TempDir Path dir;
  private final InputStream originalIn = System.in;

  @AfterEach
  void restoreStdin() {
    System.setIn(originalIn);
  }

  private CliRun run(Path data, String stdin, String... args) {
    return VaultCliTest.withStdin(data, stdin, args);
  }

  @Test
  void backUpListDrillRestoreAndDoctorFromTheCommandLine() throws Exception {
    Path data = dir.resolve("data");
    CliRun declare =
        CliRun.sitrep(
            data, "Dana Okafor", "incident", "declare", "--title", "Checkout 502s", "--sev", "2");
    assertThat(declare.exit()).as(declare.err()).isZero();
    VaultCliTest.init(data);
    CliRun add =
        run(
            data,
            VaultCliTest.PASS + "\n" + CANARY + "\n",
            "vault",
            "add",
            "db-1 root",
            "--kind",
            "password",
            "--passphrase-stdin");
    assertThat(add.exit()).as(add.err()).isZero();

    CliRun noKey = CliRun.sitrep(data, "Dana Okafor", "backup", "now");
    assertThat(noKey.exit()).isEqualTo(1);
    assertThat(noKey.err()).contains("no backup key yet").contains("backup init");

    CliRun init =
        run(
            data,
            PASS + "\n",
            "backup",
            "init",
            "--passphrase-stdin",
            "--kdf-memory=19",
            "--kdf-iterations=2");
    assertThat(init.exit()).as(init.err()).isZero();
    CliRun now = CliRun.sitrep(data, "Dana Okafor", "backup", "now");
    assertThat(now.exit()).as(now.err()).isZero();
    assertThat(now.out()).contains("backed up: ").contains("entries");

    CliRun list = CliRun.sitrep(data, "Dana Okafor", "backup", "list");
    assertThat(list.out())
        .startsWith("good  sitrep-")
        .contains("schema " + org.sitrep.model.store.Workspace.newestSchema());
    String name = list.out().split("\\s+")[1];

    CliRun drill = run(data, PASS + "\n", "backup", "drill", "--passphrase-stdin");
    assertThat(drill.exit()).as(drill.out() + drill.err()).isZero();
    assertThat(drill.out()).startsWith("PASSED").contains("RTO").contains("RPO");
    CliRun last = CliRun.sitrep(data, "Dana Okafor", "backup", "drill", "--last");
    assertThat(last.out()).startsWith("PASSED").contains(name);
    assertThat(CliRun.sitrep(data, "Dana Okafor", "backup", "list").out())
        .contains("last drill: PASSED");

    CliRun over =
        run(data, PASS + "\n", "restore", name, "--passphrase-stdin", "--to", data.toString());
    assertThat(over.exit()).isEqualTo(1);
    assertThat(over.err()).contains("already holds a workspace");

    Path restored = dir.resolve("restored");
    CliRun restore =
        run(data, PASS + "\n", "restore", name, "--passphrase-stdin", "--to", restored.toString());
    assertThat(restore.exit()).as(restore.err()).isZero();
    assertThat(restore.out()).contains("restored " + name).contains("open it with");
    CliRun verify = CliRun.sitrep(restored, "Dana Okafor", "verify");
    assertThat(verify.exit()).as(verify.err()).isZero();
    assertThat(CliRun.sitrep(restored, "Dana Okafor", "incident", "list").out())
        .contains("Checkout 502s");

    CliRun tooEarly =
        run(
            data,
            PASS + "\n",
            "restore",
            "newest",
            "--at",
            "2020-01-01T00:00",
            "--passphrase-stdin",
            "--to",
            dir.resolve("early").toString());
    assertThat(tooEarly.exit()).isEqualTo(2);
    assertThat(tooEarly.err()).contains("no backup taken at or before 2020-01-01T00:00");
    CliRun newest =
        run(
            data,
            PASS + "\n",
            "restore",
            "newest",
            "--at",
            "2099-01-01 00:00",
            "--passphrase-stdin",
            "--to",
            dir.resolve("newest").toString());
    assertThat(newest.exit()).as(newest.err()).isZero();
    assertThat(newest.out()).contains("restored " + name);

    CliRun wrong =
        run(
            data,
            "not it at all\n",
            "restore",
            name,
            "--passphrase-stdin",
            "--to",
            dir.resolve("other").toString());
    assertThat(wrong.exit()).isEqualTo(1);
    assertThat(wrong.err()).contains("wrong backup passphrase");

    CliRun healthy = CliRun.sitrep(data, "Dana Okafor", "doctor");
    assertThat(healthy.exit()).as(healthy.out() + healthy.err()).isZero();
    assertThat(healthy.out()).contains("ok      search index").contains("ok      backups");
    Files.setPosixFilePermissions(
        data.resolve("sitrep.db"), PosixFilePermissions.fromString("rw-r--r--"));
    CliRun sick = CliRun.sitrep(data, "Dana Okafor", "doctor");
    // opening narrows the database file itself (ADR 17); a file beside it stays wide
    Files.setPosixFilePermissions(
        data.resolve("backups"), PosixFilePermissions.fromString("rwxr-xr-x"));
    sick = CliRun.sitrep(data, "Dana Okafor", "doctor");
    assertThat(sick.exit()).isEqualTo(1);
    assertThat(sick.out()).contains("PROBLEM permissions").contains("doctor --repair");
    CliRun repaired = CliRun.sitrep(data, "Dana Okafor", "doctor", "--repair");
    assertThat(repaired.out()).contains("repaired permissions").contains("ok      permissions");
    assertThat(repaired.exit()).as(repaired.out()).isZero();

    for (CliRun r :
        new CliRun[] {now, list, drill, last, restore, wrong, healthy, sick, repaired}) {
      assertThat(r.out() + r.err()).doesNotContain(CANARY);
    }
  }

  @Test
  void aBackupCopiedToAFolderTargetRestoresFromThereOnAnotherWorkspace() throws Exception {
    Path data = dir.resolve("data");
    CliRun declare =
        CliRun.sitrep(
            data, "Dana Okafor", "incident", "declare", "--title", "DNS down", "--sev", "1");
    assertThat(declare.exit()).as(declare.err()).isZero();
    String share = dir.resolve("share").toUri().toString();
    CliRun unmounted = CliRun.sitrep(data, "Dana Okafor", "sync", "add-target", "office", share);
    assertThat(unmounted.exit()).as(unmounted.err()).isZero();
    assertThat(
            run(
                    data,
                    PASS + "\n",
                    "backup",
                    "init",
                    "--passphrase-stdin",
                    "--kdf-memory=19",
                    "--kdf-iterations=2")
                .exit())
        .isZero();
    CliRun notThere = CliRun.sitrep(data, "Dana Okafor", "backup", "now", "--copy-to", "office");
    assertThat(notThere.exit()).isEqualTo(1);
    assertThat(notThere.err()).contains("kept here, but was not copied to office");
    java.nio.file.Files.createDirectories(dir.resolve("share"));
    CliRun now = CliRun.sitrep(data, "Dana Okafor", "backup", "now", "--copy-to", "office");
    assertThat(now.exit()).as(now.err()).isZero();
    assertThat(now.out()).contains("copied to office").contains("read back and compared");
    assertThat(dir.resolve("share").resolve("backups")).isDirectory();

    // a new laptop: a fresh workspace that knows the target, restoring into its own folder
    Path fresh = dir.resolve("fresh");
    assertThat(CliRun.sitrep(fresh, "Sam Lee", "sync", "add-target", "office", share).exit())
        .isZero();
    Path restored = dir.resolve("restored");
    CliRun restore =
        run(
            fresh,
            PASS + "\n",
            "restore",
            "newest",
            "--from",
            "office",
            "--passphrase-stdin",
            "--to",
            restored.toString());
    assertThat(restore.exit()).as(restore.err()).isZero();
    assertThat(restore.out())
        .as("the backup knew a sync target: the restored laptop joins again as a new device")
        .contains("rejoins as a new device");
    assertThat(CliRun.sitrep(restored, "Dana Okafor", "incident", "list").out())
        .contains("DNS down");
  }
}
