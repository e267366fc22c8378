package org.sitrep.model.backup;

import static org.sitrep.model.store.schema.Tables.BACKUP_KEY;

import java.util.Optional;
import org.jooq.DSLContext;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.vault.KdfParams;

/** This laptop's backup key in {@code backup_key} (V22): one row, never synced. */
final class BackupKeys {

  private BackupKeys() {}

  static Optional<BackupRecipient> load(DSLContext db) {
    var row = db.selectFrom(BACKUP_KEY).where(BACKUP_KEY.HOLDER.eq("backup")).fetchOne();
    if (row == null) {
      return Optional.empty();
    }
    KdfParams params =
        new KdfParams(
            row.getKdfMemoryKib().intValue(),
            row.getKdfIterations().intValue(),
            row.getKdfParallelism().intValue());
    return Optional.of(
        new BackupRecipient(
            row.getPublicKey(), new SealedIdentity(params, row.getSalt(), row.getSealedPrivate())));
  }

  /** Stores a new key; refuses to replace one unless {@code replace}. */
  static void store(DSLContext db, BackupRecipient key, long nowMs, boolean replace) {
    if (!replace && load(db).isPresent()) {
      throw new ChangeRefusedException(
          "this workspace already has a backup key: older backups need its passphrase;"
              + " pass --replace to make a new one (older backups keep the old passphrase)");
    }
    db.deleteFrom(BACKUP_KEY).execute();
    SealedIdentity id = key.identity();
    db.insertInto(BACKUP_KEY)
        .set(BACKUP_KEY.HOLDER, "backup")
        .set(BACKUP_KEY.PUBLIC_KEY, key.publicKey())
        .set(BACKUP_KEY.KDF_MEMORY_KIB, (long) id.params().memoryKiB())
        .set(BACKUP_KEY.KDF_ITERATIONS, (long) id.params().iterations())
        .set(BACKUP_KEY.KDF_PARALLELISM, (long) id.params().parallelism())
        .set(BACKUP_KEY.SALT, id.salt())
        .set(BACKUP_KEY.SEALED_PRIVATE, id.sealed())
        .set(BACKUP_KEY.CREATED_MS, nowMs)
        .execute();
  }
}
