package org.sitrep.model.doctor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.backup.BackupService;
import org.sitrep.model.backup.BackupSettings;
import org.sitrep.model.store.Workspace;

/**
 * {@code sitrep doctor}: looks at everything that can quietly go wrong with a workspace — the file
 * itself, its foreign keys, the search index against the log, the hash chains, gaps in what sync
 * ships, deliveries stuck or refused, free disk, the age of the newest backup and who may read the
 * folder — and says what it found in plain words. Repairs are offered, and made only through {@link
 * #repair}.
 */
public final class Doctor {

  private final Workspace workspace;
  private final Path dataDir;
  private final BackupService backups;
  private final BackupSettings settings;

  public Doctor(Workspace workspace, Path dataDir, BackupService backups, BackupSettings settings) {
    this.workspace = workspace;
    this.dataDir = dataDir;
    this.backups = backups;
    this.settings = settings;
  }

  /** Every check, in a fixed order; changes nothing. */
  public List<Finding> examine() {
    List<Finding> findings = new ArrayList<>();
    findings.add(StoreChecks.integrity(workspace));
    if (!findings.get(0).healthy()) {
      return findings; // nothing else can be trusted on a damaged file
    }
    findings.add(StoreChecks.foreignKeys(workspace));
    findings.add(StoreChecks.searchIndex(workspace));
    findings.add(StoreChecks.chains(workspace));
    findings.add(StoreChecks.outboxGaps(workspace));
    findings.add(DeliveryChecks.interrupted(workspace));
    findings.add(DeliveryChecks.failedForGood(workspace));
    findings.add(FolderChecks.freeSpace(dataDir));
    findings.add(FolderChecks.backupAge(workspace, backups, settings));
    findings.add(FolderChecks.leftovers(backups));
    findings.add(FolderChecks.permissions(dataDir, backups.folder()));
    return findings;
  }

  /** Runs the repair of each finding that has one; returns what was done, one line each. */
  public static List<String> repair(List<Finding> findings) {
    List<String> done = new ArrayList<>();
    for (Finding f : findings) {
      if (!f.healthy() && f.action() != null) {
        done.add(f.check() + ": " + f.action().run());
      }
    }
    return done;
  }
}
