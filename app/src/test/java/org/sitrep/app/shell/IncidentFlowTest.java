package org.sitrep.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.app.shell.FxFlows.declareQuickly;
import static org.sitrep.app.shell.FxFlows.eventually;
import static org.sitrep.app.shell.FxFlows.logLine;
import static org.sitrep.app.shell.FxFlows.onFx;
import static org.sitrep.app.shell.FxFlows.text;
import static org.sitrep.app.shell.FxFlows.timelineTexts;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Session;
import org.sitrep.model.incident.Incident;
import org.sitrep.model.incident.IncidentRepository;
import org.sitrep.model.incident.IncidentStatus;
import org.sitrep.model.incident.Role;
import org.sitrep.model.incident.Severity;
import org.sitrep.model.log.ChainVerifier;
import org.sitrep.model.log.LogEntry;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A commander's first minutes, keyboard only, through the real window on a real workspace. */
@ExtendWith(ApplicationExtension.class)
class IncidentFlowTest {

  @TempDir Path dir;
  private WindowFixture window;
  private Session session;

  @Start
  void start(Stage stage) {
    window = new WindowFixture(stage, dir, Optional.of("Alex Rivera"));
    session = window.session;
  }

  @AfterEach
  void close() throws Exception {
    window.close();
  }

  @Test
  void declareLogAndRunTheIncidentFromTheKeyboard(FxRobot robot) {
    robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
    eventually(() -> robot.lookup("#declare-title").tryQuery().isPresent());
    robot.write("Checkout API 502s");
    robot.clickOn("#declare-sev2");
    robot.clickOn("#declare-services").write("checkout, payments");
    robot.clickOn("#declare-confirm");
    eventually(() -> text(robot, "#incident-title").equals("Checkout API 502s"));
    assertThat(text(robot, "#incident-severity")).isEqualTo("SEV2");
    assertThat(text(robot, "#incident-status")).isEqualTo("INVESTIGATING");

    logLine(robot, "db-2 disk at 97%, WAL piling up");
    logLine(robot, "/decision extend the volume rather than fail over");
    logLine(robot, "/sev 1");
    eventually(() -> text(robot, "#incident-severity").equals("SEV1"));
    logLine(robot, "/status monitoring");
    eventually(() -> text(robot, "#incident-status").equals("MONITORING"));
    logLine(robot, "/role ic Alex Rivera");
    logLine(robot, "/role ic Dana Okafor");
    eventually(
        () ->
            timelineTexts(robot).contains("Commander handed off from Alex Rivera to Dana Okafor"));

    assertThat(timelineTexts(robot))
        .containsSubsequence(
            "Declared SEV2 incident: Checkout API 502s — services: checkout, payments",
            "db-2 disk at 97%, WAL piling up",
            "extend the volume rather than fail over",
            "Severity raised: SEV2 → SEV1 (critical)",
            "Status: investigating → monitoring",
            "Alex Rivera is commander",
            "Commander handed off from Alex Rivera to Dana Okafor");
    assertThat(
            robot
                .lookup("#incident-roles")
                .queryAs(javafx.scene.layout.FlowPane.class)
                .getChildren())
        .extracting(n -> ((Label) n).getText())
        .contains("Commander: Dana Okafor");

    Incident stored = session.workspace().read(dsl -> IncidentRepository.all(dsl)).get(0);
    assertThat(stored.severity()).isEqualTo(Severity.SEV1);
    assertThat(stored.status()).isEqualTo(IncidentStatus.MONITORING);
    assertThat(stored.holder(Role.COMMANDER)).contains("Dana Okafor");
    assertThat(session.workspace().read(ChainVerifier::verify).intact()).isTrue();
  }

  @Test
  void aBadCommandIsExplainedInPlaceAndTheTextIsKept(FxRobot robot) {
    declareQuickly(robot, "Queue backlog");
    robot.write("/sev 9");
    robot.type(KeyCode.ENTER);

    Label error = robot.lookup("#quick-entry-error").queryAs(Label.class);
    eventually(() -> onFx(error::isVisible));
    assertThat(text(robot, "#quick-entry-error"))
        .isEqualTo("severity 9 does not exist: use 1 to 4 (SEV1 is the worst)");
    assertThat(robot.lookup("#quick-entry").queryAs(TextField.class).getText()).isEqualTo("/sev 9");
    assertThat(timelineTexts(robot)).hasSize(1);

    robot.type(KeyCode.ESCAPE);
    logLine(robot, "consumer lag at 40k on orders-3");
    ListView<?> timeline = robot.lookup("#timeline").queryAs(ListView.class);
    WaitForAsyncUtils.asyncFx(
        () -> {
          timeline.requestFocus();
          timeline.getSelectionModel().selectLast();
        });
    WaitForAsyncUtils.waitForFxEvents();
    robot.type(KeyCode.E);
    eventually(
        () -> text(robot, "#quick-entry-correcting").contains("consumer lag at 40k on orders-3"));
    logLine(robot, "lag was on orders-4, not orders-3");
    eventually(() -> timelineTexts(robot).contains("lag was on orders-4, not orders-3"));
    assertThat(robot.lookup(".correction-note").queryAs(Label.class).getText())
        .contains("corrected")
        .contains("Alex Rivera")
        .contains("lag was on orders-4, not orders-3");

    robot.write("/mil");
    robot.type(KeyCode.TAB);
    assertThat(robot.lookup("#quick-entry").queryAs(TextField.class).getText())
        .isEqualTo("/milestone ");
  }

  @Test
  void slashFromAnywhereStartsACommandAndDrillsAreMarked(FxRobot robot) {
    robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
    eventually(() -> robot.lookup("#declare-title").tryQuery().isPresent());
    robot.write("Game day: primary DB lost");
    robot.clickOn("#declare-drill");
    robot.clickOn("#declare-confirm");
    eventually(() -> text(robot, "#incident-title").equals("Game day: primary DB lost"));
    assertThat(robot.lookup("#drill-banner").queryAs(Label.class).isVisible()).isTrue();

    robot.clickOn("#timeline");
    robot.write("/");
    assertThat(robot.lookup("#quick-entry").queryAs(TextField.class).isFocused()).isTrue();
    robot.write("status identified");
    robot.type(KeyCode.ENTER);
    eventually(() -> text(robot, "#incident-status").equals("IDENTIFIED"));
  }

  @Test
  void searchFindsAnEntryInAnyIncidentAndOpensItThere(FxRobot robot) {
    declareQuickly(robot, "Postgres primary out of disk");
    logLine(robot, "pg-primary-2 disk at 97%, WAL piling up");
    declareQuickly(robot, "DNS resolution failing");
    logLine(robot, "resolver timeouts in eu-west-1");

    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F)
        .release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
    eventually(() -> robot.lookup("#log-search-words").tryQuery().isPresent());
    // Click into the box as a person would: the robot types faster than focus settles after the
    // overlay opens, and a lost first letter would search for something else.
    robot.clickOn("#log-search-words");
    WaitForAsyncUtils.waitForFxEvents();
    robot.write("wal pil");
    TextField words = robot.lookup("#log-search-words").queryAs(TextField.class);
    // On a loaded machine a keystroke can still be lost: type the words again until they are there
    // (what is tested here is search and open, not the keyboard).
    eventually(
        () -> {
          if (onFx(() -> words.getText().equals("wal pil"))) {
            return true;
          }
          onFx(
              () -> {
                words.clear();
                return null;
              });
          robot.clickOn(words);
          robot.write("wal pil");
          return onFx(() -> words.getText().equals("wal pil"));
        });
    // Look the list up from the test thread; only the read happens on the FX thread.
    ListView<?> results = robot.lookup("#log-search-results").queryAs(ListView.class);
    eventually(() -> onFx(() -> results.getItems().size() == 1));
    robot.type(KeyCode.ENTER);

    eventually(() -> text(robot, "#incident-title").equals("Postgres primary out of disk"));
    @SuppressWarnings("unchecked")
    ListView<LogEntry> timeline = robot.lookup("#timeline").queryAs(ListView.class);
    eventually(
        () ->
            onFx(
                () ->
                    timeline.getSelectionModel().getSelectedItem() != null
                        && timeline
                            .getSelectionModel()
                            .getSelectedItem()
                            .text()
                            .equals("pg-primary-2 disk at 97%, WAL piling up")));
  }
}
