package org.sitrep.model.backup;

import java.nio.file.Path;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.store.Workspace;

/**
 * The child JVM of {@link BackupKillTest}: takes backups (writing an entry between them), restores
 * into fresh folders, or restores over a workspace, in a loop, reporting each one finished on
 * stdout, until it is killed.
 */
public final class BackupUntilKilled {

  private BackupUntilKilled() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    Path backups = Path.of(args[2]);
    if (mode.equals("backup")) {
      try (Workspace ws = Workspace.openIn(Path.of(args[1]))) {
        ws.actAs("Dana Okafor");
        BackupService service = new BackupService(ws, backups);
        IncidentService incidents = new IncidentService(ws);
        for (int i = 0; ; i++) {
          BackupResult r = service.backupNow();
          report("backed-up " + r.file().getFileName());
          incidents.addEntry(args[3], EntryKind.NOTE, "between backups " + i);
        }
      }
    }
    Path backup = Path.of(args[3]);
    RestoreService restorer = new RestoreService();
    for (int i = 0; ; i++) {
      if (mode.equals("restore")) {
        restorer.restore(backup, BackupFixture.BACKUP_PASSPHRASE.clone(), backups.resolve("r" + i));
      } else {
        restorer.restoreOverLive(backup, BackupFixture.BACKUP_PASSPHRASE.clone(), backups);
      }
      report("restored " + i);
    }
  }

  private static void report(String line) {
    System.out.println(line);
    System.out.flush();
  }
}
