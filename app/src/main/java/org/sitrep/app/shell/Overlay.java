package org.sitrep.app.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Forms and sheets shown inside the main window rather than in separate windows: the keyboard never
 * has to find a new window, and nothing can hide behind the main one during an incident. Shown and
 * hidden synchronously, so focus goes exactly where the caller puts it. The keyboard model
 * (docs/keyboard.md) is kept by a trapping {@link FocusScope}: Esc closes the card from anywhere in
 * it, Tab stays inside, and the focus returns where it was.
 */
public final class Overlay extends StackPane {

  private Runnable onClose = () -> {};
  private boolean persistent;
  private Runnable fallbackFocus = () -> {};
  private final FocusScope scope;

  public Overlay() {
    getStyleClass().add("overlay");
    setAlignment(Pos.TOP_CENTER);
    setPadding(new Insets(12, 24, 12, 24));
    setVisible(false);
    scope = new FocusScope(this, true, () -> !persistent, this::hide);
    setOnMouseClicked(
        e -> {
          if (e.getTarget() == this && !persistent) {
            hide();
          }
        });
  }

  /** Where the focus goes when the node that had it before an overlay opened is gone. */
  void setFallbackFocus(Runnable fallbackFocus) {
    this.fallbackFocus = fallbackFocus;
  }

  /**
   * Shows {@code card} and focuses {@code focus}. Esc or a click beside the card closes it unless
   * {@code persistent}; {@code onClose} runs however it closes, after the focus went back to where
   * it was (so {@code onClose} may still move it, e.g. to a new incident's entry line).
   */
  public void show(Region card, Node focus, boolean persistent, Runnable onClose) {
    this.persistent = persistent;
    this.onClose = onClose;
    card.getStyleClass().add("overlay-card");
    // Never taller or wider than the window: a long card scrolls inside itself (see fit()).
    card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    getChildren().setAll(card);
    setVisible(true);
    scope.open(focus);
  }

  public void hide() {
    getChildren().clear();
    setVisible(false);
    if (!scope.closed()) {
      fallbackFocus.run();
    }
    Runnable closed = onClose;
    onClose = () -> {};
    closed.run();
  }

  /**
   * The card at its preferred size, but never larger than the window: on a laptop screen a long
   * card (F1) gets the height there is and scrolls inside, its Close button still in view. On a
   * tall screen it sits a little below the top, where the eye expects a sheet.
   */
  @Override
  protected void layoutChildren() {
    Insets in = getInsets();
    double roomW = getWidth() - in.getLeft() - in.getRight();
    double roomH = getHeight() - in.getTop() - in.getBottom();
    for (Node child : getManagedChildren()) {
      double w = Math.min(child.prefWidth(-1), roomW);
      w = Math.max(w, Math.min(child.minWidth(-1), roomW));
      double h = Math.min(child.prefHeight(w), roomH);
      double spare = roomH - h;
      double top = in.getTop() + Math.min(60, spare / 2);
      child.resizeRelocate(in.getLeft() + (roomW - w) / 2, top, w, h);
    }
  }

  public boolean isShowing() {
    return isVisible();
  }
}
