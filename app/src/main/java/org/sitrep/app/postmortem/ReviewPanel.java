package org.sitrep.app.postmortem;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.sitrep.model.postmortem.Sections;

/**
 * Under the editor: the review's record (approvals, comments) and a line to comment on a section.
 */
final class ReviewPanel extends VBox {

  ReviewPanel(PostmortemViewModel model) {
    setSpacing(6);
    setPadding(new Insets(8, 0, 0, 0));
    Label heading = new Label("Review");
    heading.getStyleClass().add("section-title");
    ListView<String> record = new ListView<>(model.review());
    record.setId("pm-review");
    record.setPrefHeight(96);
    record.setMinHeight(72);
    ComboBox<String> section = new ComboBox<>(model.sections());
    section.setId("pm-comment-section");
    section.valueProperty().bindBidirectional(model.commentSection());
    section.setConverter(
        new javafx.util.StringConverter<>() {
          @Override
          public String toString(String key) {
            return key == null ? "" : Sections.title(key);
          }

          @Override
          public String fromString(String s) {
            return s;
          }
        });
    TextField comment = new TextField();
    comment.setId("pm-comment");
    comment.setPromptText("Comment on this section, Enter adds it");
    comment.textProperty().bindBidirectional(model.commentText());
    comment.setOnAction(e -> model.comment());
    HBox.setHgrow(comment, Priority.ALWAYS);
    HBox line =
        new HBox(
            8,
            new Label("Comment on"),
            section,
            comment,
            PostmortemView.button("Comment", "pm-comment-add", model::comment));
    line.setAlignment(Pos.CENTER_LEFT);
    getChildren().addAll(heading, record, line);
  }
}
