package org.sitrep.model.backup;

import java.nio.file.Path;
import java.util.List;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.IncidentService;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.store.Workspace;
import org.sitrep.model.vault.KdfParams;
import org.sitrep.model.vault.NewVaultItem;
import org.sitrep.model.vault.VaultItemKind;
import org.sitrep.model.vault.VaultService;

/** A workspace shaped like a real one: an incident with entries and a vault holding a canary. */
final class BackupFixture {

  static final String CANARY = "canary-hunter2-Zq8vX1pLm";
  static final char[] BACKUP_PASSPHRASE = "correct horse battery staple".toCharArray();
  static final char[] VAULT_PASSPHRASE = "vault passphrase for tests".toCharArray();

  private BackupFixture() {}

  /** Opens (creating) a workspace in {@code dir}, with an operator. */
  static Workspace open(Path dir) {
    Workspace ws = Workspace.openIn(dir);
    ws.setOperator("Dana Okafor");
    return ws;
  }

  /** An incident with {@code entries} notes and a vault item whose secret is {@link #CANARY}. */
  static String fill(Workspace ws, int entries) {
    IncidentService incidents = new IncidentService(ws);
    Incident incident =
        incidents.declare(
            new NewIncident(
                "Checkout API 502s",
                Severity.SEV2,
                IncidentKind.REAL,
                List.of("checkout"),
                "Spike of 502s from the edge"));
    for (int i = 0; i < entries; i++) {
      incidents.addEntry(incident.id(), EntryKind.NOTE, "checked pod " + i + " on node-" + (i % 7));
    }
    VaultService vault = new VaultService(ws);
    vault.initialize(VAULT_PASSPHRASE.clone(), KdfParams.FLOOR);
    vault.add(
        NewVaultItem.named("db-1 root", VaultItemKind.PASSWORD).withLogin("root", "db-1"),
        CANARY.toCharArray(),
        new char[0]);
    vault.lock();
    return incident.id();
  }

  static BackupService backups(Workspace ws, Path folder) {
    BackupService service = new BackupService(ws, folder);
    if (!service.hasKey()) {
      service.createKey(BACKUP_PASSPHRASE.clone(), KdfParams.FLOOR, false);
    }
    return service;
  }

  static RestoreService restorer() {
    return new RestoreService();
  }
}
