package org.sitrep.app.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sitrep.app.common.Badges;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.Milestone;
import org.sitrep.model.incident.Role;
import org.sitrep.model.log.Times;

/**
 * The top of the incident workspace: a drill banner when it is one, title, the description given at
 * declare, id, severity, status, elapsed time, who holds each role, and the milestone chips.
 */
final class IncidentHeader extends VBox {

  private final Label drillBanner =
      new Label("DRILL — this is an exercise. Nothing here is happening to production.");
  private final Label title = new Label();
  private final Label id = new Label();
  private final Label description = new Label();
  private final Label severity = new Label();
  private final Label status = new Label();
  private final Label elapsed = new Label();
  private final FlowPane roles = new FlowPane(8, 4);
  private final FlowPane milestones = new FlowPane(6, 4);
  private Incident shown;

  IncidentHeader() {
    getStyleClass().add("incident-header");
    setSpacing(8);
    setPadding(new Insets(12, 16, 12, 16));
    drillBanner.getStyleClass().add("drill-banner");
    drillBanner.setMaxWidth(Double.MAX_VALUE);
    drillBanner.setWrapText(true); // never cut short: "not production" is the part that matters
    drillBanner.setId("drill-banner");
    // Wrapped text keeps every line: a squeezed window shortens the timeline, not the title.
    drillBanner.setMinHeight(Region.USE_PREF_SIZE);
    title.setMinHeight(Region.USE_PREF_SIZE);
    title.getStyleClass().addAll("title-2", "incident-header-title");
    title.setId("incident-title");
    title.setWrapText(true);
    id.getStyleClass().add("incident-meta");
    // What was known at declare, as typed: the first thing someone joining late needs to read.
    description.setId("incident-description");
    description.getStyleClass().add("incident-description");
    description.setWrapText(true);
    // Three lines at most, so a long paste never pushes the timeline off a laptop screen; the
    // tooltip and the postmortem hold all of it.
    description.setMaxHeight(56);
    severity.setId("incident-severity");
    status.setId("incident-status");
    elapsed.getStyleClass().add("elapsed");
    elapsed.setId("incident-elapsed");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    // Severity, status and elapsed time are what a commander glances at: they never shrink; the
    // id and services give way when the checklist panel narrows the column.
    for (Label fixed : new Label[] {severity, status, elapsed}) {
      fixed.setMinWidth(Region.USE_PREF_SIZE);
    }
    id.setMinWidth(0);
    HBox facts = new HBox(8, severity, status, id, spacer, elapsed);
    facts.setAlignment(Pos.CENTER_LEFT);
    roles.setId("incident-roles");
    milestones.setId("incident-milestones");
    getChildren().addAll(drillBanner, title, description, facts, roles, milestones);
  }

  void show(Incident incident) {
    shown = incident;
    drillBanner.setVisible(incident.isDrill());
    drillBanner.setManaged(incident.isDrill());
    title.setText(incident.title());
    description.setText(incident.description());
    description.setTooltip(
        incident.description().isBlank()
            ? null
            : new javafx.scene.control.Tooltip(incident.description()));
    description.setVisible(!incident.description().isBlank());
    description.setManaged(!incident.description().isBlank());
    id.setText(
        incident.id()
            + (incident.services().isEmpty()
                ? ""
                : " · " + String.join(", ", incident.services())));
    Badges.severity(severity, incident.severity());
    Badges.status(status, incident.status());
    roles.getChildren().clear();
    for (Role role : Role.values()) {
      Label chip = new Label(cap(role.label()) + ": " + incident.holder(role).orElse("—"));
      chip.getStyleClass().addAll("role-chip", incident.holder(role).isPresent() ? "held" : "open");
      roles.getChildren().add(chip);
    }
    milestones.getChildren().clear();
    for (Milestone m : Milestone.values()) {
      Label chip =
          new Label(
              incident
                  .milestone(m)
                  .map(t -> "● " + m.label() + " " + Times.clock(t))
                  .orElse("○ " + m.label()));
      chip.getStyleClass()
          .addAll("milestone-chip", incident.milestone(m).isPresent() ? "set" : "unset");
      milestones.getChildren().add(chip);
    }
    tick(Instant.now());
  }

  /** Called every second: time since declaration, frozen at resolution. */
  void tick(Instant now) {
    if (shown == null) {
      return;
    }
    Instant end = shown.status().isActive() ? now : shown.milestone(Milestone.RESOLVED).orElse(now);
    Duration d = Duration.between(shown.declaredAt(), end);
    if (d.isNegative()) {
      d = Duration.ZERO;
    }
    String text =
        String.format(
            Locale.ROOT, "%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    elapsed.setText((shown.status().isActive() ? "elapsed " : "took ") + text);
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
