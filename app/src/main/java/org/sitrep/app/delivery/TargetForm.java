package org.sitrep.app.delivery;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.sitrep.model.delivery.TargetKind;
import org.sitrep.model.delivery.TargetSettings;

/**
 * The targets tab: the targets this laptop delivers to, and a form for a new one. The credential is
 * a vault item chosen by name: a Slack or Mattermost webhook URL is itself the secret, so it is
 * stored in the vault first and never typed here.
 */
final class TargetForm extends HBox {

  private final OutboxViewModel model;
  private final ChoiceBox<TargetKind> kind = new ChoiceBox<>();
  private final TextField name = new TextField();
  private final TextField url = new TextField();
  private final ComboBox<String> credential = new ComboBox<>();
  private final GridPane grid = new GridPane();
  private final java.util.List<Node> settingNodes = new java.util.ArrayList<>();
  private final Map<String, TextField> settings = new LinkedHashMap<>();

  TargetForm(OutboxViewModel model) {
    super(16);
    this.model = model;
    setPadding(new Insets(8, 0, 0, 0));
    ListView<String> list = new ListView<>(model.targets());
    list.setId("target-list");
    list.setPlaceholder(new Label("No targets: nothing leaves this laptop."));
    list.setPrefWidth(520);
    HBox.setHgrow(list, Priority.ALWAYS);

    kind.setId("target-kind");
    kind.getItems().setAll(TargetKind.values());
    kind.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(TargetKind k) {
            return k == null ? "" : k.label();
          }

          @Override
          public TargetKind fromString(String s) {
            return TargetKind.parse(s);
          }
        });
    kind.valueProperty().addListener((o, was, now) -> showSettings(now));
    name.setId("target-name");
    name.setPromptText("e.g. war-room");
    url.setId("target-url");
    url.setPromptText("Jira, Statuspage API or webhook base URL");
    credential.setId("target-credential");
    credential.setItems(model.credentials());
    credential.setPromptText("vault item");
    credential.setMaxWidth(Double.MAX_VALUE);
    grid.setHgap(8);
    grid.setVgap(6);
    grid.addRow(0, new Label("Kind"), kind);
    grid.addRow(1, new Label("Name"), name);
    grid.addRow(2, new Label("URL"), url);
    grid.addRow(3, new Label("Credential"), credential);
    javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
    labels.setMinWidth(Region.USE_PREF_SIZE);
    javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
    fields.setHgrow(Priority.ALWAYS);
    fields.setFillWidth(true);
    grid.getColumnConstraints().setAll(labels, fields);
    Label hint =
        new Label(
            "Slack and Mattermost: store the webhook URL in the vault and choose it as the"
                + " credential; leave URL empty.");
    hint.setWrapText(true);
    hint.getStyleClass().add("incident-meta");
    Button add = new Button("Add target");
    add.setId("target-add");
    add.setDefaultButton(true);
    add.setOnAction(e -> add());
    VBox formBox = new VBox(8, new Label("New target"), grid, hint, add);
    formBox.setPadding(new Insets(0, 12, 0, 0));
    // Jira has eight fields: on a laptop screen the form scrolls, its Add button still reachable.
    javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(formBox);
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
    scroll.setPrefWidth(460);
    scroll.setMinWidth(380);
    scroll.getStyleClass().add("edge-to-edge");
    getChildren().addAll(list, scroll);
    kind.setValue(TargetKind.SLACK);
  }

  Node firstField() {
    return kind;
  }

  private void showSettings(TargetKind k) {
    settings.clear();
    grid.getChildren().removeAll(settingNodes);
    settingNodes.clear();
    if (k == null) {
      return;
    }
    int row = 4; // under kind, name, URL and credential
    for (String key : new TreeSet<>(TargetSettings.known(k))) {
      TextField f = new TextField();
      f.setId("target-setting-" + key);
      boolean required = TargetSettings.required(k).contains(key);
      Label label = new Label(key + (required ? " (required)" : ""));
      grid.addRow(row++, label, f);
      settingNodes.add(label);
      settingNodes.add(f);
      settings.put(key, f);
    }
  }

  private void add() {
    Map<String, String> values = new LinkedHashMap<>();
    settings.forEach((k, f) -> values.put(k, f.getText()));
    model.addTarget(
        kind.getValue(),
        name.getText(),
        url.getText(),
        credential.getValue(),
        values,
        () -> {
          name.clear();
          url.clear();
          credential.setValue(null);
          settings.values().forEach(TextField::clear);
        });
  }
}
