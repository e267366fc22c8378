package org.sitrep.app.search;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.StringConverter;
import org.sitrep.model.log.EntryKind;
import org.sitrep.model.log.SearchHit;
import org.sitrep.model.log.Times;

/**
 * Ctrl+Shift+F: search every incident's log; Enter (or a click) opens the incident at the entry.
 */
public final class LogSearchView extends VBox {

  private final TextField words = new TextField();
  private final ListView<SearchHit> results = new ListView<>();

  public LogSearchView(LogSearchViewModel model, Consumer<SearchHit> open) {
    setId("log-search");
    setSpacing(10);
    setPadding(new Insets(20));
    setPrefWidth(860);
    setPrefHeight(560);
    Label heading = new Label("Search all logs");
    heading.getStyleClass().add("title-3");

    words.setId("log-search-words");
    words.setPromptText("Words to find (prefixes match: \"disk fu\" finds \"disk full\")");
    words.textProperty().bindBidirectional(model.words());
    HBox.setHgrow(words, Priority.ALWAYS);
    ComboBox<EntryKind> kind = new ComboBox<>();
    kind.getItems().add(null);
    kind.getItems().addAll(EntryKind.values());
    kind.setConverter(converter("All kinds"));
    kind.valueProperty().bindBidirectional(model.kind());
    kind.setPromptText("All kinds");
    TextField author = new TextField();
    author.setPromptText("Author");
    author.setPrefColumnCount(10);
    author.textProperty().bindBidirectional(model.author());
    ComboBox<LogSearchViewModel.Since> since = new ComboBox<>();
    since.getItems().addAll(LogSearchViewModel.Since.values());
    since.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(LogSearchViewModel.Since s) {
            return s == null ? "" : s.label();
          }

          @Override
          public LogSearchViewModel.Since fromString(String s) {
            return null;
          }
        });
    since.valueProperty().bindBidirectional(model.since());
    HBox filters = new HBox(8, words, kind, author, since);
    filters.setAlignment(Pos.CENTER_LEFT);

    Label summary = new Label();
    summary.getStyleClass().add("incident-meta");
    summary.textProperty().bind(model.summary());
    results.setId("log-search-results");
    results.setItems(model.hits());
    results.setCellFactory(v -> new HitCell());
    results.setPlaceholder(new Label(""));
    VBox.setVgrow(results, Priority.ALWAYS);
    results.setOnMouseClicked(
        e -> {
          if (e.getClickCount() == 2) {
            openSelected(open);
          }
        });
    results.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            openSelected(open);
          }
        });
    // From the words field, Down goes to the results and Enter opens the newest match.
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
            openSelected(open);
          }
        });
    Label hint = new Label("Enter opens the newest match · Down to choose · Esc closes");
    hint.getStyleClass().add("hint");
    getChildren().addAll(heading, filters, summary, results, hint);
  }

  public TextField wordsField() {
    return words;
  }

  private void openSelected(Consumer<SearchHit> open) {
    SearchHit hit = results.getSelectionModel().getSelectedItem();
    if (hit != null) {
      open.accept(hit);
    }
  }

  private static StringConverter<EntryKind> converter(String none) {
    return new StringConverter<>() {
      @Override
      public String toString(EntryKind k) {
        return k == null ? none : k.label();
      }

      @Override
      public EntryKind fromString(String s) {
        return null;
      }
    };
  }

  /** A hit: where and when, then the text with the matched words in bold. */
  private static final class HitCell extends ListCell<SearchHit> {
    HitCell() {
      setPrefWidth(0);
    }

    @Override
    protected void updateItem(SearchHit hit, boolean empty) {
      super.updateItem(hit, empty);
      if (empty || hit == null) {
        setGraphic(null);
        return;
      }
      Label where =
          new Label(
              (hit.drill() ? "DRILL · " : "")
                  + hit.entry().incidentId()
                  + " · "
                  + hit.incidentTitle()
                  + " · "
                  + Times.utc(hit.entry().wallTime())
                  + " · "
                  + hit.entry().kind().label()
                  + " · "
                  + hit.entry().author());
      if (hit.drill()) {
        where.getStyleClass().add("search-drill");
      }
      where.getStyleClass().add("incident-meta");
      TextFlow text = new TextFlow();
      for (SearchHit.Fragment f : hit.fragments()) {
        Text run = new Text(f.text());
        run.getStyleClass().add(f.matched() ? "search-match" : "search-text");
        text.getChildren().add(run);
      }
      VBox box = new VBox(2, where, text);
      setGraphic(box);
    }
  }
}
