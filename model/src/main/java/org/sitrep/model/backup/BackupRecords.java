package org.sitrep.model.backup;

import static org.sitrep.model.store.schema.Tables.BACKUP_RECORD;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** The backups this laptop finished ({@code backup_record}, V22), newest first. */
final class BackupRecords {

  private BackupRecords() {}

  /** One finished backup as recorded when its file was renamed into place. */
  record Recorded(String name, long createdMs, String fileSha256, long fileBytes, long entries) {}

  static void add(DSLContext db, BackupManifest m, String sha256, long bytes) {
    db.insertInto(BACKUP_RECORD)
        .set(BACKUP_RECORD.NAME, m.name())
        .set(BACKUP_RECORD.CREATED_MS, m.createdMs())
        .set(BACKUP_RECORD.FILE_SHA256, sha256)
        .set(BACKUP_RECORD.FILE_BYTES, bytes)
        .set(BACKUP_RECORD.ENTRIES, m.entries())
        .set(BACKUP_RECORD.SCHEMA_VERSION, (long) m.schemaVersion())
        .onConflictDoNothing()
        .execute();
  }

  static Optional<Recorded> find(DSLContext db, String name) {
    return all(db).stream().filter(r -> r.name().equals(name)).findFirst();
  }

  static List<Recorded> all(DSLContext db) {
    return db.selectFrom(BACKUP_RECORD)
        .orderBy(BACKUP_RECORD.CREATED_MS.desc())
        .fetch(
            r ->
                new Recorded(
                    r.getName(),
                    r.getCreatedMs(),
                    r.getFileSha256(),
                    r.getFileBytes(),
                    r.getEntries()));
  }

  static void remove(DSLContext db, String name) {
    db.deleteFrom(BACKUP_RECORD).where(BACKUP_RECORD.NAME.eq(name)).execute();
  }
}
