package org.sitrep.app.shell;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.sitrep.app.common.Tasks;
import org.sitrep.model.ChangeRefusedException;
import org.sitrep.model.device.OperatorName;

/** Asked once per laptop: the name every log entry written here will carry. */
final class OperatorPrompt extends VBox {

  private final TextField name = new TextField(System.getProperty("user.name", ""));

  OperatorPrompt(Consumer<String> chosen) {
    setId("operator-prompt");
    setSpacing(12);
    setPadding(new Insets(20));
    setPrefWidth(480);
    Label heading = new Label("Who is at this laptop?");
    heading.getStyleClass().add("title-3");
    Label why =
        new Label(
            "Every entry in the incident log records who wrote it. Sitrep works offline; nothing is sent anywhere.");
    why.setWrapText(true);
    name.setId("operator-name");
    name.setPromptText("Your name, as your team knows it");
    Label error = new Label();
    error.getStyleClass().add("quick-entry-error");
    Runnable save =
        () -> {
          try {
            chosen.accept(OperatorName.validate(name.getText()));
          } catch (ChangeRefusedException refused) {
            error.setText(refused.getMessage());
          }
        };
    name.setOnAction(e -> save.run());
    Button ok = new Button("Start");
    ok.getStyleClass().add("accent");
    ok.setOnAction(e -> save.run());
    HBox buttons = new HBox(ok);
    buttons.setAlignment(Pos.CENTER_RIGHT);
    getChildren().addAll(heading, why, name, error, buttons);
  }

  TextField field() {
    return name;
  }

  /** On a laptop with no operator yet: asks once, in a card that cannot be dismissed. */
  static void askIfNew(
      org.sitrep.app.Session session,
      Tasks tasks,
      Overlay overlay,
      Runnable saved,
      Consumer<Throwable> onFailure) {
    if (session.workspace().device().operator().isPresent()) {
      return;
    }
    OperatorPrompt prompt =
        new OperatorPrompt(
            name ->
                tasks.run(
                    () -> {
                      session.workspace().setOperator(name);
                      return name;
                    },
                    done -> {
                      saved.run();
                      overlay.hide();
                    },
                    onFailure));
    overlay.show(prompt, prompt.field(), true, () -> {});
  }
}
