package org.sitrep.model.vault;

import static org.sitrep.model.store.schema.Tables.VAULT_ITEM;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.store.Workspace;

/**
 * Many items in one transaction, encrypted with the already-unlocked vault key: what an import from
 * another password manager needs. Adding them one by one would pay for a transaction and a name
 * lookup per item; here the names are read once and the rows go in as batches.
 */
final class BulkAdd {

  private BulkAdd() {}

  static ImportOutcome add(
      Workspace workspace, UnlockedVault vault, List<ImportedItem> items, boolean skipExisting) {
    List<VaultItem> checked = new ArrayList<>(items.size());
    List<byte[]> payloads = new ArrayList<>(items.size());
    Set<String> inFile = new HashSet<>();
    for (ImportedItem i : items) {
      VaultItem item;
      try {
        item = ItemRules.check(i.request(), i.secret(), workspace);
      } catch (ChangeRefusedException e) {
        throw new ChangeRefusedException(i.where() + ": " + e.getMessage());
      }
      if (!inFile.add(item.name().toLowerCase(Locale.ROOT))) {
        throw new ChangeRefusedException(
            i.where() + ": a second item named " + item.name() + " in the same import");
      }
      checked.add(item);
      payloads.add(ItemPayload.seal(vault.key(), item.id(), item.seal(), i.secret(), i.notes()));
    }
    List<String> skipped = new ArrayList<>();
    List<VaultItem> added =
        workspace.write(
            tx -> {
              Set<String> taken = liveNames(tx.dsl());
              List<VaultItem> keep = new ArrayList<>();
              List<byte[]> keepPayloads = new ArrayList<>();
              List<String> clashes = new ArrayList<>();
              for (int k = 0; k < checked.size(); k++) {
                VaultItem item = checked.get(k);
                if (taken.contains(item.name().toLowerCase(Locale.ROOT))) {
                  clashes.add(item.name());
                } else {
                  keep.add(item);
                  keepPayloads.add(payloads.get(k));
                }
              }
              if (!clashes.isEmpty() && !skipExisting) {
                throw new ChangeRefusedException(
                    clashes.size()
                        + " item(s) are already in the vault by name ("
                        + String.join(", ", clashes.subList(0, Math.min(5, clashes.size())))
                        + (clashes.size() > 5 ? ", …" : "")
                        + "); nothing imported. Use --skip-existing to import the rest");
              }
              skipped.addAll(clashes);
              VaultRepository.insertItems(tx, keep, keepPayloads);
              return keep;
            });
    Set<String> stored = new HashSet<>();
    added.forEach(a -> stored.add(a.name()));
    for (int k = 0; k < checked.size(); k++) {
      if (stored.contains(checked.get(k).name())) {
        vault.learn(items.get(k).secret());
      }
    }
    return new ImportOutcome(added, skipped);
  }

  private static Set<String> liveNames(org.jooq.DSLContext dsl) {
    Set<String> names = new HashSet<>();
    dsl.select(VAULT_ITEM.NAME)
        .from(VAULT_ITEM)
        .where(VAULT_ITEM.REMOVED.eq(0L))
        .forEach(r -> names.add(r.value1().toLowerCase(Locale.ROOT)));
    return names;
  }
}
