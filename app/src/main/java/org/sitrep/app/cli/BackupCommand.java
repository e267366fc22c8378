package org.sitrep.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.app.Session;
import org.sitrep.model.backup.BackupCopyLedger;
import org.sitrep.model.backup.BackupDrill;
import org.sitrep.model.backup.BackupListing;
import org.sitrep.model.backup.BackupResult;
import org.sitrep.model.backup.BackupService;
import org.sitrep.model.backup.BackupSettings;
import org.sitrep.model.backup.DrillResult;
import org.sitrep.model.log.Times;
import org.sitrep.model.vault.KdfParams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description = {
      "The workspace's own backups (ADR 23): encrypted to a backup key whose private "
          + "half only the backup passphrase opens; kept in the backup folder "
          + "(backup.properties: folder, every, keep.hourly, keep.daily, keep.weekly, "
          + "rto.target, rpo.target)."
    },
    subcommands = {
      BackupCommand.Init.class,
      BackupCommand.Now.class,
      BackupCommand.ListBackups.class,
      BackupCommand.Drill.class
    })
final class BackupCommand {

  @ParentCommand SitrepCommand root;

  BackupService service(Session session) {
    return new BackupService(session.workspace(), settings(session).folderIn(session.dataDir()));
  }

  static BackupSettings settings(Session session) {
    return BackupSettings.read(session.dataDir());
  }

  @Command(
      name = "init",
      mixinStandardHelpOptions = true,
      description = {
        "Make the backup key. Keep the passphrase off this laptop (the team's safe): it "
            + "is all that opens a backup on a new laptop. Scheduled backups never ask for "
            + "it."
      })
  static final class Init implements Callable<Integer> {
    @ParentCommand BackupCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--passphrase-stdin", description = "Read the passphrase from standard input.")
    boolean stdin;

    @Option(names = "--replace", description = "Replace an existing backup key.")
    boolean replace;

    @picocli.CommandLine.ArgGroup(exclusive = false)
    VaultCommand.KdfOptions kdf = new VaultCommand.KdfOptions();

    @Override
    public Integer call() {
      try (Session session = parent.root.open()) {
        KdfParams params = kdf.params(spec.commandLine().getErr());
        char[] pass = new SecretInput(stdin).newPassphrase("New backup passphrase:");
        try {
          parent.service(session).createKey(pass, params, replace);
        } finally {
          java.util.Arrays.fill(pass, '\0');
        }
        spec.commandLine().getOut().println("backup key made (Argon2id " + params.describe() + ")");
        return Cli.OK;
      }
    }
  }

  @Command(
      name = "now",
      mixinStandardHelpOptions = true,
      description = "Take a backup now (the window keeps writing), then prune by the rotation.")
  static final class Now implements Callable<Integer> {
    @ParentCommand BackupCommand parent;
    @Spec CommandSpec spec;

    @Option(
        names = "--copy-to",
        paramLabel = "TARGET",
        description = "Also copy it to this sync target (default: target in backup.properties).")
    String copyTo;

    @Override
    public Integer call() throws java.io.IOException {
      try (Session session = parent.root.open()) {
        BackupService backups = parent.service(session);
        BackupResult r = backups.backupNow();
        List<String> removed = backups.prune(settings(session));
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
            "backed up: %s (%d entries, %d KiB, %d ms)%n",
            r.file(), r.manifest().entries(), r.fileBytes() / 1024, r.took().toMillis());
        if (!removed.isEmpty()) {
          out.println("pruned by the rotation: " + String.join(", ", removed));
        }
        String target = copyTo != null ? copyTo : settings(session).target().orElse(null);
        if (target != null) {
          String name = r.file().getFileName().toString();
          long now = session.workspace().wallClock().millis();
          session
              .workspace()
              .read(
                  db -> {
                    BackupCopyLedger.queue(db, name, target, now);
                    return null;
                  });
          try (org.sitrep.sync.storage.SyncStorage storage = BackupTargets.open(session, target)) {
            boolean written = org.sitrep.sync.backup.BackupCopies.upload(storage, r.file());
            session
                .workspace()
                .read(
                    db -> {
                      BackupCopyLedger.copied(db, name, target, now);
                      return null;
                    });
            out.println(
                (written ? "copied to " : "already on ")
                    + target
                    + " ("
                    + storage.describe()
                    + "), read back and compared");
          } catch (java.io.IOException e) {
            spec.commandLine()
                .getErr()
                .println(
                    "sitrep: the backup is kept here, but was not copied to "
                        + target
                        + ": "
                        + e.getMessage()
                        + " (queued: the window copies it once "
                        + target
                        + " can be reached)");
            session
                .workspace()
                .read(
                    db -> {
                      BackupCopyLedger.failed(db, name, target, e.getMessage(), now);
                      return null;
                    });
            return Cli.FAILED;
          }
        }
        return Cli.OK;
      }
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "The backups in the backup folder, newest first, and the last drill.")
  static final class ListBackups implements Callable<Integer> {
    @ParentCommand BackupCommand parent;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (Session session = parent.root.open()) {
        BackupService backups = parent.service(session);
        PrintWriter out = spec.commandLine().getOut();
        List<BackupListing> listed = backups.list();
        for (BackupListing l : listed) {
          out.println(
              (l.good() ? "good  " : "BAD   ")
                  + l.file().getFileName()
                  + l.manifest()
                      .map(
                          m ->
                              "  "
                                  + Times.utc(java.time.Instant.ofEpochMilli(m.createdMs()))
                                  + "  "
                                  + m.entries()
                                  + " entries  schema "
                                  + m.schemaVersion())
                      .orElse("")
                  + "  "
                  + l.bytes() / 1024
                  + " KiB"
                  + l.problem().map(p -> "  — " + p).orElse(""));
        }
        if (listed.isEmpty()) {
          out.println("no backups in " + backups.folder());
        }
        new BackupDrill(session.workspace(), backups, settings(session))
            .last()
            .ifPresent(d -> out.println("last drill: " + describe(d)));
        return Cli.OK;
      }
    }
  }

  @Command(
      name = "drill",
      mixinStandardHelpOptions = true,
      description = {
        "Restore the newest backup into a scratch folder, check it, report RTO and RPO "
            + "against the targets, and keep the result. Exit 1 when it fails or misses a "
            + "target."
      })
  static final class Drill implements Callable<Integer> {
    @ParentCommand BackupCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--last", description = "Show the last drill instead of running one.")
    boolean last;

    @Option(names = "--passphrase-stdin", description = "Read the passphrase from standard input.")
    boolean stdin;

    @Override
    public Integer call() {
      try (Session session = parent.root.open()) {
        BackupService backups = parent.service(session);
        BackupDrill drill = new BackupDrill(session.workspace(), backups, settings(session));
        PrintWriter out = spec.commandLine().getOut();
        if (last) {
          var d = drill.last();
          out.println(d.map(BackupCommand::describe).orElse("no drill yet: sitrep backup drill"));
          return d.map(r -> r.passed() ? Cli.OK : Cli.FAILED).orElse(Cli.FAILED);
        }
        char[] pass = new SecretInput(stdin).line("Backup passphrase:");
        try {
          DrillResult r = drill.run(pass, session.dataDir());
          out.println(describe(r));
          return r.passed() ? Cli.OK : Cli.FAILED;
        } finally {
          java.util.Arrays.fill(pass, '\0');
        }
      }
    }
  }

  static String describe(DrillResult d) {
    return (d.passed() ? "PASSED" : "FAILED")
        + " "
        + Times.utc(java.time.Instant.ofEpochMilli(d.ranMs()))
        + d.backup().map(b -> " " + b).orElse("")
        + (d.restored()
            ? String.format(
                " — RTO %.1f s (target %d min)%s, RPO %d min (target %d min)%s",
                d.restoreTook().toMillis() / 1000.0,
                d.rtoTarget().toMinutes(),
                d.rtoMet() ? "" : " MISSED",
                d.dataAge().toMinutes(),
                d.rpoTarget().toMinutes(),
                d.rpoMet() ? "" : " MISSED")
            : "")
        + d.problem().map(p -> " — " + p).orElse("");
  }
}
