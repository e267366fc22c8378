package org.sitrep.app.vault;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The vault card's import form: a file, its preview (names only), then "Import" stores all of it or
 * none. Shown in place of the item details while open.
 */
final class VaultImportPane extends VBox {

  VaultImportPane(VaultImportViewModel model, Runnable close) {
    super(8);
    setId("vault-import-pane");
    Label heading = new Label("Import a KeePass, Bitwarden or 1Password export");
    heading.getStyleClass().add("title-4");
    TextField path = new TextField();
    path.setId("vault-import-path");
    path.setPromptText("Path of the export file, then Enter to preview");
    path.textProperty().bindBidirectional(model.path());
    path.setOnAction(e -> model.preview());
    Button preview = new Button("Preview");
    preview.setId("vault-import-preview");
    preview.setOnAction(e -> model.preview());
    HBox.setHgrow(path, Priority.ALWAYS);

    ListView<String> items = new ListView<>(model.lines());
    items.setId("vault-import-items");
    items.setPlaceholder(new Label("Nothing read yet"));
    items.getStyleClass().add("monospace");
    VBox.setVgrow(items, Priority.ALWAYS);
    Label summary = new Label();
    summary.setId("vault-import-summary");
    summary.setWrapText(true);
    summary.textProperty().bind(model.summary());
    Label problem = new Label();
    problem.setId("vault-import-problem");
    problem.getStyleClass().add("quick-entry-error");
    problem.setWrapText(true);
    problem.textProperty().bind(model.problem());

    CheckBox skip = new CheckBox("Skip names already in the vault");
    skip.selectedProperty().bindBidirectional(model.skipExisting());
    Button store = new Button("Import");
    store.setId("vault-import-go");
    store.disableProperty().bind(model.ready().not());
    store.setOnAction(e -> model.importNow());
    Button cancel = new Button("Close");
    cancel.setOnAction(
        e -> {
          model.cancel();
          close.run();
        });
    getChildren()
        .addAll(
            heading,
            new HBox(8, path, preview),
            items,
            summary,
            problem,
            new HBox(8, skip, store, cancel));
  }
}
