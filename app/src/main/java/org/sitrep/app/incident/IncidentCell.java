package org.sitrep.app.incident;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sitrep.app.common.Badges;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.log.Times;

/** One incident in the list: severity, drill mark, title, id, status and when it was declared. */
final class IncidentCell extends ListCell<Incident> {

  private final Label severity = new Label();
  private final Label drill = Badges.drill();
  private final Label title = new Label();
  private final Label meta = new Label();
  private final Label status = new Label();
  private final VBox box;

  IncidentCell() {
    title.getStyleClass().add("incident-title");
    title.setWrapText(true);
    meta.getStyleClass().add("incident-meta");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox top = new HBox(6, severity, drill, spacer, status);
    top.setAlignment(Pos.CENTER_LEFT);
    box = new VBox(4, top, title, meta);
    getStyleClass().add("incident-cell");
    // As wide as the list, never wider (a wider cell scrolled sideways and cut the status badge);
    // the badges keep their size and the title wraps.
    setPrefWidth(0);
    box.setMinWidth(0);
    title.setMinHeight(Region.USE_PREF_SIZE);
    meta.setMinWidth(0);
    severity.setMinWidth(Region.USE_PREF_SIZE);
    drill.setMinWidth(Region.USE_PREF_SIZE);
    status.setMinWidth(Region.USE_PREF_SIZE);
  }

  /** Measured at the width the row gets: wrapped text must not run into the next row. */
  @Override
  protected double computePrefHeight(double width) {
    return org.sitrep.app.common.WrappedRows.graphicHeight(
        this, width, super.computePrefHeight(width));
  }

  @Override
  protected void updateItem(Incident incident, boolean empty) {
    super.updateItem(incident, empty);
    getStyleClass().remove("drill");
    if (empty || incident == null) {
      setGraphic(null);
      return;
    }
    Badges.severity(severity, incident.severity());
    Badges.status(status, incident.status());
    drill.setVisible(incident.isDrill());
    drill.setManaged(incident.isDrill());
    if (incident.isDrill()) {
      getStyleClass().add("drill");
    }
    title.setText(incident.title());
    meta.setText(incident.id() + " · " + Times.utc(incident.declaredAt()));
    setGraphic(box);
  }
}
