package org.sitrep.model.merge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jooq.DSLContext;
import org.sitrep.model.store.WriteTx;

/**
 * A digest of everything sync merges: every field's winning value and every append-only record. Two
 * laptops that have seen the same operations have the same hash, whatever order they saw them in:
 * what convergence tests and {@code sync status} compare.
 */
public final class StateHash {

  private static final String[] QUERIES = {
    "SELECT entity, entity_id, field, CAST(hlc AS TEXT), device_id, value FROM merge_field"
        + " ORDER BY entity, entity_id, field",
    "SELECT id, hash FROM log_entry ORDER BY id",
    "SELECT entry_id, body FROM command_record ORDER BY entry_id",
    "SELECT id, page_id, outcome FROM page_attempt ORDER BY id",
    "SELECT id, item_id, action FROM vault_audit ORDER BY id",
  };

  private StateHash() {}

  /** Folds this laptop's own latest writes in first, so the hash covers them. */
  public static String of(WriteTx tx) {
    RemoteOperations.foldLocal(tx);
    return of(tx.dsl());
  }

  static String of(DSLContext dsl) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    for (String q : QUERIES) {
      dsl.fetch(q)
          .forEach(
              r -> {
                for (int i = 0; i < r.size(); i++) {
                  Object v = r.get(i);
                  sha.update(String.valueOf(v).getBytes(StandardCharsets.UTF_8));
                  sha.update((byte) 0);
                }
                sha.update((byte) '\n');
              });
      sha.update((byte) 1);
    }
    return HexFormat.of().formatHex(sha.digest());
  }
}
