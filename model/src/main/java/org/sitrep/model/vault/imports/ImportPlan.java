package org.sitrep.model.vault.imports;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.model.vault.ImportedItem;
import org.sitrep.model.vault.VaultItemKind;

/**
 * What an export file becomes before anything is stored: the items (secrets in {@code char[]},
 * wiped when stored or when {@link #wipe()} is called) and every warning, each naming its place.
 */
public record ImportPlan(
    String file,
    ExportFormat format,
    int entries,
    List<ImportedItem> items,
    List<String> warnings) {

  public ImportPlan {
    items = List.copyOf(items);
    warnings = List.copyOf(warnings);
  }

  /** "12 password, 3 totp, 1 note": how many items of each kind. */
  public String kinds() {
    Map<String, Integer> count = new TreeMap<>();
    for (ImportedItem i : items) {
      count.merge(i.request().kind().label(), 1, Integer::sum);
    }
    StringBuilder out = new StringBuilder();
    for (VaultItemKind k : VaultItemKind.values()) {
      Integer n = count.get(k.label());
      if (n != null) {
        out.append(out.length() == 0 ? "" : ", ").append(n).append(' ').append(k.label());
      }
    }
    return out.toString();
  }

  public void wipe() {
    items.forEach(ImportedItem::wipe);
  }
}
