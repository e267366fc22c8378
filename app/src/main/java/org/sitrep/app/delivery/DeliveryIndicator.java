package org.sitrep.app.delivery;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** The status bar's delivery figure; why the oldest waits on hover. */
public final class DeliveryIndicator extends Label {

  public DeliveryIndicator(DeliveryStatusViewModel model) {
    setId("delivery-indicator");
    textProperty().bind(model.text());
    Tooltip tip = new Tooltip();
    tip.textProperty().bind(model.detail());
    setTooltip(tip);
    visibleProperty().bind(model.text().isNotEmpty());
    managedProperty().bind(visibleProperty());
  }
}
