package org.sitrep.app.vault;

import java.time.Duration;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** The real clipboard and timers behind the view-model's ports (FX thread only). */
public final class FxVaultPorts {

  private FxVaultPorts() {}

  public static VaultViewModel.Clipboard clipboard() {
    return new VaultViewModel.Clipboard() {
      @Override
      public void put(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
      }

      @Override
      public Optional<String> current() {
        Clipboard c = Clipboard.getSystemClipboard();
        return c.hasString() ? Optional.ofNullable(c.getString()) : Optional.empty();
      }

      @Override
      public void clear() {
        Clipboard.getSystemClipboard().clear();
      }
    };
  }

  public static VaultViewModel.Timer timer() {
    return (delay, task) -> {
      PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
      pause.setOnFinished(e -> task.run());
      pause.play();
      return pause::stop;
    };
  }

  static Duration seconds(long s) {
    return Duration.ofSeconds(s);
  }
}
