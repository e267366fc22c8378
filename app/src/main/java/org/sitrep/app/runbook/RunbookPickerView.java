package org.sitrep.app.runbook;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.sitrep.model.log.SearchHit;
import org.sitrep.model.runbook.RunbookHit;
import org.sitrep.model.runbook.RunbookVersion;

/**
 * Ctrl+R: pick a runbook for the open incident. Type to search, Enter attaches the best match (or
 * the one chosen with Down/Up), Esc closes.
 */
public final class RunbookPickerView extends VBox {

  private final TextField words = new TextField();
  private final ListView<RunbookHit> results = new ListView<>();
  private final Label problem = new Label();

  public RunbookPickerView(
      RunbookPickerViewModel model, String incidentTitle, Consumer<RunbookHit> attach) {
    setId("runbook-picker");
    setSpacing(10);
    setPadding(new Insets(20));
    setPrefWidth(760);
    setPrefHeight(520);
    Label heading = new Label("Attach a runbook");
    heading.getStyleClass().add("title-3");
    Label to = new Label("to " + incidentTitle);
    to.getStyleClass().add("incident-meta");

    words.setId("runbook-picker-words");
    words.setPromptText("Search runbooks: title, tags, services, steps (\"disk\", \"postgres\")");
    words.textProperty().bindBidirectional(model.words());
    Label summary = new Label();
    summary.getStyleClass().add("incident-meta");
    summary.textProperty().bind(model.summary());
    problem.setId("runbook-picker-problem");
    problem.getStyleClass().add("quick-entry-error");
    problem.setManaged(false);
    problem.setVisible(false);

    results.setId("runbook-picker-results");
    results.setItems(model.hits());
    results.setCellFactory(v -> new HitCell(model));
    results.setPlaceholder(new Label(""));
    VBox.setVgrow(results, Priority.ALWAYS);
    results.setOnMouseClicked(
        e -> {
          if (e.getClickCount() == 2) {
            attachSelected(attach);
          }
        });
    results.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            attachSelected(attach);
            e.consume();
          } else if (e.getCode() == KeyCode.UP
              && results.getSelectionModel().getSelectedIndex() == 0) {
            words.requestFocus();
            e.consume();
          }
        });
    words.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
            results.requestFocus();
            results.getSelectionModel().selectFirst();
            e.consume();
          }
        });
    words.setOnAction(
        e -> {
          if (!results.getItems().isEmpty()) {
            results.getSelectionModel().selectFirst();
            attachSelected(attach);
          }
        });
    Label hint =
        new Label(
            "Enter attaches the best match · Down to choose · Esc closes · stale: not reviewed in "
                + RunbookPickerViewModel.STALE_AFTER_DAYS
                + " days");
    hint.getStyleClass().add("hint");
    getChildren().addAll(new VBox(2, heading, to), words, summary, problem, results, hint);
    model.search();
  }

  public TextField wordsField() {
    return words;
  }

  /** Shows why attaching was refused, in place. */
  public void refused(String message) {
    problem.setText(message);
    problem.setManaged(true);
    problem.setVisible(true);
  }

  private void attachSelected(Consumer<RunbookHit> attach) {
    RunbookHit hit = results.getSelectionModel().getSelectedItem();
    if (hit != null) {
      attach.accept(hit);
    }
  }

  /** Title with the matched words in bold, id, tags and services, and a stale badge. */
  private static final class HitCell extends ListCell<RunbookHit> {
    private final RunbookPickerViewModel model;

    HitCell(RunbookPickerViewModel model) {
      this.model = model;
      setPrefWidth(0);
    }

    @Override
    protected void updateItem(RunbookHit hit, boolean empty) {
      super.updateItem(hit, empty);
      if (empty || hit == null) {
        setGraphic(null);
        return;
      }
      RunbookVersion v = hit.runbook();
      TextFlow title = new TextFlow();
      for (SearchHit.Fragment f : hit.title()) {
        Text run = new Text(f.text());
        run.getStyleClass().addAll("runbook-title", f.matched() ? "search-match" : "search-text");
        title.getChildren().add(run);
      }
      Region spacer = new Region();
      HBox.setHgrow(spacer, Priority.ALWAYS);
      HBox top = new HBox(8, title, spacer);
      top.setAlignment(Pos.CENTER_LEFT);
      HBox.setHgrow(title, Priority.ALWAYS);
      if (model.isStale(v)) {
        Label stale =
            new Label(
                v.reviewed().map(r -> "stale · reviewed " + r).orElse("stale · never reviewed"));
        stale.getStyleClass().addAll("badge", "stale-badge");
        top.getChildren().add(stale);
      }
      Label version = new Label("v" + v.versionNo());
      version.getStyleClass().add("version-chip");
      top.getChildren().add(version);
      StringBuilder meta = new StringBuilder(v.runbookId());
      if (!v.tags().isEmpty()) {
        meta.append(" · tags: ").append(String.join(", ", v.tags()));
      }
      if (!v.services().isEmpty()) {
        meta.append(" · services: ").append(String.join(", ", v.services()));
      }
      Label facts = new Label(meta.toString());
      facts.getStyleClass().add("incident-meta");
      VBox box = new VBox(2, top, facts);
      if (!hit.snippet().isEmpty()) {
        TextFlow snippet = new TextFlow();
        for (SearchHit.Fragment f : model.namedSnippet(hit.snippet())) {
          Text run = new Text(f.text().replace('\n', ' '));
          run.getStyleClass()
              .addAll("runbook-snippet", f.matched() ? "search-match" : "search-text");
          snippet.getChildren().add(run);
        }
        box.getChildren().add(snippet);
      }
      setGraphic(box);
    }
  }
}
