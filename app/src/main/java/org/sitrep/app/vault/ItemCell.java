package org.sitrep.app.vault;

import javafx.scene.control.ListCell;
import org.sitrep.model.vault.VaultItem;

/** One vault item in the list: name (sealed ones marked), kind and where it is used. */
final class ItemCell extends ListCell<VaultItem> {
  @Override
  protected void updateItem(VaultItem item, boolean empty) {
    super.updateItem(item, empty);
    if (empty || item == null) {
      setText(null);
      return;
    }
    setText(
        item.name()
            + (item.seal().isBreakGlass() ? "  [SEALED]" : "")
            + "\n"
            + item.kind().label()
            + (item.where().isEmpty() ? "" : " · " + item.where()));
  }
}
