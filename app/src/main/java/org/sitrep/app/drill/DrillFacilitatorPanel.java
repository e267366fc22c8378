package org.sitrep.app.drill;

import java.time.Duration;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Beside the timeline for the game-master: the drill clock, the injects in the order they come, and
 * the controls. Keyboard first on the inject list: Enter releases, D delays 2 min (Shift+D 10), S
 * skips, K marks acknowledged, Space pauses or resumes, 1 2 5 0 set the speed, O pulls or restores
 * the plug, E twice ends the drill, C opens the scorecard.
 */
public final class DrillFacilitatorPanel extends VBox {

  static final Duration DELAY = Duration.ofMinutes(2);
  static final Duration LONG_DELAY = Duration.ofMinutes(10);

  private final DrillFacilitatorViewModel model;
  private final ListView<InjectRow> list = new ListView<>();
  private final Runnable ended;
  private final Runnable scorecard;
  private boolean endAsked;

  /** {@code ended} runs once the drill has ended; {@code scorecard} opens the scorecard. */
  public DrillFacilitatorPanel(
      DrillFacilitatorViewModel model, Runnable ended, Runnable scorecard) {
    this.model = model;
    this.ended = ended;
    this.scorecard = scorecard;
    setId("drill-panel");
    getStyleClass().add("drill-panel");
    setSpacing(8);
    setPadding(new Insets(12));
    setPrefWidth(380);
    setMinWidth(320);

    Label badge = new Label("DRILL · FACILITATOR");
    badge.getStyleClass().add("drill-panel-badge");
    Label title = new Label();
    title.setId("drill-title");
    title.getStyleClass().add("page-title");
    title.setWrapText(true);
    title.textProperty().bind(model.title());
    Label clock = new Label();
    clock.setId("drill-clock");
    clock.getStyleClass().add("drill-clock");
    clock.textProperty().bind(model.clockText());

    list.setId("drill-injects");
    list.setItems(model.injects());
    list.setCellFactory(v -> new InjectCell());
    list.setPrefHeight(260);
    VBox.setVgrow(list, Priority.ALWAYS);
    // Each reading replaces the rows: keep the facilitator's place on the same inject.
    String[] selectedId = {null};
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, was, is) -> {
              if (is != null) {
                selectedId[0] = is.injectId();
              }
            });
    model
        .injects()
        .addListener(
            (javafx.collections.ListChangeListener<InjectRow>)
                c -> {
                  for (int i = 0; i < list.getItems().size(); i++) {
                    if (list.getItems().get(i).injectId().equals(selectedId[0])) {
                      list.getSelectionModel().select(i);
                    }
                  }
                });
    list.setOnKeyPressed(
        e -> {
          if (keyed(e.getCode(), e.isShiftDown())) {
            e.consume();
          }
        });

    // The list shows one line per inject; the facilitator reads the whole inject before releasing.
    Label detail = new Label();
    detail.setId("drill-inject-detail");
    detail.setWrapText(true);
    detail.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    detail
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () -> {
                  InjectRow r = list.getSelectionModel().getSelectedItem();
                  return r == null
                      ? ""
                      : r.when() + " · " + r.state() + " · " + r.kind() + "\n" + r.text();
                },
                list.getSelectionModel().selectedItemProperty()));

    Label message = new Label();
    message.setId("drill-message");
    message.getStyleClass().add("hint");
    message.setWrapText(true);
    message.textProperty().bind(model.message());

    // On a laptop the injects list gives way, never the words around it (they wrap whole).
    Label hint = hint();
    for (Label l : new Label[] {title, message, hint}) {
      l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    }
    list.setMinHeight(120);
    getChildren().addAll(badge, title, clock, list, detail, controls(), message, hint);
  }

  public boolean injectsFocused() {
    return list.isFocused();
  }

  /** Focuses the inject list on the first pending inject. */
  public void focusInjects() {
    list.requestFocus();
    if (list.getSelectionModel().isEmpty()) {
      int at = 0;
      for (int i = 0; i < list.getItems().size(); i++) {
        if (list.getItems().get(i).pending()) {
          at = i;
          break;
        }
      }
      if (!list.getItems().isEmpty()) {
        list.getSelectionModel().select(at);
      }
    }
  }

  private boolean keyed(KeyCode code, boolean shift) {
    if (code != KeyCode.E) {
      endAsked = false;
    }
    switch (code) {
      case ENTER:
        selected().ifPresent(model::release);
        return true;
      case D:
        selected().ifPresent(r -> model.delay(r, shift ? LONG_DELAY : DELAY));
        return true;
      case S:
        selected().ifPresent(model::skip);
        return true;
      case K:
        selected().ifPresent(model::acknowledge);
        return true;
      case SPACE:
        model.togglePause();
        return true;
      case DIGIT1:
      case DIGIT2:
      case DIGIT5:
      case DIGIT0:
        model.setSpeed(code == KeyCode.DIGIT0 ? 10 : Integer.parseInt(code.getChar()));
        return true;
      case O:
        model.togglePlug();
        return true;
      case E:
        end();
        return true;
      case C:
        scorecard.run();
        return true;
      default:
        return false;
    }
  }

  private Optional<InjectRow> selected() {
    InjectRow row = list.getSelectionModel().getSelectedItem();
    if (row == null) {
      model.message().set("Choose an inject first (Up/Down)");
    }
    return Optional.ofNullable(row);
  }

  // Ending cannot be undone: the second E (or click) within the same prompt confirms it.
  private void end() {
    if (!endAsked) {
      endAsked = true;
      model
          .message()
          .set(
              "End the drill? Press E again (or click End) to end it; anything else keeps it going");
      return;
    }
    endAsked = false;
    model.end(ended);
  }

  private FlowPane controls() {
    Button release = button("Release", "Enter", () -> selected().ifPresent(model::release));
    release.setId("drill-release");
    Button delay = button("Delay +2m", "D", () -> selected().ifPresent(r -> model.delay(r, DELAY)));
    Button longDelay =
        button("+10m", "Shift+D", () -> selected().ifPresent(r -> model.delay(r, LONG_DELAY)));
    Button skip = button("Skip", "S", () -> selected().ifPresent(model::skip));
    Button ack = button("Acknowledged", "K", () -> selected().ifPresent(model::acknowledge));
    Button pause = button("Pause", "Space", model::togglePause);
    pause.textProperty().bind(model.paused().map(p -> p ? "Resume" : "Pause"));
    Button plug = button("Pull the plug", "O", model::togglePlug);
    plug.setId("drill-plug");
    plug.textProperty().bind(model.offline().map(o -> o ? "Restore the plug" : "Pull the plug"));
    FlowPane speeds = new FlowPane(4, 4);
    for (int s : DrillFacilitatorViewModel.SPEEDS) {
      speeds
          .getChildren()
          .add(button(s + "×", s == 10 ? "0" : String.valueOf(s), () -> model.setSpeed(s)));
    }
    Button end =
        button(
            "End drill",
            "E E",
            () -> {
              endAsked = true;
              end();
            });
    end.setId("drill-end");
    end.getStyleClass().add("danger");
    Button card = button("Scorecard", "C", scorecard);
    card.setId("drill-scorecard");
    FlowPane pane =
        new FlowPane(6, 6, release, delay, longDelay, skip, ack, pause, plug, speeds, end, card);
    pane.disableProperty().bind(model.isDrill().not());
    for (javafx.scene.Node n :
        new javafx.scene.Node[] {release, delay, longDelay, skip, ack, pause, plug, speeds, end}) {
      n.disableProperty().bind(model.ended());
    }
    return pane;
  }

  private Button button(String text, String key, Runnable action) {
    Button b = new Button(text);
    b.setFocusTraversable(false);
    if (!key.isEmpty()) {
      b.setTooltip(new Tooltip(key));
    }
    b.setOnAction(
        e -> {
          action.run();
          list.requestFocus();
        });
    return b;
  }

  private static Label hint() {
    Label hint =
        new Label(
            "Enter release · D delay 2m (Shift+D 10m) · S skip · K acknowledged · Space pause · 1 2 5 0 speed · O plug · E E end · C scorecard");
    hint.getStyleClass().add("hint");
    hint.setWrapText(true);
    return hint;
  }
}
