package org.sitrep.app.common;

import javafx.scene.control.Label;
import org.sitrep.model.incident.IncidentStatus;
import org.sitrep.model.incident.Severity;

/** The small coloured labels used wherever severity, status or a drill is shown. */
public final class Badges {

  private Badges() {}

  public static void severity(Label label, Severity severity) {
    label.setText(severity.name());
    label.getStyleClass().removeIf(c -> c.startsWith("sev-"));
    label.getStyleClass().addAll("badge", "sev-" + severity.level());
    if (!label.getStyleClass().contains("badge")) {
      label.getStyleClass().add("badge");
    }
  }

  public static void status(Label label, IncidentStatus status) {
    label.setText(status.label().toUpperCase(java.util.Locale.ROOT));
    label.getStyleClass().removeIf(c -> c.startsWith("status-"));
    label.getStyleClass().add("status-" + status.label());
    if (!label.getStyleClass().contains("status-chip")) {
      label.getStyleClass().add("status-chip");
    }
  }

  public static Label drill() {
    Label label = new Label("DRILL");
    label.getStyleClass().addAll("badge", "drill-badge");
    return label;
  }
}
