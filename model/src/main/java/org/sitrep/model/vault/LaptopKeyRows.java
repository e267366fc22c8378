package org.sitrep.model.vault;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.sitrep.model.store.WriteTx;

/**
 * The rows behind {@link KeysAtRest}: the laptop key slot, and sealing the private key columns of
 * {@code sync_identity} and {@code team_key} that are still in the clear. Plain SQL: these tables
 * belong to sync, which reads them through {@link KeysAtRest}.
 */
final class LaptopKeyRows {

  private LaptopKeyRows() {}

  static String signBinding(String device) {
    return "sitrep-keys/1 sign " + device;
  }

  static String ageBinding(String device) {
    return "sitrep-keys/1 age " + device;
  }

  static String teamBinding(String workspace, int epoch, String rotator) {
    return "sitrep-keys/1 team " + workspace + " " + epoch + " " + rotator;
  }

  static Optional<KeySlot> slot(DSLContext db, String holder) {
    return db.fetchOptional(
            "SELECT kdf_memory_kib, kdf_iterations, kdf_parallelism, salt, wrapped_key"
                + " FROM laptop_key_slot WHERE holder = ?",
            holder)
        .map(
            r ->
                new KeySlot(
                    holder,
                    KeySlot.Role.OWNER,
                    new KdfParams(
                        r.get(0, Integer.class), r.get(1, Integer.class), r.get(2, Integer.class)),
                    r.get(3, byte[].class),
                    r.get(4, byte[].class)));
  }

  static void saveSlot(WriteTx tx, KeySlot slot) {
    KdfParams p = slot.params();
    tx.dsl()
        .execute(
            "INSERT OR REPLACE INTO laptop_key_slot (holder, kdf_memory_kib, kdf_iterations,"
                + " kdf_parallelism, salt, wrapped_key, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?)",
            slot.holder(),
            p.memoryKiB(),
            p.iterations(),
            p.parallelism(),
            slot.salt(),
            slot.wrappedKey(),
            tx.wallTime().toEpochMilli());
  }

  /** Private keys still in the clear: two per identity row, one per team key. */
  static int clearCount(DSLContext db) {
    int identities =
        db.fetchOne("SELECT count(*) FROM sync_identity WHERE sealed = 0").get(0, Integer.class);
    int teamKeys =
        db.fetchOne("SELECT count(*) FROM team_key WHERE sealed = 0").get(0, Integer.class);
    return 2 * identities + teamKeys;
  }

  /** Seals every clear private key under {@code key}; returns how many rows changed. */
  static int sealClear(DSLContext db, byte[] key) {
    int changed = 0;
    for (Record r :
        db.fetch(
            "SELECT device_id, sign_private, age_identity FROM sync_identity WHERE sealed = 0")) {
      String device = r.get(0, String.class);
      byte[] sign = Aead.seal(key, signBinding(device), r.get(1, byte[].class));
      byte[] age =
          Aead.seal(
              key, ageBinding(device), r.get(2, String.class).getBytes(StandardCharsets.UTF_8));
      changed +=
          db.execute(
              "UPDATE sync_identity SET sign_private = ?, age_identity = ?, sealed = 1"
                  + " WHERE device_id = ?",
              sign,
              Base64.getEncoder().encodeToString(age),
              device);
    }
    for (Record r :
        db.fetch("SELECT workspace, epoch, rotator, key_bytes FROM team_key WHERE sealed = 0")) {
      String ws = r.get(0, String.class);
      int epoch = r.get(1, Integer.class);
      String rotator = r.get(2, String.class);
      byte[] sealed = Aead.seal(key, teamBinding(ws, epoch, rotator), r.get(3, byte[].class));
      changed +=
          db.execute(
              "UPDATE team_key SET key_bytes = ?, sealed = 1"
                  + " WHERE workspace = ? AND epoch = ? AND rotator = ?",
              sealed,
              ws,
              epoch,
              rotator);
    }
    return changed;
  }
}
