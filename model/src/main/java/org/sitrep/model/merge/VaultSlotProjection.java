package org.sitrep.model.merge;

import java.util.Base64;
import java.util.Optional;
import org.jooq.DSLContext;
import tools.jackson.databind.JsonNode;

/**
 * The vault's key slots (the vault key wrapped under each holder's passphrase). Two laptops that
 * each set up a vault of their own hold different vault keys: the later slot is used and the other
 * is kept as a conflict, so its items can still be recovered with the old passphrase.
 */
final class VaultSlotProjection implements Projection {

  @Override
  public String entity() {
    return "vault_key_slot";
  }

  @Override
  public Rule rule() {
    return Rule.FIELDS_FLAG_CONFLICTS;
  }

  @Override
  public Optional<String> project(DSLContext dsl, MergedEntity m) {
    Optional<JsonNode> slot = m.json("slot");
    if (slot.isEmpty()) {
      return Optional.of("waiting for vault_key_slot.slot");
    }
    JsonNode s = slot.get();
    JsonNode kdf = s.get("kdf");
    Register r = m.fields().get("slot");
    dsl.execute(
        "INSERT INTO vault_key_slot (holder, role, kdf_memory_kib, kdf_iterations,"
            + " kdf_parallelism, salt, wrapped_key, created_ms, updated_ms, updated_hlc)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (holder) DO UPDATE SET"
            + " role = excluded.role, kdf_memory_kib = excluded.kdf_memory_kib,"
            + " kdf_iterations = excluded.kdf_iterations,"
            + " kdf_parallelism = excluded.kdf_parallelism, salt = excluded.salt,"
            + " wrapped_key = excluded.wrapped_key, updated_ms = excluded.updated_ms,"
            + " updated_hlc = excluded.updated_hlc",
        m.id(),
        s.get("role").asString(),
        kdf.get("m_kib").asLong(),
        kdf.get("t").asLong(),
        kdf.get("p").asLong(),
        Base64.getDecoder().decode(s.get("salt").asString()),
        Base64.getDecoder().decode(s.get("wrapped_key").asString()),
        m.firstMillis(),
        r.millis(),
        m.lastHlc());
    return Optional.empty();
  }
}
