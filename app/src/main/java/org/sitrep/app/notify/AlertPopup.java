package org.sitrep.app.notify;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;
import org.sitrep.model.notify.Alert;

/**
 * Alerts inside the window, top right, newest first, each until dismissed (an unanswered page is
 * not something to fade away on its own). At most {@link #SHOWN} at once; older ones drop off.
 */
public final class AlertPopup {

  static final int SHOWN = 4;
  private static final double CARD_WIDTH = 360;
  private static final double PADDING = 12;
  private final Window owner;
  private final Popup popup = new Popup();
  private final VBox stack = new VBox(8);
  private final Deque<Alert> shown = new ArrayDeque<>();

  public AlertPopup(Window owner) {
    this.owner = owner;
    stack.setPadding(new Insets(PADDING));
    stack.getStyleClass().add("alert-stack");
    popup.getContent().add(stack);
    popup.setAutoHide(false);
  }

  /** Shows {@code alert}; safe from any thread. */
  public void show(Alert alert) {
    if (!Platform.isFxApplicationThread()) {
      Platform.runLater(() -> show(alert));
      return;
    }
    shown.addFirst(alert);
    while (shown.size() > SHOWN) {
      shown.removeLast();
    }
    render();
  }

  private void render() {
    stack.getChildren().clear();
    for (Alert a : shown) {
      stack.getChildren().add(card(a));
    }
    if (shown.isEmpty()) {
      popup.hide();
      return;
    }
    if (!popup.isShowing() && owner.isShowing()) {
      popup.show(owner);
    }
    // Top right, clear of the window's edge: fixed sizes, since a label's preferred width before
    // wrapping says nothing about where the card ends.
    // The scene's width, not the window's: without a window manager (a kiosk, Xvfb) the stage
    // can report its first size after the scene has grown to fill the screen.
    double width = owner.getScene() != null ? owner.getScene().getWidth() : owner.getWidth();
    double left = owner.getScene() != null ? owner.getX() + owner.getScene().getX() : owner.getX();
    popup.setX(left + width - CARD_WIDTH - 2 * PADDING - 16);
    popup.setY(owner.getY() + 48);
  }

  private VBox card(Alert a) {
    Label title = new Label(a.title());
    title.getStyleClass().add("alert-title");
    title.setWrapText(true);
    Label body = new Label(a.body());
    body.setWrapText(true);
    body.getStyleClass().add("alert-body");
    Button dismiss = new Button("Dismiss");
    dismiss.getStyleClass().add("alert-dismiss");
    dismiss.setOnAction(
        e -> {
          shown.remove(a);
          render();
        });
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    VBox card = new VBox(4, title, body, new HBox(grow, dismiss));
    card.setPadding(new Insets(10));
    card.setMaxWidth(CARD_WIDTH);
    card.setPrefWidth(CARD_WIDTH);
    card.getStyleClass().add("alert-card");
    // Inline: a popup is a window of its own and does not get the main scene's stylesheet. Dark
    // on both themes, so it stands out from the window under it.
    title.setStyle("-fx-text-fill: white; -fx-font-weight: bold;");
    body.setStyle("-fx-text-fill: #e6e9ee;");
    boolean critical = a.urgency() == Alert.Urgency.CRITICAL;
    card.setStyle(
        "-fx-background-color: #1f2733; -fx-background-radius: 6; -fx-border-radius: 6;"
            + " -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.35), 12, 0, 0, 3);"
            + (critical
                ? " -fx-border-color: #e5484d; -fx-border-width: 1 1 1 5;"
                : " -fx-border-color: #4b5a6e; -fx-border-width: 1;"));
    if (critical) {
      card.getStyleClass().add("alert-critical");
    }
    return card;
  }
}
