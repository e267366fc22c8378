package org.sitrep.app.vault;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A secret on screen or in the clipboard, and for how long: a shown value hides after the reveal
 * time; a copied value is cleared after the clipboard time, but only if the clipboard still holds
 * it (never wipe what the user copied since).
 */
final class SecretDisplay {

  private final VaultViewModel.Clipboard clipboard;
  private final VaultViewModel.Timer timer;
  private final VaultSettings settings;
  private final StringProperty shown = new SimpleStringProperty("");
  private Runnable hideLater = () -> {};
  private Runnable clearLater = () -> {};

  SecretDisplay(
      VaultViewModel.Clipboard clipboard, VaultViewModel.Timer timer, VaultSettings settings) {
    this.clipboard = clipboard;
    this.timer = timer;
    this.settings = settings;
  }

  StringProperty shown() {
    return shown;
  }

  void show(String text) {
    shown.set(text);
    hideLater.run();
    hideLater = timer.after(settings.reveal(), this::hide);
  }

  void copy(String value) {
    clipboard.put(value);
    clearLater.run();
    clearLater =
        timer.after(
            settings.clipboard(),
            () -> {
              if (clipboard.current().filter(value::equals).isPresent()) {
                clipboard.clear();
              }
            });
  }

  void hide() {
    hideLater.run();
    hideLater = () -> {};
    shown.set("");
  }
}
