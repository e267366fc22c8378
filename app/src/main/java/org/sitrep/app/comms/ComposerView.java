package org.sitrep.app.comms;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sitrep.model.comms.Audience;
import org.sitrep.model.comms.SentUpdate;
import org.sitrep.model.comms.UpdatePhase;
import org.sitrep.model.comms.wording.Check;

/**
 * The stakeholder-update card (Ctrl+U, or U on the timeline): phase and audience, the text filled
 * from the template, the preview as it will be sent, and the wording warnings under it, each with
 * its explanation and an Override box. Ctrl+Enter sends from the text; Esc closes.
 */
public final class ComposerView extends VBox {

  private final TextArea text = new TextArea();
  private final VBox warningRows = new VBox(6);

  public ComposerView(
      ComposerViewModel model, String heading, Consumer<SentUpdate> sent, Runnable cancel) {
    setId("composer");
    getStyleClass().add("composer");
    setSpacing(10);
    setPadding(new Insets(18));
    setPrefWidth(980);
    Label title = new Label("Stakeholder update · " + heading);
    title.getStyleClass().add("title-3");
    title.setWrapText(true);
    title.setMinHeight(Region.USE_PREF_SIZE);

    HBox phases = choices("phase", UpdatePhase.values(), model.phase());
    HBox audiences = choices("audience", Audience.values(), model.audience());
    Label templateLine = wrapped("composer-template", "hint");
    templateLine.textProperty().bind(model.templateLine());

    text.setId("composer-text");
    text.setWrapText(true);
    text.setPrefRowCount(9);
    text.textProperty().bindBidirectional(model.text());
    Label preview = wrapped("composer-preview", "composer-preview");
    preview.textProperty().bind(model.preview());
    preview.setMaxWidth(Double.MAX_VALUE);
    Label previewHead = new Label("Preview, as it will be logged and sent");
    previewHead.getStyleClass().add("hint");
    VBox previewBox = new VBox(4, previewHead, preview);
    previewBox.getStyleClass().add("composer-preview-box");
    previewBox.setPrefWidth(380);
    previewBox.setMinWidth(260);
    HBox writing = new HBox(12, text, previewBox);
    HBox.setHgrow(text, Priority.ALWAYS);

    warningRows.setId("composer-warnings");
    model
        .warnings()
        .addListener((ListChangeListener<ComposerViewModel.WarningRow>) c -> redrawWarnings(model));
    redrawWarnings(model);

    Label problem = wrapped("composer-problem", "quick-entry-error");
    problem.textProperty().bind(model.problem());
    Label sendHint = wrapped("composer-send-hint", "hint");
    sendHint.textProperty().bind(model.sendHint());
    Label keys = new Label("Ctrl+Enter sends · Esc closes");
    keys.getStyleClass().add("hint");
    Button send = new Button("Send update");
    send.setId("composer-send");
    send.getStyleClass().add("accent");
    send.setDefaultButton(true);
    send.disableProperty().bind(model.canSend().not());
    send.setOnAction(e -> model.send(sent));
    Button close = new Button("Cancel");
    close.setCancelButton(true);
    close.setOnAction(e -> cancel.run());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox buttons = new HBox(8, sendHint, spacer, keys, close, send);
    buttons.setAlignment(Pos.CENTER_LEFT);
    getChildren()
        .addAll(
            title,
            row("Phase", phases),
            row("Audience", audiences),
            templateLine,
            writing,
            warningRows,
            problem,
            buttons);
  }

  /** One toggle per value, kept in step with {@code property} both ways. */
  private static <T extends Enum<T>> HBox choices(
      String what, T[] values, ObjectProperty<T> property) {
    ToggleGroup group = new ToggleGroup();
    HBox row = new HBox(4);
    for (T v : values) {
      ToggleButton b = new ToggleButton(label(v));
      b.setId("composer-" + what + "-" + word(v));
      b.setUserData(v);
      b.setToggleGroup(group);
      b.setSelected(property.get() == v);
      row.getChildren().add(b);
    }
    group
        .selectedToggleProperty()
        .addListener(
            (o, was, now) -> {
              if (now == null) {
                was.setSelected(true); // one is always chosen
              } else {
                @SuppressWarnings("unchecked")
                T chosen = (T) now.getUserData();
                property.set(chosen);
              }
            });
    property.addListener(
        (o, was, now) ->
            group.getToggles().stream()
                .filter(t -> t.getUserData() == now)
                .findFirst()
                .ifPresent(t -> t.setSelected(true)));
    return row;
  }

  private static String label(Enum<?> v) {
    return v instanceof Audience ? ((Audience) v).label() : ((UpdatePhase) v).word();
  }

  private static String word(Enum<?> v) {
    return v instanceof Audience ? ((Audience) v).word() : ((UpdatePhase) v).word();
  }

  private static HBox row(String name, Node content) {
    Label l = new Label(name);
    l.setMinWidth(70);
    HBox row = new HBox(12, l, content);
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  private static Label wrapped(String id, String style) {
    Label l = new Label();
    l.setId(id);
    l.getStyleClass().add(style);
    l.setWrapText(true);
    l.setMinHeight(Region.USE_PREF_SIZE);
    return l;
  }

  /** The warnings, one row each; the Override box that had the focus keeps it. */
  private void redrawWarnings(ComposerViewModel model) {
    Node owner = getScene() == null ? null : getScene().getFocusOwner();
    String focusedId = owner instanceof CheckBox ? owner.getId() : null;
    warningRows.getChildren().clear();
    for (ComposerViewModel.WarningRow w : model.warnings()) {
      String id = w.check().word();
      Label explain = wrapped("composer-warning-" + id, "composer-warning");
      explain.setText((w.overridden() ? "overridden  " : "⚠ ") + w.explanation());
      explain.getStyleClass().add(w.overridden() ? "overridden" : "open");
      explain.setMaxWidth(Double.MAX_VALUE);
      HBox.setHgrow(explain, Priority.ALWAYS);
      CheckBox override = new CheckBox("Override");
      override.setId("composer-override-" + id);
      override.setMinWidth(Region.USE_PREF_SIZE);
      override.setSelected(w.overridden());
      Check check = w.check();
      override.selectedProperty().addListener((o, was, now) -> model.override(check, now));
      HBox row = new HBox(12, explain, override);
      row.setAlignment(Pos.CENTER_LEFT);
      warningRows.getChildren().add(row);
      if (override.getId().equals(focusedId)) {
        javafx.application.Platform.runLater(override::requestFocus);
      }
    }
    if (model.warnings().isEmpty()) {
      Label none = wrapped("composer-no-warnings", "hint");
      none.setText("No wording warnings.");
      warningRows.getChildren().add(none);
    }
  }

  public TextArea textField() {
    return text;
  }
}
