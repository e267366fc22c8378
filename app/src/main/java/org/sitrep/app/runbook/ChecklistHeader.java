package org.sitrep.app.runbook;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.sitrep.runbooks.checklist.Checklist;

/** Which runbook this is, at which pinned version, and how far the responders are through it. */
final class ChecklistHeader extends HBox {

  private final Label title = new Label();
  private final Label version = new Label();

  ChecklistHeader(ChecklistViewModel model) {
    super(8);
    title.setId("checklist-title");
    title.getStyleClass().add("checklist-title");
    title.setWrapText(true);
    version.setId("checklist-version");
    version.getStyleClass().add("version-chip");
    Label progress = new Label();
    progress.setId("checklist-progress");
    progress.getStyleClass().add("checklist-progress");
    progress.textProperty().bind(model.progress());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    // The progress is what a glance at the panel is for: it never shrinks; the title wraps and
    // the version chip gives way first.
    progress.setMinWidth(Region.USE_PREF_SIZE);
    title.setMinWidth(0);
    title.setMinHeight(Region.USE_PREF_SIZE);
    version.setMinWidth(0);
    getChildren().addAll(title, version, spacer, progress);
    setAlignment(Pos.CENTER_LEFT);
  }

  void show(Checklist c) {
    if (c == null) {
      title.setText("");
      version.setText("");
      return;
    }
    title.setText(c.runbook().title());
    version.setText(c.run().runbookId() + " v" + c.run().versionNo());
  }
}
