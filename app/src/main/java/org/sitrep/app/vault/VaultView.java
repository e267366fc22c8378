package org.sitrep.app.vault;

import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sitrep.model.vault.Seal;
import org.sitrep.model.vault.VaultItem;

/**
 * Ctrl+Shift+V: the vault as a card over the window. Locked: one passphrase field. Unlocked:
 * search, the items, and for the selected one reveal / copy — or, for a sealed item, the
 * break-glass form (a typed reason, and a second approver for two-person items). Esc closes;
 * Ctrl+Shift+L locks.
 */
public final class VaultView extends VBox {

  private final VaultViewModel model;
  private final PasswordField passphrase = new PasswordField();
  private final TextField search = new TextField();
  private final ListView<VaultItem> list = new ListView<>();
  private final TextField reason = new TextField();
  private final TextField approver = new TextField();
  private final PasswordField approverPassphrase = new PasswordField();
  private final VBox sealedForm = new VBox(6);
  private final HBox actions = new HBox(8);
  private final Label details = new Label();
  private final Button totp = new Button("TOTP code");

  public VaultView(VaultViewModel model, Runnable close) {
    this.model = model;
    // Esc closes from anywhere in the card: the overlay's keyboard model sees it first.
    setId("vault-view");
    setSpacing(10);
    setPadding(new Insets(20));
    setPrefWidth(860);
    setPrefHeight(600);

    Label heading = new Label("Vault");
    heading.getStyleClass().add("title-3");
    Label state = new Label();
    state.setId("vault-state");
    state.getStyleClass().add("incident-meta");
    state.textProperty().bind(Bindings.when(model.unlocked()).then("unlocked").otherwise("locked"));
    Label audit =
        new Label(
            model
                .incident()
                .map(i -> "Every reveal and copy is logged on " + i.id() + " · " + i.title())
                .orElse("No incident open: uses are kept in the vault's audit trail only"));
    audit.getStyleClass().add("incident-meta");

    Label banner = visibleWhenText(new Label(), model.banner());
    banner.setId("vault-banner");
    banner.getStyleClass().add("vault-banner");
    banner.setWrapText(true);
    banner.setMaxWidth(Double.MAX_VALUE);
    // Grows to every line: a cut-off reason or action item defeats the banner.
    banner.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

    VBox locked = lockedPane();
    HBox open = openPane();
    locked.visibleProperty().bind(model.unlocked().not());
    locked.managedProperty().bind(locked.visibleProperty());
    open.visibleProperty().bind(model.unlocked());
    open.managedProperty().bind(open.visibleProperty());
    VBox.setVgrow(open, Priority.ALWAYS);

    Label message = new Label();
    message.setId("vault-message");
    message.getStyleClass().add("incident-meta");
    message.textProperty().bind(model.message());
    Label problem = visibleWhenText(new Label(), model.problem());
    problem.setId("vault-problem");
    problem.getStyleClass().add("quick-entry-error");
    problem.setWrapText(true);
    problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

    getChildren()
        .addAll(new HBox(10, heading, state), audit, banner, locked, open, problem, message);
    model.unlocked().addListener((o, was, now) -> focusFirst());
    model.selected().addListener((o, was, now) -> showSelected(now));
    // A new search keeps the chosen item highlighted; with none chosen (or an empty vault) there
    // is no Reveal, Copy or break-glass form for nothing, only what to do first.
    model.items().addListener((javafx.collections.ListChangeListener<VaultItem>) c -> reselect());
    showSelected(null);
    model.search();
  }

  /** Where the keyboard starts: the passphrase when locked, the search otherwise. */
  public javafx.scene.Node firstField() {
    return model.unlocked().get() ? search : passphrase;
  }

  private VBox lockedPane() {
    passphrase.setId("vault-passphrase");
    passphrase.setPromptText("Vault passphrase, then Enter");
    passphrase.disableProperty().bind(model.busy());
    passphrase.setOnAction(
        e -> {
          char[] typed = passphrase.getText().toCharArray();
          passphrase.clear();
          model.unlock(typed);
        });
    if (model.exists()) {
      Label hint =
          new Label(
              "Unlocking teaches Sitrep every secret, so they are masked in everything it stores.");
      hint.getStyleClass().add("incident-meta");
      return new VBox(8, passphrase, hint);
    }
    // No vault yet: the same field, typed twice, creates one.
    PasswordField again = new PasswordField();
    again.setId("vault-passphrase-again");
    again.setPromptText("The same passphrase again, then Enter");
    passphrase.setPromptText("New vault passphrase (at least 10 characters: a few words)");
    passphrase.setOnAction(e -> again.requestFocus());
    again.disableProperty().bind(model.busy());
    again.setOnAction(
        e -> {
          char[] first = passphrase.getText().toCharArray();
          char[] second = again.getText().toCharArray();
          passphrase.clear();
          again.clear();
          new VaultSetup(model).create(first, second);
        });
    Label hint = new Label("This workspace has no vault yet: choose its passphrase.");
    hint.getStyleClass().add("incident-meta");
    return new VBox(8, hint, passphrase, again);
  }

  private HBox openPane() {
    search.setId("vault-search");
    search.setPromptText("Find: name, user, host, URL, tag");
    search.textProperty().bindBidirectional(model.words());
    list.setId("vault-items");
    list.setItems(model.items());
    list.setCellFactory(v -> new ItemCell());
    list.setPlaceholder(new Label("No items"));
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, was, now) -> {
              if (now != null) {
                model.selected().set(now);
              }
            });
    model
        .selected()
        .addListener(
            (o, was, now) -> {
              if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
              }
            });
    // Keyboard: Enter in the search goes to the list; Enter on an item reveals it, or for a sealed
    // one goes to the reason field.
    search.setOnAction(e -> list.requestFocus());
    list.setOnKeyPressed(
        e -> {
          if (e.getCode() == javafx.scene.input.KeyCode.ENTER && model.selected().get() != null) {
            if (model.needsBreakGlass()) {
              reason.requestFocus();
            } else {
              model.reveal();
            }
            e.consume();
          }
        });
    VBox left = new VBox(8, search, list);
    left.setPrefWidth(360);
    VBox.setVgrow(list, Priority.ALWAYS);

    details.setId("vault-details");
    details.setWrapText(true);
    Button reveal = new Button("Reveal");
    reveal.setId("vault-reveal");
    reveal.setOnAction(e -> model.reveal());
    Button copy = new Button("Copy");
    copy.setId("vault-copy");
    copy.setOnAction(e -> model.copy());
    Button hide = new Button("Hide");
    hide.setOnAction(e -> model.hide());
    totp.setId("vault-totp");
    totp.setOnAction(e -> model.totp());
    actions.getChildren().addAll(reveal, copy, totp, hide);
    Label revealed = visibleWhenText(new Label(), model.revealed());
    revealed.setId("vault-revealed");
    revealed.getStyleClass().add("vault-revealed");
    revealed.setWrapText(true);

    reason.setId("vault-reason");
    reason.setPromptText("Why do you need it? (logged on the incident)");
    approver.setId("vault-approver");
    approver.setPromptText("Second approver's name");
    approverPassphrase.setId("vault-approver-passphrase");
    approverPassphrase.setPromptText("Their own approver passphrase (they type it)");
    Button open = new Button("Break the glass");
    open.setId("vault-open-sealed");
    open.getStyleClass().add("danger");
    open.setOnAction(e -> breakGlass());
    reason.setOnAction(e -> breakGlass());
    approverPassphrase.setOnAction(e -> breakGlass());
    Label warn =
        new Label(
            "Sealed credential: opening it is logged loudly and raises a rotation action item.");
    warn.getStyleClass().add("quick-entry-error");
    warn.setWrapText(true);
    sealedForm.getChildren().addAll(warn, reason, approver, approverPassphrase, open);

    Button add = new Button("New item…");
    add.setId("vault-new");
    Button importFile = new Button("Import…");
    importFile.setId("vault-import");
    HBox more = new HBox(8, add, importFile);
    VBox right = new VBox(10, details, actions, sealedForm, revealed);
    importFile.setOnAction(
        e ->
            right
                .getChildren()
                .setAll(
                    new VaultImportPane(
                        model.importer(),
                        () ->
                            right
                                .getChildren()
                                .setAll(details, actions, sealedForm, revealed, more))));
    add.setOnAction(
        e -> {
          NewItemForm form =
              new NewItemForm(
                  model,
                  () -> {
                    right.getChildren().setAll(details, actions, sealedForm, revealed, more);
                    // The form's buttons are gone: keep the keyboard inside the vault card.
                    list.requestFocus();
                  });
          right.getChildren().setAll(form);
          form.nameField().requestFocus();
        });
    right.getChildren().add(more);
    HBox.setHgrow(right, Priority.ALWAYS);
    return new HBox(16, left, right);
  }

  private void breakGlass() {
    char[] theirs = approverPassphrase.getText().toCharArray();
    approverPassphrase.clear();
    model.breakGlass(reason.getText(), approver.getText(), theirs);
    if (model.selected().get() == null || model.selected().get().seal() != Seal.TWO_PERSON) {
      Arrays.fill(theirs, '\0');
    }
  }

  private void reselect() {
    VaultItem chosen = model.selected().get();
    if (chosen == null) {
      showSelected(null);
    } else if (model.items().contains(chosen)) {
      list.getSelectionModel().select(chosen);
    }
  }

  private void showSelected(VaultItem item) {
    if (item == null) {
      details.setText(
          !model.items().isEmpty()
              ? "Pick an item: Enter reveals it, or opens the form of a sealed one."
              : model.words().get().isBlank()
                  ? "The vault is empty. Start with New item… (a password, token or key) or"
                      + " Import… an export from 1Password, Bitwarden or KeePass."
                  : "No item matches the search.");
      show(actions, false);
      show(sealedForm, false);
      return;
    }
    details.setText(
        item.name()
            + "\n"
            + item.kind().label()
            + (item.where().isEmpty() ? "" : " · " + item.where())
            + (item.url().isEmpty() ? "" : "\n" + item.url())
            + (item.tags().isEmpty() ? "" : "\ntags: " + String.join(", ", item.tags()))
            + item.rotateBy().map(d -> "\nrotate by " + d).orElse("")
            + (item.seal().isBreakGlass()
                ? "\nSEALED: "
                    + (item.seal() == Seal.TWO_PERSON ? "break-glass, two-person" : "break-glass")
                : ""));
    boolean sealed = model.needsBreakGlass();
    show(actions, !sealed);
    show(sealedForm, sealed);
    show(totp, item.kind() == org.sitrep.model.vault.VaultItemKind.TOTP_SEED);
    show(approver, item.seal() == Seal.TWO_PERSON);
    show(approverPassphrase, item.seal() == Seal.TWO_PERSON);
  }

  private void focusFirst() {
    firstField().requestFocus();
  }

  private static void show(javafx.scene.Node node, boolean visible) {
    node.setVisible(visible);
    node.setManaged(visible);
  }

  private static Label visibleWhenText(Label label, javafx.beans.value.ObservableStringValue text) {
    label.textProperty().bind(text);
    label.visibleProperty().bind(Bindings.isNotEmpty(text));
    label.managedProperty().bind(label.visibleProperty());
    return label;
  }
}
