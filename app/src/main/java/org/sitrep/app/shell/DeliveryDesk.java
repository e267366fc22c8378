package org.sitrep.app.shell;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.sitrep.app.Session;
import org.sitrep.app.common.Tasks;
import org.sitrep.app.delivery.DeliveryIndicator;
import org.sitrep.app.delivery.OutboxView;
import org.sitrep.app.delivery.OutboxViewModel;
import org.sitrep.model.vault.VaultItem;

/**
 * Deliveries in the window: the outbox card (Ctrl+Shift+T, or a click on the status bar's delivery
 * figure) with its targets tab. The view-model watches the outbox only while the card shows.
 */
final class DeliveryDesk {

  private final Overlay overlay;
  private final OutboxViewModel model;

  DeliveryDesk(Session session, Tasks tasks, Overlay overlay) {
    this.overlay = overlay;
    model =
        new OutboxViewModel(
            session.deliveries(),
            () -> session.vault().list().stream().map(VaultItem::name).toList(),
            session.workspace().redactor()::redact,
            session.workspace().wallClock(),
            tasks);
  }

  void install(Scene scene, DeliveryIndicator indicator) {
    scene
        .getAccelerators()
        .put(
            new KeyCodeCombination(
                KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            this::showOutbox);
    indicator.setOnMouseClicked(e -> showOutbox());
  }

  void showOutbox() {
    if (overlay.isShowing()) {
      return;
    }
    OutboxView view = new OutboxView(model, overlay::hide);
    model.activate();
    overlay.show(view, view.focusTarget(), false, model::deactivate);
  }
}
