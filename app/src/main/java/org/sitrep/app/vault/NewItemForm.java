package org.sitrep.app.vault;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.vault.NewVaultItem;
import org.sitrep.model.vault.Seal;
import org.sitrep.model.vault.VaultItemKind;

/**
 * Adding an item from the vault view. One-line secrets go in a password field; a private key is
 * pasted into a text area, which is cleared as soon as the item is stored or the form is left.
 */
final class NewItemForm extends VBox {

  private final VaultViewModel model;
  private final Runnable done;
  private final TextField name = field("vault-new-name", "db-1 root");
  private final ComboBox<VaultItemKind> kind =
      new ComboBox<>(FXCollections.observableArrayList(VaultItemKind.values()));
  private final TextField user = field("vault-new-user", "root");
  private final TextField host = field("vault-new-host", "db-1.internal");
  private final TextField url = field("vault-new-url", "https://…");
  private final TextField tags = field("vault-new-tags", "postgres, prod");
  private final TextField rotateBy = field("vault-new-rotate", "YYYY-MM-DD");
  private final ComboBox<Seal> seal =
      new ComboBox<>(FXCollections.observableArrayList(Seal.values()));
  private final PasswordField secret = new PasswordField();
  private final TextArea key = new TextArea();
  private final TextArea notes = new TextArea();
  private final Label problem = new Label();

  NewItemForm(VaultViewModel model, Runnable done) {
    this.model = model;
    this.done = done;
    setId("vault-new-item");
    setSpacing(8);
    setPadding(new Insets(4, 0, 0, 0));
    kind.setValue(VaultItemKind.PASSWORD);
    seal.setValue(Seal.NONE);
    secret.setId("vault-new-secret");
    secret.setPromptText("The secret (never shown here)");
    key.setPromptText("Paste the private key (-----BEGIN …)");
    key.setPrefRowCount(4);
    notes.setPromptText("Notes (encrypted too)");
    notes.setPrefRowCount(2);
    kind.valueProperty().addListener((o, was, now) -> showKeyArea(now == VaultItemKind.SSH_KEY));
    showKeyArea(false);
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(6);
    int row = 0;
    for (Object[] r :
        new Object[][] {
          {"Name", name},
          {"Kind", kind},
          {"User", user},
          {"Host / service", host},
          {"URL", url},
          {"Tags", tags},
          {"Rotate by", rotateBy},
          {"Seal", seal}
        }) {
      grid.addRow(row++, new Label((String) r[0]), (javafx.scene.Node) r[1]);
    }
    Button save = new Button("Add to vault");
    save.setId("vault-new-save");
    save.setDefaultButton(true);
    save.setOnAction(e -> save());
    Button cancel = new Button("Cancel");
    cancel.setOnAction(e -> close());
    problem.getStyleClass().add("quick-entry-error");
    problem.setWrapText(true);
    getChildren().addAll(grid, secret, key, notes, problem, new HBox(8, save, cancel));
  }

  TextField nameField() {
    return name;
  }

  private void save() {
    Optional<LocalDate> due = Optional.empty();
    if (!rotateBy.getText().isBlank()) {
      try {
        due = Optional.of(LocalDate.parse(rotateBy.getText().strip()));
      } catch (DateTimeParseException e) {
        problem.setText("Rotate by: '" + rotateBy.getText() + "' is not a date (YYYY-MM-DD)");
        return;
      }
    }
    List<String> tagList = Arrays.stream(tags.getText().split(",")).map(String::strip).toList();
    NewVaultItem request =
        new NewVaultItem(
            name.getText(),
            kind.getValue(),
            user.getText(),
            host.getText(),
            url.getText(),
            tagList,
            due,
            seal.getValue());
    char[] value =
        kind.getValue() == VaultItemKind.SSH_KEY
            ? key.getText().toCharArray()
            : secret.getText().toCharArray();
    char[] noteChars = notes.getText().toCharArray();
    new VaultSetup(model)
        .add(
            request,
            value,
            noteChars,
            added -> close(),
            refused ->
                problem.setText(
                    refused instanceof ChangeRefusedException
                        ? refused.getMessage()
                        : "Problem: " + refused));
  }

  private void close() {
    secret.clear();
    key.clear();
    notes.clear();
    done.run();
  }

  private void showKeyArea(boolean isKey) {
    key.setVisible(isKey);
    key.setManaged(isKey);
    secret.setVisible(!isKey);
    secret.setManaged(!isKey);
  }

  private static TextField field(String id, String prompt) {
    TextField f = new TextField();
    f.setId(id);
    f.setPromptText(prompt);
    f.setPrefColumnCount(28);
    return f;
  }
}
