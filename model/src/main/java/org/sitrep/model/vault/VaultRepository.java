package org.sitrep.model.vault;

import static org.sitrep.model.store.schema.Tables.VAULT_ITEM;
import static org.sitrep.model.store.schema.Tables.VAULT_KEY_SLOT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.sitrep.model.clock.Hlc;
import org.sitrep.model.log.LogSearch;
import org.sitrep.model.store.WriteTx;
import org.sitrep.model.store.schema.tables.records.VaultItemRecord;
import org.sitrep.model.store.schema.tables.records.VaultKeySlotRecord;

/**
 * Vault rows: key slots, items (clear fields + encrypted payload), their search index and the audit
 * trail. Only ciphertext and metadata reach the outbox. No crypto here: that is the service's.
 */
final class VaultRepository {

  static final String SLOT = "vault_key_slot";
  static final String ITEM = "vault_item";

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
    Hlc hlc = tx.tick();
    long now = tx.wallTime().toEpochMilli();
    KdfParams p = slot.params();
    tx.dsl()
        .insertInto(VAULT_KEY_SLOT)
        .set(VAULT_KEY_SLOT.HOLDER, slot.holder())
        .set(VAULT_KEY_SLOT.ROLE, slot.role().name())
        .set(VAULT_KEY_SLOT.KDF_MEMORY_KIB, (long) p.memoryKiB())
        .set(VAULT_KEY_SLOT.KDF_ITERATIONS, (long) p.iterations())
        .set(VAULT_KEY_SLOT.KDF_PARALLELISM, (long) p.parallelism())
        .set(VAULT_KEY_SLOT.SALT, slot.salt())
        .set(VAULT_KEY_SLOT.WRAPPED_KEY, slot.wrappedKey())
        .set(VAULT_KEY_SLOT.CREATED_MS, now)
        .set(VAULT_KEY_SLOT.UPDATED_MS, now)
        .set(VAULT_KEY_SLOT.UPDATED_HLC, hlc.packed())
        .onConflict(VAULT_KEY_SLOT.HOLDER)
        .doUpdate()
        .set(VAULT_KEY_SLOT.KDF_MEMORY_KIB, (long) p.memoryKiB())
        .set(VAULT_KEY_SLOT.KDF_ITERATIONS, (long) p.iterations())
        .set(VAULT_KEY_SLOT.KDF_PARALLELISM, (long) p.parallelism())
        .set(VAULT_KEY_SLOT.SALT, slot.salt())
        .set(VAULT_KEY_SLOT.WRAPPED_KEY, slot.wrappedKey())
        .set(VAULT_KEY_SLOT.UPDATED_MS, now)
        .set(VAULT_KEY_SLOT.UPDATED_HLC, hlc.packed())
        .execute();
    Map<String, Object> op = new LinkedHashMap<>();
    op.put("role", slot.role().name());
    op.put("kdf", Map.of("m_kib", p.memoryKiB(), "t", p.iterations(), "p", p.parallelism()));
    op.put("salt", b64(slot.salt()));
    op.put("wrapped_key", b64(slot.wrappedKey()));
    tx.record(hlc, SLOT, slot.holder(), "slot", op);
  }

  static void insertItem(WriteTx tx, VaultItem item, byte[] payload) {
    Hlc hlc = tx.tick();
    VaultItemRecord r = tx.dsl().newRecord(VAULT_ITEM);
    r.setId(item.id());
    r.setName(item.name());
    r.setKind(item.kind().name());
    r.setUsername(item.username());
    r.setHost(item.host());
    r.setUrl(item.url());
    r.setTags(String.join(",", item.tags()));
    r.setRotateBy(item.rotateBy().map(LocalDate::toString).orElse(null));
    r.setSeal(item.seal().name());
    r.setPayload(payload);
    r.setCreatedMs(item.createdAt().toEpochMilli());
    r.setCreatedBy(item.createdBy());
    r.setUpdatedMs(item.createdAt().toEpochMilli());
    r.setUpdatedHlc(hlc.packed());
    r.setRemoved(0L);
    r.insert();
    long rowid = rowid(tx.dsl(), item.id());
    tx.dsl()
        .execute(
            "INSERT INTO vault_item_fts (rowid, item_id, name, username, host, url, tags)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)",
            rowid,
            item.id(),
            item.name(),
            item.username(),
            item.host(),
            item.url(),
            String.join(" ", item.tags()));
    String id = item.id();
    tx.record(hlc, ITEM, id, "name", item.name());
    tx.record(hlc, ITEM, id, "kind", item.kind().name());
    tx.record(hlc, ITEM, id, "username", item.username());
    tx.record(hlc, ITEM, id, "host", item.host());
    tx.record(hlc, ITEM, id, "url", item.url());
    tx.record(hlc, ITEM, id, "tags", item.tags());
    tx.record(hlc, ITEM, id, "rotate_by", item.rotateBy().map(LocalDate::toString).orElse(null));
    tx.record(hlc, ITEM, id, "seal", item.seal().name());
    tx.record(hlc, ITEM, id, "payload", b64(payload));
    tx.record(hlc, ITEM, id, "created_by", item.createdBy());
    tx.record(hlc, ITEM, id, "created_ms", item.createdAt().toEpochMilli());
  }

  /**
   * Many items in the open transaction: the rows as one batch, the search index in one statement,
   * the outbox as multi-row inserts. An import of a thousand items costs a few statements, not
   * three thousand round trips.
   */
  static void insertItems(WriteTx tx, List<VaultItem> items, List<byte[]> payloads) {
    if (items.isEmpty()) {
      return;
    }
    var rows =
        tx.dsl()
            .batch(
                tx.dsl()
                    .insertInto(VAULT_ITEM)
                    .columns(
                        VAULT_ITEM.ID,
                        VAULT_ITEM.NAME,
                        VAULT_ITEM.KIND,
                        VAULT_ITEM.USERNAME,
                        VAULT_ITEM.HOST,
                        VAULT_ITEM.URL,
                        VAULT_ITEM.TAGS,
                        VAULT_ITEM.ROTATE_BY,
                        VAULT_ITEM.SEAL,
                        VAULT_ITEM.PAYLOAD,
                        VAULT_ITEM.CREATED_MS,
                        VAULT_ITEM.CREATED_BY,
                        VAULT_ITEM.UPDATED_MS,
                        VAULT_ITEM.UPDATED_HLC,
                        VAULT_ITEM.REMOVED)
                    .values(
                        (String) null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
    // New rows take rowids past the largest one now: the search index is filled from them in one
    // statement rather than one look-up per item.
    Long before = tx.dsl().resultQuery("SELECT max(rowid) FROM vault_item").fetchOne(0, Long.class);
    for (int k = 0; k < items.size(); k++) {
      VaultItem item = items.get(k);
      Hlc hlc = tx.tick();
      long created = item.createdAt().toEpochMilli();
      String rotate = item.rotateBy().map(LocalDate::toString).orElse(null);
      rows.bind(
          item.id(),
          item.name(),
          item.kind().name(),
          item.username(),
          item.host(),
          item.url(),
          String.join(",", item.tags()),
          rotate,
          item.seal().name(),
          payloads.get(k),
          created,
          item.createdBy(),
          created,
          hlc.packed(),
          0L);
      String id = item.id();
      tx.record(hlc, ITEM, id, "name", item.name());
      tx.record(hlc, ITEM, id, "kind", item.kind().name());
      tx.record(hlc, ITEM, id, "username", item.username());
      tx.record(hlc, ITEM, id, "host", item.host());
      tx.record(hlc, ITEM, id, "url", item.url());
      tx.record(hlc, ITEM, id, "tags", item.tags());
      tx.record(hlc, ITEM, id, "rotate_by", rotate);
      tx.record(hlc, ITEM, id, "seal", item.seal().name());
      tx.record(hlc, ITEM, id, "payload", b64(payloads.get(k)));
      tx.record(hlc, ITEM, id, "created_by", item.createdBy());
      tx.record(hlc, ITEM, id, "created_ms", created);
    }
    rows.execute();
    tx.dsl()
        .execute(
            "INSERT INTO vault_item_fts (rowid, item_id, name, username, host, url, tags)"
                + " SELECT rowid, id, name, username, host, url, replace(tags, ',', ' ')"
                + " FROM vault_item WHERE rowid > ?",
            before == null ? 0L : before);
  }

  /** A tombstone: the row stays for sync and the audit trail, the ciphertext and index go. */
  static void remove(WriteTx tx, String itemId) {
    Hlc hlc = tx.tick();
    long rowid = rowid(tx.dsl(), itemId);
    tx.dsl()
        .update(VAULT_ITEM)
        .set(VAULT_ITEM.REMOVED, 1L)
        .setNull(VAULT_ITEM.PAYLOAD)
        .set(VAULT_ITEM.UPDATED_MS, tx.wallTime().toEpochMilli())
        .set(VAULT_ITEM.UPDATED_HLC, hlc.packed())
        .where(VAULT_ITEM.ID.eq(itemId))
        .execute();
    tx.dsl().execute("DELETE FROM vault_item_fts WHERE rowid = ?", rowid);
    tx.record(hlc, ITEM, itemId, "removed", true);
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

  private static long rowid(DSLContext dsl, String itemId) {
    Record r = dsl.fetchOne("SELECT rowid FROM vault_item WHERE id = ?", itemId);
    return r == null ? -1 : r.get(0, Long.class);
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

  private static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
