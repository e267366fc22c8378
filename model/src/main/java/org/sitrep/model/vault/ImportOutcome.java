package org.sitrep.model.vault;

import java.util.List;

/** What a bulk import stored, and the names it left alone because the vault already had them. */
public record ImportOutcome(List<VaultItem> added, List<String> skippedExisting) {

  public ImportOutcome {
    added = List.copyOf(added);
    skippedExisting = List.copyOf(skippedExisting);
  }
}
