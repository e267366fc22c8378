package org.sitrep.model.vault;

import static org.sitrep.model.store.schema.Tables.VAULT_ITEM;
import static org.sitrep.model.store.schema.Tables.VAULT_KEY_SLOT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.sitrep.model.log.LogSearch;
import org.sitrep.model.store.WriteTx;
import org.sitrep.model.store.schema.tables.records.VaultItemRecord;
import org.sitrep.model.store.schema.tables.records.VaultKeySlotRecord;
import org.sitrep.model.write.VaultOperation;

/**
 * Vault rows: key slots, items (clear fields + encrypted payload), their search index and the audit
 * trail. Only ciphertext and metadata reach the outbox. No crypto here: that is the service's.
 */
final class VaultRepository {

  private VaultRepository() {}

  static Optional<KeySlot> slot(DSLContext dsl, String holder) {
    return dsl.selectFrom(VAULT_KEY_SLOT)
        .where(VAULT_KEY_SLOT.HOLDER.eq(holder))
        .fetchOptional(VaultRepository::toSlot);
  }

  static List<KeySlot> approvers(DSLContext dsl) {
    return dsl.selectFrom(VAULT_KEY_SLOT)
        .where(VAULT_KEY_SLOT.ROLE.eq(KeySlot.Role.APPROVER.name()))
        .orderBy(VAULT_KEY_SLOT.HOLDER)
        .fetch(VaultRepository::toSlot);
  }

  /** Inserts or replaces a slot (a passphrase change re-wraps the same vault key). */
  static void saveSlot(WriteTx tx, KeySlot slot) {
    tx.apply(new VaultOperation.SaveSlot(slot));
  }

  static void insertItem(WriteTx tx, VaultItem item, byte[] payload) {
    tx.apply(new VaultOperation.AddItem(item, payload));
  }

  /** Many items in the open transaction (an import), each its own operation. */
  static void insertItems(WriteTx tx, List<VaultItem> items, List<byte[]> payloads) {
    for (int k = 0; k < items.size(); k++) {
      tx.apply(new VaultOperation.AddItem(items.get(k), payloads.get(k)));
    }
  }

  /** A tombstone: the row stays for sync and the audit trail, the ciphertext and index go. */
  static void remove(WriteTx tx, String itemId) {
    tx.apply(new VaultOperation.RemoveItem(itemId));
  }

  static Optional<VaultItem> item(DSLContext dsl, String id) {
    return dsl.selectFrom(VAULT_ITEM)
        .where(VAULT_ITEM.ID.eq(id).and(VAULT_ITEM.REMOVED.eq(0L)))
        .fetchOptional(VaultRepository::toItem);
  }

  /** Items whose id starts with {@code prefix} or whose name is exactly {@code name}. */
  static List<VaultItem> findByReference(DSLContext dsl, String reference) {
    return dsl.selectFrom(VAULT_ITEM)
        .where(
            VAULT_ITEM
                .REMOVED
                .eq(0L)
                .and(
                    VAULT_ITEM
                        .ID
                        .startsWith(reference)
                        .or(VAULT_ITEM.NAME.equalIgnoreCase(reference))))
        .limit(10)
        .fetch(VaultRepository::toItem);
  }

  /** The one live item {@code reference} names (exact name, any case, or id prefix), or refused. */
  static VaultItem resolve(DSLContext dsl, String reference) {
    List<VaultItem> found = findByReference(dsl, reference);
    if (found.isEmpty()) {
      throw new org.sitrep.model.NotFoundException(
          "no vault item named or with an id starting '" + reference + "'");
    }
    if (found.size() > 1) {
      throw new org.sitrep.model.ChangeRefusedException(
          "'" + reference + "' matches " + found.size() + " vault items: give more of the id");
    }
    return found.get(0);
  }

  static byte[] payload(DSLContext dsl, String id) {
    return dsl.select(VAULT_ITEM.PAYLOAD)
        .from(VAULT_ITEM)
        .where(VAULT_ITEM.ID.eq(id))
        .fetchOne(VAULT_ITEM.PAYLOAD);
  }

  /** Every live item with its payload: what unlocking reads to teach the redactor. */
  static Map<VaultItem, byte[]> allSealed(DSLContext dsl) {
    Map<VaultItem, byte[]> out = new LinkedHashMap<>();
    dsl.selectFrom(VAULT_ITEM)
        .where(VAULT_ITEM.REMOVED.eq(0L))
        .forEach(r -> out.put(toItem(r), r.getPayload()));
    return out;
  }

  static List<VaultItem> list(DSLContext dsl, int limit) {
    return dsl.selectFrom(VAULT_ITEM)
        .where(VAULT_ITEM.REMOVED.eq(0L))
        .orderBy(VAULT_ITEM.NAME.collate("NOCASE"), VAULT_ITEM.ID)
        .limit(limit)
        .fetch(VaultRepository::toItem);
  }

  /**
   * Ranked search over name, username, host, URL and tags (never secrets: they are not indexed).
   */
  static List<VaultItem> search(DSLContext dsl, String words, int limit) {
    String match = LogSearch.matchExpression(words, true);
    if (match.isEmpty()) {
      return list(dsl, limit);
    }
    List<String> ids =
        dsl.resultQuery(
                "SELECT item_id FROM vault_item_fts WHERE vault_item_fts MATCH ?"
                    + " ORDER BY bm25(vault_item_fts, 0.0, 10.0, 3.0, 5.0, 1.0, 3.0) LIMIT ?",
                match,
                limit)
            .fetch(r -> r.get(0, String.class));
    Map<String, VaultItem> byId = new LinkedHashMap<>();
    dsl.selectFrom(VAULT_ITEM)
        .where(VAULT_ITEM.ID.in(ids).and(VAULT_ITEM.REMOVED.eq(0L)))
        .forEach(r -> byId.put(r.getId(), toItem(r)));
    return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
  }

  private static KeySlot toSlot(VaultKeySlotRecord r) {
    return new KeySlot(
        r.getHolder(),
        KeySlot.Role.valueOf(r.getRole()),
        new KdfParams(
            r.getKdfMemoryKib().intValue(),
            r.getKdfIterations().intValue(),
            r.getKdfParallelism().intValue()),
        r.getSalt(),
        r.getWrappedKey());
  }

  static VaultItem toItem(VaultItemRecord r) {
    return new VaultItem(
        r.getId(),
        r.getName(),
        VaultItemKind.valueOf(r.getKind()),
        r.getUsername(),
        r.getHost(),
        r.getUrl(),
        r.getTags().isBlank() ? List.of() : Arrays.asList(r.getTags().split(",")),
        Optional.ofNullable(r.getRotateBy()).map(LocalDate::parse),
        Seal.valueOf(r.getSeal()),
        Instant.ofEpochMilli(r.getCreatedMs()),
        r.getCreatedBy());
  }
}
