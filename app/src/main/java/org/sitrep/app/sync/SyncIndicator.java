package org.sitrep.app.sync;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** The status bar's sync light: text and colour from the view-model, details on hover. */
public final class SyncIndicator extends Label {

  private static final String STYLE_PREFIX = "sync-";

  public SyncIndicator(SyncStatusViewModel model) {
    setId("sync-indicator");
    textProperty().bind(model.text());
    Tooltip tip = new Tooltip();
    tip.textProperty().bind(model.detail());
    setTooltip(tip);
    model.state().addListener((o, was, now) -> style(now));
    style(model.state().get());
  }

  private void style(SyncStatusViewModel.State state) {
    getStyleClass().removeIf(c -> c.startsWith(STYLE_PREFIX));
    getStyleClass()
        .add(STYLE_PREFIX + state.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
  }
}
