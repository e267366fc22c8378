package org.sitrep.model.settings;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.sitrep.model.store.WriteTx;
import org.sitrep.model.write.LibraryOperation;

/** The {@code workspace_setting} rows: one text value per key, synced last-writer-wins per key. */
public final class SettingsRepository {

  /** The entity name settings travel under in the sync outbox. */
  public static final String ENTITY = "workspace_setting";

  private SettingsRepository() {}

  public static Optional<String> get(DSLContext dsl, String key) {
    return dsl.fetchOptional("SELECT value FROM workspace_setting WHERE key = ?", key)
        .map(r -> r.get(0, String.class));
  }

  public static Map<String, String> all(DSLContext dsl) {
    Map<String, String> all = new TreeMap<>();
    dsl.fetch("SELECT key, value FROM workspace_setting")
        .forEach(r -> all.put(r.get(0, String.class), r.get(1, String.class)));
    return all;
  }

  /** Writes {@code value} for {@code key} and records it for sync, in the caller's transaction. */
  public static void put(WriteTx tx, String key, String value) {
    tx.apply(new LibraryOperation.PutSetting(key, value));
  }
}
