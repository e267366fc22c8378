package org.sitrep.app.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Forms and sheets shown inside the main window rather than in separate windows: the keyboard never
 * has to find a new window, and nothing can hide behind the main one during an incident. Shown and
 * hidden synchronously, so focus goes exactly where the caller puts it.
 */
public final class Overlay extends StackPane {

  private Runnable onClose = () -> {};
  private boolean persistent;

  public Overlay() {
    getStyleClass().add("overlay");
    setAlignment(Pos.TOP_CENTER);
    setPadding(new Insets(72, 24, 24, 24));
    setVisible(false);
    setOnMouseClicked(
        e -> {
          if (e.getTarget() == this && !persistent) {
            hide();
          }
        });
    setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ESCAPE && !persistent) {
            hide();
            e.consume();
          }
        });
  }

  /**
   * Shows {@code card} and focuses {@code focus}. Esc or a click beside the card closes it unless
   * {@code persistent}; {@code onClose} runs however it closes.
   */
  public void show(Region card, Node focus, boolean persistent, Runnable onClose) {
    this.persistent = persistent;
    this.onClose = onClose;
    card.getStyleClass().add("overlay-card");
    card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    getChildren().setAll(card);
    setVisible(true);
    focus.requestFocus();
  }

  public void hide() {
    getChildren().clear();
    setVisible(false);
    Runnable closed = onClose;
    onClose = () -> {};
    closed.run();
  }

  public boolean isShowing() {
    return isVisible();
  }
}
