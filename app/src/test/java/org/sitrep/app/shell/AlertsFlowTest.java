package org.sitrep.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.app.shell.FxFlows.eventually;
import static org.sitrep.app.shell.FxFlows.onFx;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.notify.WindowAlerts;
import org.sitrep.model.incident.IncidentKind;
import org.sitrep.model.incident.NewIncident;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.Draft;
import org.sitrep.model.log.EventCode;
import org.sitrep.model.log.LogRepository;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * With no desktop notifications, a page whose timer ran out (written by the domain's own code, off
 * the FX thread) shows in the window as a popup naming the incident, until dismissed; an alert
 * another feature raises through the session shows the same way. And the window has its icon.
 */
@ExtendWith(ApplicationExtension.class)
class AlertsFlowTest {

  @TempDir Path dir;
  private WindowFixture window;
  private WindowAlerts alerts;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    window = new WindowFixture(stage, dir, Optional.of("Alex Rivera"));
    alerts = WindowAlerts.installInWindowOnly(stage, window.session);
  }

  @AfterEach
  void close() throws Exception {
    WaitForAsyncUtils.asyncFx(alerts::close).get();
    window.close();
  }

  @Test
  void anUnansweredPageShowsInTheWindowUntilDismissed(FxRobot robot) {
    var ws = window.session.workspace();
    String incident =
        window
            .session
            .incidents()
            .declare(
                new NewIncident(
                    "Checkout API 502s", Severity.SEV1, IncidentKind.REAL, List.of("edge"), ""))
            .id();
    ws.write(
        tx ->
            LogRepository.append(
                tx,
                new Draft(
                    incident,
                    EventCode.PAGE_TIMER_EXPIRED,
                    "Sam Lee did not answer within 5 min: call Ana Ruiz",
                    "Sitrep")));
    eventually(() -> !titles(robot).isEmpty());
    assertThat(titles(robot)).containsExactly("Page not answered: Checkout API 502s");
    assertThat(onFx(() -> robot.lookup(".alert-body").queryAs(Label.class).getText()))
        .isEqualTo("Sam Lee did not answer within 5 min: call Ana Ruiz");

    window
        .session
        .notifications()
        .raise(
            new org.sitrep.model.notify.Alert(
                "Readiness: the on-call export is 9 days old",
                "Import this week's rotation before the weekend",
                org.sitrep.model.notify.Alert.Urgency.NORMAL,
                Optional.empty()));
    eventually(() -> titles(robot).size() == 2);
    assertThat(titles(robot).get(0)).isEqualTo("Readiness: the on-call export is 9 days old");

    robot.clickOn(robot.lookup(".alert-dismiss").queryButton());
    eventually(() -> titles(robot).size() == 1);
    robot.clickOn(robot.lookup(".alert-dismiss").queryButton());
    eventually(() -> titles(robot).isEmpty());
  }

  @Test
  void theWindowIconIsDrawnAtEachSize() {
    List<Image> icons = onFx(WindowIcon::images);
    assertThat(icons)
        .extracting(Image::getWidth)
        .containsExactly(16.0, 24.0, 32.0, 48.0, 64.0, 128.0, 256.0);
    Image big = icons.get(icons.size() - 1);
    // The red dot of an open incident, and a transparent corner outside the rounded tile.
    double margin = 256 * 0.06;
    double tile = 256 - 2 * margin;
    // Inside the dot (it starts at 0.60/0.58 of the tile and is 0.34 wide), clear of its highlight.
    var dot =
        big.getPixelReader().getColor((int) (margin + tile * 0.84), (int) (margin + tile * 0.82));
    assertThat(dot.getRed()).isGreaterThan(0.8);
    assertThat(dot.getGreen()).isLessThan(0.4);
    assertThat(big.getPixelReader().getColor(1, 1).getOpacity()).isLessThan(0.1);
  }

  private static List<String> titles(FxRobot robot) {
    return onFx(
        () ->
            robot.lookup(".alert-title").queryAllAs(Label.class).stream()
                .filter(l -> l.getScene() != null && l.getScene().getWindow().isShowing())
                .map(Label::getText)
                .toList());
  }
}
