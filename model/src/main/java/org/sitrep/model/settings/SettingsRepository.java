package org.sitrep.model.settings;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.sitrep.model.clock.Hlc;
import org.sitrep.model.store.WriteTx;

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
    Hlc hlc = tx.tick();
    tx.dsl()
        .execute(
            "INSERT INTO workspace_setting (key, value, updated_hlc) VALUES (?, ?, ?)"
                + " ON CONFLICT (key) DO UPDATE SET value = excluded.value,"
                + " updated_hlc = excluded.updated_hlc",
            key,
            value,
            org.jooq.impl.DSL.val(hlc.packed(), org.jooq.impl.SQLDataType.BIGINT));
    tx.record(hlc, ENTITY, key, "value", value);
  }
}
