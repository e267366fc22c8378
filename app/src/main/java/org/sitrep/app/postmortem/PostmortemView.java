package org.sitrep.app.postmortem;

import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.sitrep.app.common.Badges;
import org.sitrep.app.runbook.MarkdownView;
import org.sitrep.model.incident.Incident;

/**
 * Ctrl+Shift+P: the open incident's postmortem. Markdown on the left, drawn live on the right
 * (links to log entries open them in the timeline), the review's steps above, its record below.
 */
public final class PostmortemView extends BorderPane {

  private static final String ENTRY_LINK = "sitrep://entry/";

  private final PostmortemViewModel model;
  private final TextArea editor = new TextArea();
  private final VBox rendered = new VBox();
  private final PauseTransition redraw = new PauseTransition(Duration.millis(250));
  private final Consumer<String> onEntry;

  /**
   * @param onEntry opens a log entry (by id) in the timeline
   * @param onClose back to the incident
   */
  public PostmortemView(
      PostmortemViewModel model,
      Consumer<String> onEntry,
      Consumer<String> onLink,
      Runnable onClose) {
    this.model = model;
    this.onEntry = onEntry;
    setId("postmortem-view");
    getStyleClass().add("postmortem-view");
    setPadding(new Insets(12, 16, 8, 16));
    setTop(header(onClose));
    editor.setId("pm-editor");
    editor.setWrapText(true);
    editor.getStyleClass().add("pm-editor");
    editor.textProperty().bindBidirectional(model.text());
    rendered.setId("pm-rendered");
    rendered.setPadding(new Insets(4, 12, 12, 12));
    ScrollPane scroll = new ScrollPane(rendered);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("pm-rendered");
    SplitPane split = new SplitPane(editor, scroll);
    split.setDividerPositions(0.5);
    setCenter(split);
    setBottom(new ReviewPanel(model));
    redraw.setOnFinished(e -> draw(onLink));
    model.text().addListener((o, a, b) -> redraw.playFromStart());
    draw(onLink);
    addEventFilter(
        javafx.scene.input.KeyEvent.KEY_PRESSED,
        e -> {
          // Esc (back to the log) is the shell's, as for every view over the timeline.
          if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
            model.save();
            e.consume();
          }
        });
  }

  public TextArea editor() {
    return editor;
  }

  private VBox header(Runnable onClose) {
    Label title = new Label("Postmortem");
    title.setId("pm-title");
    title.getStyleClass().add("title-3");
    title.setMinWidth(Region.USE_PREF_SIZE);
    Label about = new Label();
    about.getStyleClass().add("incident-meta");
    about.setMinWidth(0);
    about
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> {
                  Incident i = model.incident().get();
                  return i == null ? "" : i.id() + " · " + i.title();
                },
                model.incident()));
    Label state = new Label();
    state.setId("pm-state");
    state.getStyleClass().addAll("status-chip", "pm-state");
    state.setMinWidth(Region.USE_PREF_SIZE);
    state
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> model.state().get().toUpperCase(java.util.Locale.ROOT), model.state()));
    Label drill = Badges.drill();
    drill
        .visibleProperty()
        .bind(
            Bindings.createBooleanBinding(
                () -> model.incident().get() != null && model.incident().get().isDrill(),
                model.incident()));
    drill.managedProperty().bind(drill.visibleProperty());
    Label unsaved = new Label("edited · Ctrl+S saves");
    unsaved.getStyleClass().add("incident-meta");
    unsaved.visibleProperty().bind(model.dirty());
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    Button close = button("Back to the log (Esc)", "pm-close", onClose);
    close.setMinWidth(Region.USE_PREF_SIZE);
    unsaved.setMinWidth(Region.USE_PREF_SIZE);
    HBox top = new HBox(10, title, drill, state, about, unsaved, grow, close);
    top.setAlignment(Pos.CENTER_LEFT);

    TextField reviewers = field("pm-reviewers", "Reviewers, comma-separated", 200);
    reviewers.textProperty().bindBidirectional(model.reviewers());
    TextField approveAs = field("pm-approve-as", "Reviewer's name", 140);
    approveAs.textProperty().bindBidirectional(model.approveAs());
    FlowPane actions =
        new FlowPane(
            8,
            6,
            button("Generate / regenerate", "pm-generate", () -> model.generate(false)),
            button("Save (Ctrl+S)", "pm-save", model::save),
            reviewers,
            button("Request review", "pm-request", model::requestReview),
            new Label("Approve as"),
            approveAs,
            button("Approve", "pm-approve", model::approve),
            button("Publish", "pm-publish", model::publish));
    actions.setAlignment(Pos.CENTER_LEFT);
    Label message = new Label();
    message.setId("pm-message");
    message.setWrapText(true);
    message.textProperty().bind(model.message());
    message.getStyleClass().add("incident-meta");
    Label problem = new Label();
    problem.setId("pm-problem");
    problem.setWrapText(true);
    problem.getStyleClass().add("entry-problem");
    problem.textProperty().bind(model.problem());
    problem.visibleProperty().bind(model.problem().isNotEmpty());
    problem.managedProperty().bind(problem.visibleProperty());
    VBox box = new VBox(8, top, actions, problem, message);
    box.setPadding(new Insets(0, 0, 8, 0));
    return box;
  }

  private void draw(Consumer<String> onLink) {
    MarkdownView view =
        new MarkdownView(
            model.text().get(),
            target -> {
              if (target.startsWith(ENTRY_LINK)) {
                onEntry.accept(target.substring(ENTRY_LINK.length()));
              } else {
                onLink.accept(target);
              }
            });
    rendered.getChildren().setAll(view);
  }

  static Button button(String text, String id, Runnable action) {
    Button b = new Button(text);
    b.setId(id);
    b.setOnAction(e -> action.run());
    return b;
  }

  private static TextField field(String id, String prompt, double width) {
    TextField f = new TextField();
    f.setId(id);
    f.setPromptText(prompt);
    f.setPrefWidth(width);
    return f;
  }
}
