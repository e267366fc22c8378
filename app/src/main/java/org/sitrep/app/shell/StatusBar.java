package org.sitrep.app.shell;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.sitrep.model.store.Workspace;

/** The foot of the window: offline by design, who is writing, which laptop, the last message. */
final class StatusBar extends HBox {

  private final Workspace workspace;
  private final Label operator = new Label();
  private final Label message = new Label();

  StatusBar(Workspace workspace, javafx.scene.Node syncIndicator) {
    super(16);
    this.workspace = workspace;
    Label file = new Label(workspace.file().toString());
    file.getStyleClass().add("status-path");
    Label device = new Label("Device " + workspace.device().label());
    Label offline = new Label("● local workspace — works offline");
    offline.getStyleClass().add("status-offline");
    message.setId("status-message");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    getChildren()
        .addAll(
            offline,
            syncIndicator,
            operator,
            device,
            message,
            spacer,
            file,
            new Label("F1 shortcuts"));
    // Short facts keep their words; the last message and the file path give way (with "…").
    for (javafx.scene.Node n : getChildren()) {
      if (n instanceof Region r && n != spacer && n != message && n != file) {
        r.setMinWidth(Region.USE_PREF_SIZE);
      }
    }
    message.setMinWidth(0);
    file.setMinWidth(0);
    setMinHeight(Region.USE_PREF_SIZE);
    getStyleClass().add("status-bar");
    setAlignment(Pos.CENTER_LEFT);
    setPadding(new Insets(4, 12, 4, 12));
    showOperator();
  }

  void show(String text) {
    message.setText(text);
  }

  void showOperator() {
    operator.setText("Operator: " + workspace.device().operator().orElse("(not set)"));
  }
}
