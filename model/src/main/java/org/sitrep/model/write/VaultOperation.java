package org.sitrep.model.write;

import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.vault.AuditEntry;
import org.sitrep.model.vault.KdfParams;
import org.sitrep.model.vault.KeySlot;
import org.sitrep.model.vault.VaultItem;

/**
 * The credentials vault. Only ciphertext and wrapped keys travel; a value in the clear never
 * becomes an operation.
 */
public sealed interface VaultOperation extends Operation {

  String ITEM = "vault_item";

  /** A holder's wrapped copy of the vault key (a passphrase change re-wraps the same key). */
  record SaveSlot(KeySlot slot) implements VaultOperation {
    @Override
    public String entity() {
      return "vault_key_slot";
    }

    @Override
    public String entityId() {
      return slot.holder();
    }

    @Override
    public List<FieldWrite> writes() {
      KdfParams p = slot.params();
      Map<String, Object> op = new LinkedHashMap<>();
      op.put("role", slot.role().name());
      op.put("kdf", Map.of("m_kib", p.memoryKiB(), "t", p.iterations(), "p", p.parallelism()));
      op.put("salt", b64(slot.salt()));
      op.put("wrapped_key", b64(slot.wrappedKey()));
      return List.of(new FieldWrite("slot", op));
    }
  }

  /** A new item with its sealed payload. */
  record AddItem(VaultItem item, byte[] payload) implements VaultOperation {
    @Override
    public String entity() {
      return ITEM;
    }

    @Override
    public String entityId() {
      return item.id();
    }

    @Override
    public List<FieldWrite> writes() {
      return java.util.Arrays.asList(
          new FieldWrite("name", item.name()),
          new FieldWrite("kind", item.kind().name()),
          new FieldWrite("username", item.username()),
          new FieldWrite("host", item.host()),
          new FieldWrite("url", item.url()),
          new FieldWrite("tags", item.tags()),
          new FieldWrite("rotate_by", item.rotateBy().map(LocalDate::toString).orElse(null)),
          new FieldWrite("seal", item.seal().name()),
          new FieldWrite("payload", b64(payload)),
          new FieldWrite("created_by", item.createdBy()),
          new FieldWrite("created_ms", item.createdAt().toEpochMilli()));
    }
  }

  /** A tombstone: the row stays for sync and the audit trail, the ciphertext and index go. */
  record RemoveItem(String itemId) implements VaultOperation {
    @Override
    public String entity() {
      return ITEM;
    }

    @Override
    public String entityId() {
      return itemId;
    }

    @Override
    public List<FieldWrite> writes() {
      return List.of(new FieldWrite("removed", true));
    }
  }

  /** Who revealed or copied which item, and why: appended, never the value. */
  record Audit(AuditEntry entry) implements VaultOperation {
    @Override
    public String entity() {
      return "vault_audit";
    }

    @Override
    public String entityId() {
      return entry.id();
    }

    @Override
    public List<FieldWrite> writes() {
      AuditEntry e = entry;
      Map<String, Object> op = new LinkedHashMap<>();
      op.put("item_id", e.itemId());
      op.put("item_name", e.itemName());
      op.put("action", e.action().name());
      op.put("actor", e.actor());
      op.put("approver", e.approver().orElse(null));
      op.put("purpose", e.purpose());
      op.put("incident_id", e.incidentId().orElse(null));
      op.put("entry_id", e.entryId().orElse(null));
      op.put("at_ms", e.at().toEpochMilli());
      return List.of(new FieldWrite("append", op));
    }
  }

  private static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
